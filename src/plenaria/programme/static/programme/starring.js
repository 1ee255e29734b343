// Starring without a page reload: the form still works without scripts (it posts and
// comes back); with scripts the button flips in place. The server keeps the list in a cookie.
document.addEventListener("DOMContentLoaded", () => {
  for (const form of document.querySelectorAll("form.star")) {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const button = form.querySelector("[data-star]");
      const response = await fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      });
      if (!response.ok) return form.submit();
      const { starred } = await response.json();
      button.setAttribute("aria-pressed", String(starred));
      button.textContent = starred ? button.dataset.on : button.dataset.off;
      form.closest(".session")?.classList.toggle("session--starred", starred);
    });
  }
});
