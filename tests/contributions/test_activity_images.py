"""An activity's image is checked, resized and stored without its metadata; what is not an
image, or is too large, is refused with a message and nothing is saved."""

import io

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from plenaria.contributions.models import Activity
from tests.contributions.activity_data import form_post, submitter
from tests.contributions.activity_factories import ActivityFactory, CallFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_in_a_temporary_folder(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _jpeg_with_exif(size=(2400, 1200)) -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "Camera Maker"  # Make
    exif[0x0131] = "Secret Editor 1.0"  # Software
    exif[0x8825] = {1: "N", 2: (46.0, 12.0, 7.0)}  # GPS: where the photo was taken
    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(out, "JPEG", exif=exif, comment=b"private note")
    return out.getvalue()


def _post(client, call, upload):
    return client.post(
        reverse("activities:new", args=[call.slug]), {**form_post(call), "image": upload}
    )


def test_an_uploaded_photo_is_stored_smaller_and_without_its_metadata(client):
    data = _jpeg_with_exif()
    assert Image.open(io.BytesIO(data)).getexif()  # the upload carries EXIF
    call = CallFactory()
    client.force_login(submitter())
    response = _post(client, call, SimpleUploadedFile("poster.jpg", data, "image/jpeg"))
    assert response.status_code == 302
    activity = Activity.objects.get()
    assert "poster" not in activity.image.name  # the uploader's file name is not kept
    with default_storage.open(activity.image.name, "rb") as stored:
        image = Image.open(io.BytesIO(stored.read()))
        assert image.format == "JPEG" and max(image.size) == 1600
        assert not image.getexif() and "exif" not in image.info
        assert "comment" not in image.info
    # Served to its submitter before approval, to nobody else.
    url = reverse("activities:image", args=[activity.pk])
    assert client.get(url).status_code == 200
    client.logout()
    assert client.get(url).status_code == 404


def test_an_approved_activity_s_image_is_public(client):
    out = io.BytesIO()
    Image.new("RGBA", (40, 40), (0, 0, 0, 0)).save(out, "PNG")
    name = default_storage.save("activities/x.png", io.BytesIO(out.getvalue()))
    activity = ActivityFactory(status="published", image=name)
    response = client.get(reverse("activities:image", args=[activity.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("poster.jpg", b"just some text", "image/jpeg"), "is not an image"),
        (
            SimpleUploadedFile("poster.jpg", _jpeg_with_exif()[:600], "image/jpeg"),
            "is not an image",
        ),
        (SimpleUploadedFile("poster.jpg", b"%PDF-1.4 not an image", "image/jpeg"), "not an image"),
    ],
)
def test_what_is_not_an_image_is_refused_and_nothing_is_saved(client, upload, message):
    call = CallFactory()
    client.force_login(submitter())
    response = _post(client, call, upload)
    assert response.status_code == 200 and message in response.content.decode()
    assert not Activity.objects.exists()
    assert not default_storage.exists("activities") or not default_storage.listdir("activities")[1]


def test_a_too_large_image_is_refused(client, settings):
    settings.PLENARIA_ACTIVITY_IMAGE_MAX_BYTES = 10_000
    call = CallFactory()
    client.force_login(submitter())
    upload = SimpleUploadedFile("poster.jpg", _jpeg_with_exif(), "image/jpeg")
    response = _post(client, call, upload)
    assert "The image is too large" in response.content.decode()
    assert not Activity.objects.exists()


def test_a_transparent_png_stays_a_png_without_its_text_chunks():
    from PIL import PngImagePlugin

    from plenaria.contributions.activities.images import cleaned_image

    chunks = PngImagePlugin.PngInfo()
    chunks.add_text("Author", "Someone private")
    out = io.BytesIO()
    Image.new("RGBA", (50, 30), (0, 0, 0, 0)).save(out, "PNG", pnginfo=chunks)
    data, extension = cleaned_image(SimpleUploadedFile("logo.png", out.getvalue()))
    image = Image.open(io.BytesIO(data))
    assert (extension, image.format, image.mode, image.size) == ("png", "PNG", "RGBA", (50, 30))
    assert "Author" not in image.info


def test_a_new_image_replaces_the_old_file(client, django_capture_on_commit_callbacks):
    call = CallFactory()
    client.force_login(submitter())
    _post(client, call, SimpleUploadedFile("a.jpg", _jpeg_with_exif((300, 200)), "image/jpeg"))
    activity = Activity.objects.get()
    old = activity.image.name
    edit = reverse("activities:edit", args=[activity.pk])
    upload = SimpleUploadedFile("b.jpg", _jpeg_with_exif((200, 300)), "image/jpeg")
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(edit, {**form_post(call), "image": upload}).status_code == 302
    activity.refresh_from_db()
    assert activity.image.name != old and not default_storage.exists(old)
    with default_storage.open(activity.image.name, "rb") as stored:
        assert Image.open(stored).size == (200, 300)
