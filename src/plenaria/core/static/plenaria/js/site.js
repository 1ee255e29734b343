// "Use my time zone": fill the zone picker with the browser's own IANA zone and submit.
document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll("[data-use-my-zone]")) {
    button.hidden = false;
    button.addEventListener("click", () => {
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const select = button.form.querySelector("select[name=tz]");
      if (zone && select) {
        select.value = zone;
        button.form.submit();
      }
    });
  }
  // The language picker changes the page as soon as a language is chosen.
  const language = document.getElementById("language-select");
  if (language) language.addEventListener("change", () => language.form.submit());
});
