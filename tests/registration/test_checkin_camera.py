"""The check-in desk reads a printed badge's QR code through the camera.

Chromium is given a fake camera that films a still picture of the badge's QR code, drawn by
the same code that prints it. Chromium on Linux has no ``BarcodeDetector``, so the page decodes
the frames with the bundled jsQR, served by the app itself."""

from pathlib import Path

import pytest
from PIL import Image

from plenaria.registration.badge_qr import qr_modules
from plenaria.registration.badges import badge_code, issue_badge
from plenaria.registration.models import CheckIn
from tests.registration.factories import open_event, register

WIDTH, HEIGHT = 640, 480
QUIET_ZONE = 4  # modules of white around the code, as the standard asks


def qr_picture(text: str) -> Image.Image:
    """The printed QR code of ``text`` (with its quiet zone), centred on a white 640×480 frame."""
    modules = qr_modules(text)
    count = len(modules) + 2 * QUIET_ZONE
    scale = min(WIDTH, HEIGHT) * 9 // 10 // count
    code = Image.new("L", (count, count), 255)
    for row, cells in enumerate(modules):
        for column, dark in enumerate(cells):
            if dark:
                code.putpixel((column + QUIET_ZONE, row + QUIET_ZONE), 0)
    code = code.resize((count * scale, count * scale), Image.Resampling.NEAREST)
    frame = Image.new("RGB", (WIDTH, HEIGHT), "white")
    frame.paste(code, ((WIDTH - code.width) // 2, (HEIGHT - code.height) // 2))
    return frame


def write_y4m(picture: Image.Image, path: Path, frames: int = 5) -> Path:
    """A short YUV4MPEG2 video of ``picture`` standing still: full-range 4:2:0 planes, the
    chroma averaged over 2×2 pixels. Chromium's fake camera plays it over and over."""
    luma, blue, red = picture.convert("YCbCr").split()
    half = (picture.width // 2, picture.height // 2)
    chroma = [plane.resize(half, Image.Resampling.BOX).tobytes() for plane in (blue, red)]
    frame = b"FRAME\n" + luma.tobytes() + b"".join(chroma)
    header = f"YUV4MPEG2 W{picture.width} H{picture.height} F10:1 Ip A1:1 C420jpeg\n"
    path.write_bytes(header.encode("ascii") + frame * frames)
    return path


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("reference_data")
def test_desk_camera_reads_a_printed_badge_with_the_bundled_decoder(
    live_server, secretariat_user, tmp_path
):
    import zxingcpp

    from tests.browser.conftest import in_chromium
    from tests.factories import MemberStateFactory

    event = open_event()
    rwanda = MemberStateFactory(acronym="RW-GOV", name={"en": "Rwanda"})
    person = register(event, first_name="Aline", last_name="Mukamana", organisation=rwanda)
    code = badge_code(issue_badge(None, person))
    picture = qr_picture(code)
    assert [found.text for found in zxingcpp.read_barcodes(picture)] == [code]  # a fair picture
    video = write_y4m(picture, tmp_path / "badge.y4m")
    desk = f"{live_server.url}/en/registration/checkin/{event.slug}/"
    seen, requests = {}, []

    def journey(page):
        page.on("request", lambda request: requests.append((request.method, request.url)))
        # Any Chromium takes the fallback path, even one that has a BarcodeDetector.
        page.add_init_script("delete window.BarcodeDetector;")
        page.goto(f"{live_server.url}/en/registration/login/")
        page.fill("#id_username", "officer")
        page.fill("#id_password", "pw-officer-1")
        page.click("form.stacked button[type=submit]")
        page.goto(desk)
        seen["detector"] = page.evaluate("'BarcodeDetector' in window")
        page.click("#checkin-camera-start")
        page.wait_for_selector(".checkin-result.checked_in", timeout=20_000)
        seen["result"] = page.locator(".checkin-result").inner_text()
        seen["reader"] = page.get_attribute("#checkin-camera", "data-reader")
        page.wait_for_timeout(2_000)  # eight more frames of the same badge
        seen["after"] = page.locator(".checkin-result").get_attribute("class")
        seen["status"] = page.locator("#checkin-camera-status").inner_text()

    in_chromium(
        journey,
        launch_args=[
            "--use-fake-ui-for-media-stream",
            "--use-fake-device-for-media-stream",
            f"--use-file-for-fake-video-capture={video}",
        ],
        permissions=["camera"],
    )
    assert seen["detector"] is False and seen["reader"] == "fallback"
    assert "Aline Mukamana is checked in." in seen["result"]
    assert seen["status"] == "Point the camera at the badge."
    # The badge stays in view for many frames, yet it is sent once.
    assert "checked_in" in seen["after"]
    assert requests.count(("POST", desk)) == 1
    assert CheckIn.objects.count() == 1
    # The decoder is the app's own static file: nothing is fetched from anywhere else.
    assert f"{live_server.url}/static/registration/vendor/jsQR.js" in [url for _, url in requests]
    assert all(url.startswith(live_server.url) for _, url in requests)
