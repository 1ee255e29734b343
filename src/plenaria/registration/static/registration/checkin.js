// Check-in desk: reads badge QR codes with the camera where the browser can (BarcodeDetector),
// and sends codes without reloading the page. Without this script the form posts as usual.
(function () {
  const form = document.getElementById("checkin-form");
  if (!form || !window.fetch || !window.DOMParser) return;
  const input = document.getElementById("checkin-code");
  const camera = document.getElementById("checkin-camera");
  let busy = false;

  function swap(html) {
    const page = new DOMParser().parseFromString(html, "text/html");
    for (const id of ["checkin-result", "checkin-attendance"]) {
      const fresh = page.getElementById(id);
      const current = document.getElementById(id);
      if (fresh && current) current.replaceWith(fresh);
    }
  }

  async function send(code) {
    if (busy) return;
    busy = true;
    const data = new FormData(form);
    data.set("code", code);
    try {
      const response = await fetch(form.action || window.location.href, {
        method: "POST", body: data, credentials: "same-origin",
      });
      swap(await response.text());
      input.value = "";
      input.focus();
    } catch (error) {
      form.submit();
    } finally {
      busy = false;
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    send(input.value);
  });

  if (!("BarcodeDetector" in window) || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) return;
  camera.hidden = false;
  const video = document.getElementById("checkin-video");
  const status = document.getElementById("checkin-camera-status");
  const start = document.getElementById("checkin-camera-start");
  let last = "", lastAt = 0;

  start.addEventListener("click", async function () {
    let detector;
    try {
      detector = new BarcodeDetector({ formats: ["qr_code"] });
      video.srcObject = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } });
    } catch (error) {
      status.textContent = camera.dataset.denied;
      return;
    }
    await video.play();
    video.hidden = false;
    start.hidden = true;
    status.textContent = camera.dataset.scanning;
    async function look() {
      try {
        const codes = await detector.detect(video);
        const now = Date.now();
        // The same badge held in front of the camera is sent once, not every frame.
        if (codes.length && (codes[0].rawValue !== last || now - lastAt > 5000)) {
          last = codes[0].rawValue;
          lastAt = now;
          await send(last);
        }
      } catch (error) { /* a frame that could not be read: try the next one */ }
      setTimeout(look, 250);
    }
    look();
  });
})();
