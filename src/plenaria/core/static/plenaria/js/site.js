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
  // A table wider than the screen scrolls in its own box: while it does, the box takes the
  // focus (so the keyboard scrolls it) and is named after the heading before it and its caption.
  const boxes = document.querySelectorAll(".table-scroll:not([tabindex]), .chart-table:not([tabindex])");
  const reachable = () => {
    for (const box of boxes) {
      if (box.scrollWidth > box.clientWidth || box.scrollHeight > box.clientHeight) {
        box.tabIndex = 0;
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", nameOf(box));
      } else {
        for (const attribute of ["tabindex", "role", "aria-label"]) box.removeAttribute(attribute);
      }
    }
  };
  reachable();
  window.addEventListener("resize", reachable);
});

function nameOf(box) {
  const caption = box.querySelector("caption");
  const parts = [headingBefore(box), caption && caption.textContent.trim()].filter(Boolean);
  return parts.length ? parts.join(": ") : document.title;
}

function headingBefore(box) {
  for (let node = box; node && node !== document.body; node = node.parentElement) {
    for (let before = node.previousElementSibling; before; before = before.previousElementSibling) {
      if (/^H[1-6]$/.test(before.tagName)) return before.textContent.trim();
    }
  }
  return "";
}
