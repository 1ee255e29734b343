"""Each language version as a PDF, laid out by Typst from the letter's parts.

Typst was chosen by measurement (bench/circular_render.py, docs/circulars.md): it embeds
subsets of the fonts, shapes Arabic right to left and lays out the WTDC-21 letter with its
annex in a few tens of milliseconds.
"""

import json
import threading
from functools import lru_cache
from pathlib import Path

import typst
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from plenaria.circulars.models import LetterVersion
from plenaria.circulars.rendering.layout import letter_parts
from plenaria.circulars.rendering.nodes import markdown_tree

TEMPLATE = Path(__file__).with_name("letter.typ")
# Font families in order of preference: Latin, Greek and Cyrillic first, then Arabic, then
# Chinese; Typst falls back to its own Libertinus when a family is not installed.
FONT_FAMILIES = ["Noto Sans", "Noto Naskh Arabic", "Noto Sans CJK SC", "Libertinus Serif"]
FONT_DIRS = ["/usr/share/fonts/truetype/noto", "/usr/share/fonts/opentype/noto"]

_lock = threading.Lock()


@lru_cache(maxsize=1)
def _compiler() -> typst.Compiler:
    """One compiler per process: fonts are indexed once and layouts are cached between runs."""
    dirs = getattr(settings, "PLENARIA_LETTER_FONT_DIRS", FONT_DIRS)
    fonts = typst.Fonts(
        include_system_fonts=False,
        include_embedded_fonts=True,
        font_paths=[d for d in dirs if Path(d).is_dir()],
    )
    return typst.Compiler(TEMPLATE, font_paths=fonts, ignore_system_fonts=True)


def pdf_from_parts(parts: dict) -> bytes:
    # Typst wants a bare ISO 639 code: "zh" for "zh-hans".
    language = parts["lang"].split("-")[0]
    payload = json.dumps({**parts, "lang": language, "fonts": FONT_FAMILIES}, ensure_ascii=False)
    with _lock:  # the compiler is not meant to be shared between threads at once
        return _compiler().compile(format="pdf", sys_inputs={"letter": payload})


def render_pdf(version: LetterVersion) -> bytes:
    return pdf_from_parts(letter_parts(version))


def check_text(text: str, language: str = "en") -> None:
    """Lay the Markdown out alone, as the PDF would (a few tens of milliseconds), and refuse
    it with a message if the PDF cannot be made: what is saved can be sent."""
    parts = {
        "lang": language,
        "dir": "ltr",
        "title": "",
        "reference": "",
        "office": "",
        "place_date": "",
        "ref_rows": [],
        "addressees": [],
        "subject_label": "",
        "subject": "",
        "salutation": "",
        "body": markdown_tree(text),
        "closing": "",
        "signatories": [],
        "annexes": [],
    }
    try:
        pdf_from_parts(parts)
    except (typst.TypstError, RecursionError, ValueError) as error:
        raise ValidationError(
            _("The PDF of this text cannot be made (%(reason)s). Simplify its lists or tables."),
            code="unprintable",
            params={"reason": str(error).splitlines()[0][:200] if str(error) else ""},
        ) from error
