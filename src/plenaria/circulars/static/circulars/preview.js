// The letter desk's live preview: the Markdown of the text area, rendered by the server as
// the letter page renders it (sanitised), shown beside it a moment after typing stops.
// Without this script the form's "Preview" button does the same on a full page load.
(function () {
  const box = document.getElementById("markdown-preview");
  if (!box) return;
  const area = document.querySelector("textarea[data-preview='markdown-preview']");
  if (!area) return;
  const form = area.form;
  const token = form.querySelector("input[name='csrfmiddlewaretoken']");
  let timer = null;
  let sent = 0;
  document.documentElement.classList.add("js-preview");
  async function show() {
    const mine = ++sent;
    const data = new FormData();
    data.append("body", area.value);
    try {
      const response = await fetch(box.dataset.url, {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { "X-CSRFToken": token ? token.value : "" },
      });
      if (response.ok && mine === sent) box.innerHTML = await response.text();
    } catch (error) {
      // Offline for a moment: the preview button still works.
    }
  }
  area.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(show, 400);
  });
})();
