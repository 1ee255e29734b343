// The letter-sending form's live count: each change of the choice asks the server how many
// addresses it reaches and shows the answer in the form's status line. Without this script
// the "Count the recipients" button gives the same figures on the next page.
(function () {
  const line = document.getElementById("recipient-count");
  if (!line) return;
  const form = line.closest("form");
  let timer = null;
  let asked = 0;
  async function count() {
    const mine = ++asked;
    try {
      const response = await fetch(line.dataset.url, {
        method: "POST",
        body: new FormData(form),
        credentials: "same-origin",
      });
      if (mine !== asked) return;
      line.innerHTML = response.ok ? await response.text() : "";
    } catch (error) {
      // Offline for a moment: the button still counts.
    }
  }
  function later() {
    clearTimeout(timer);
    timer = setTimeout(count, 300);
  }
  form.addEventListener("change", later);
  form.addEventListener("input", later);
  count();
})();
