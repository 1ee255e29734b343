"""An activity's image or poster: checked, resized and written afresh before it is stored.

An upload is trusted in nothing: its size is bounded (``PLENARIA_ACTIVITY_IMAGE_MAX_BYTES``,
5 MB by default), Pillow must both verify it and decode it in full, and what is stored is a
new file encoded from the decoded pixels (JPEG, or PNG for an image with transparency), at
most 1600 pixels a side. Nothing of the upload but its pixels survives: EXIF (with a
camera's GPS position), XMP, ICC comments and any bytes appended to the file are gone.
"""

import io
import uuid
import warnings

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

LONGEST_SIDE = 1600
# A decoded image of more pixels than this is refused before it fills the memory.
MAX_PIXELS = 50_000_000
ACCEPTED_FORMATS = {"JPEG", "PNG", "GIF", "WEBP"}
FOLDER = "activities"


def max_bytes() -> int:
    return int(getattr(settings, "PLENARIA_ACTIVITY_IMAGE_MAX_BYTES", 5 * 1024 * 1024))


def _not_an_image() -> ValidationError:
    return ValidationError(
        {"image": _("This file is not an image: upload a JPEG, PNG, GIF or WebP picture.")}
    )


def _read(upload) -> bytes:
    limit = max_bytes()
    size = getattr(upload, "size", None)
    if size is not None and size > limit:
        raise ValidationError(
            {"image": _("The image is too large: at most %(mb)s MB.") % {"mb": limit // 2**20}}
        )
    upload.seek(0)
    data = upload.read(limit + 1)
    if len(data) > limit:
        raise ValidationError(
            {"image": _("The image is too large: at most %(mb)s MB.") % {"mb": limit // 2**20}}
        )
    return data


def _decode(data: bytes) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:
                if probe.format not in ACCEPTED_FORMATS:
                    raise _not_an_image()
                if probe.width * probe.height > MAX_PIXELS:
                    raise ValidationError(
                        {"image": _("The image has too many pixels: make it smaller.")}
                    )
                probe.verify()
            # ``verify`` leaves the image unusable: open it again and decode every pixel.
            image = Image.open(io.BytesIO(data))
            image.load()
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Warning,
            Image.DecompressionBombError):  # fmt: skip
        raise _not_an_image() from None
    return image


def cleaned_image(upload) -> tuple[bytes, str]:
    """The re-encoded bytes of ``upload`` and their extension, or a ValidationError."""
    image = _decode(_read(upload))
    image = ImageOps.exif_transpose(image)  # turned as the camera meant, before EXIF goes
    image.thumbnail((LONGEST_SIDE, LONGEST_SIDE))
    transparent = image.mode in ("RGBA", "LA") or (
        image.mode == "P" and "transparency" in image.info
    )
    fresh = image.convert("RGBA" if transparent else "RGB")
    # The encoders write back what ``info`` holds (a JPEG's comment, a PNG's text chunks, an
    # ICC profile): only the pixels go on.
    fresh.info.clear()
    out = io.BytesIO()
    if transparent:
        fresh.save(out, "PNG", optimize=True)
        return out.getvalue(), "png"
    fresh.save(out, "JPEG", quality=85, optimize=True)
    return out.getvalue(), "jpg"


def store_cleaned(cleaned: tuple[bytes, str], folder: str = FOLDER) -> str:
    """Store what ``cleaned_image`` made; the stored file's name (random: the uploader's
    file name is not kept)."""
    data, extension = cleaned
    return default_storage.save(f"{folder}/{uuid.uuid4().hex}.{extension}", ContentFile(data))


def store_image(upload, folder: str = FOLDER) -> str:
    """Check, clean and store ``upload`` under ``folder``; the stored file's name."""
    return store_cleaned(cleaned_image(upload), folder)


def delete_image(name: str) -> None:
    if name:
        default_storage.delete(name)
