// Check-in desk: reads badge QR codes with the camera, and sends codes without reloading the
// page. Without this script the form posts as usual.
// The camera is read with the browser's own BarcodeDetector where it has one that knows QR codes
// (Chrome on Android and macOS); elsewhere (Safari, Firefox, Chromium on Linux and Windows) with
// the bundled jsQR decoder, fetched from this site only when it is needed.
(function () {
  const form = document.getElementById("checkin-form");
  if (!form || !window.fetch || !window.DOMParser) return;
  const script = document.currentScript;
  const input = document.getElementById("checkin-code");
  const camera = document.getElementById("checkin-camera");
  let busy = false;

  function swap(html) {
    const page = new DOMParser().parseFromString(html, "text/html");
    for (const id of ["checkin-progress", "checkin-result", "checkin-attendance"]) {
      const fresh = page.getElementById(id);
      const current = document.getElementById(id);
      if (fresh && current) current.replaceWith(fresh);
    }
  }

  async function send(code, from) {
    if (busy) return;
    busy = true;
    const data = new FormData(from || form);
    if (!from) data.set("code", code);
    try {
      const response = await fetch(form.action || window.location.href, {
        method: "POST", body: data, credentials: "same-origin",
      });
      swap(await response.text());
      input.value = "";
      input.focus();
    } catch (error) {
      (from || form).submit();
    } finally {
      busy = false;
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    send(input.value);
  });

  // A person found by name (badge lost) is checked in from the list of matches.
  document.addEventListener("submit", function (event) {
    const match = event.target.closest && event.target.closest("form.checkin-match");
    if (!match) return;
    event.preventDefault();
    send("", match);
  });

  if (!camera || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) return;
  camera.hidden = false;
  const video = document.getElementById("checkin-video");
  const status = document.getElementById("checkin-camera-status");
  const start = document.getElementById("checkin-camera-start");
  // The decoder sits next to this script, in vendor/; a page may name another with data-decoder.
  const decoderUrl = camera.dataset.decoder
    || (script && script.src ? new URL("vendor/jsQR.js", script.src).href : "");
  let last = "", lastAt = 0, starting = false;

  // A reader returns the text of the QR code in the current video frame, or "" if it sees none.
  async function nativeReader() {
    if (!("BarcodeDetector" in window)) return null;
    try {
      const formats = BarcodeDetector.getSupportedFormats
        ? await BarcodeDetector.getSupportedFormats() : ["qr_code"];
      if (!formats.includes("qr_code")) return null;
      const detector = new BarcodeDetector({ formats: ["qr_code"] });
      return async function () {
        const codes = await detector.detect(video);
        return codes.length ? codes[0].rawValue : "";
      };
    } catch (error) {
      return null;
    }
  }

  let decoder = null;
  function loadDecoder() {
    if (window.jsQR) return Promise.resolve(window.jsQR);
    if (!decoder) {
      decoder = new Promise(function (resolve, reject) {
        if (!decoderUrl) throw new Error("no QR decoder to load");
        const tag = document.createElement("script");
        tag.src = decoderUrl;
        tag.async = true;
        tag.onload = function () {
          if (window.jsQR) resolve(window.jsQR);
          else reject(new Error("the QR decoder did not load"));
        };
        tag.onerror = function () { reject(new Error("the QR decoder did not load")); };
        document.head.appendChild(tag);
      }).catch(function (error) {
        decoder = null;  // a later click tries again
        throw error;
      });
    }
    return decoder;
  }

  async function fallbackReader() {
    const jsQR = await loadDecoder();
    const canvas = document.createElement("canvas");
    const context = canvas.getContext("2d", { willReadFrequently: true });
    return async function () {
      const width = video.videoWidth, height = video.videoHeight;
      if (!width || !height) return "";
      // Large camera frames are scaled down: a badge's code fills much of the picture, and
      // fewer pixels keep an older phone responsive.
      const scale = Math.min(1, 800 / Math.max(width, height));
      const w = Math.round(width * scale), h = Math.round(height * scale);
      if (canvas.width !== w || canvas.height !== h) {
        canvas.width = w;
        canvas.height = h;
      }
      context.drawImage(video, 0, 0, w, h);
      const frame = context.getImageData(0, 0, w, h);
      const code = jsQR(frame.data, w, h, { inversionAttempts: "dontInvert" });
      return code && code.data ? code.data : "";
    };
  }

  async function reader() {
    const native = await nativeReader();
    if (native) {
      camera.dataset.reader = "native";
      return native;
    }
    const fallback = await fallbackReader();
    camera.dataset.reader = "fallback";
    return fallback;
  }

  start.addEventListener("click", async function () {
    if (starting) return;
    starting = true;
    const reading = reader();
    reading.catch(function () {});  // awaited below, once the camera is open
    let read, stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } });
      read = await reading;
      video.srcObject = stream;
      await video.play();
    } catch (error) {
      if (stream) stream.getTracks().forEach(function (track) { track.stop(); });
      video.srcObject = null;
      status.textContent = camera.dataset.denied;
      starting = false;
      return;
    }
    video.hidden = false;
    start.hidden = true;
    status.textContent = camera.dataset.scanning;
    async function look() {
      try {
        const text = await read();
        const now = Date.now();
        // The same badge held in front of the camera is sent once, not every frame.
        if (text && !busy && (text !== last || now - lastAt > 5000)) {
          last = text;
          lastAt = now;
          await send(text);
        }
      } catch (error) { /* a frame that could not be read: try the next one */ }
      setTimeout(look, 250);
    }
    look();
  });
})();
