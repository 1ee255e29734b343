// Refresh the delivery counts every few seconds while mails are still going out.
(function () {
  const box = document.getElementById("delivery-progress");
  if (!box) return;
  async function refresh() {
    if (!box.querySelector("[data-active]")) return;
    const response = await fetch(box.dataset.refresh, { credentials: "same-origin" });
    if (response.ok) box.innerHTML = await response.text();
    setTimeout(refresh, 3000);
  }
  setTimeout(refresh, 3000);
})();
