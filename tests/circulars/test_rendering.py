import datetime
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from plenaria.circulars import services
from plenaria.circulars.rendering.pdf import render_pdf
from tests.circulars.factories import AnnexFactory, VersionFactory, ready_letter

pytestmark = pytest.mark.django_db
NOTO_FILES = [
    "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
]


def embedded_fonts(reader: PdfReader) -> dict[str, bool]:
    """Base font name → whether its program is embedded in the file."""
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described["/FontDescriptor"].get_object()
            fonts[str(font["/BaseFont"])] = any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
    return fonts


def test_the_pdf_has_real_text_with_accents_and_embedded_fonts():
    letter = services.issue_letter(None, ready_letter(), on=datetime.date(2023, 4, 12))
    version = letter.versions.get(language="fr")
    reader = PdfReader(io.BytesIO(render_pdf(version)))
    text = reader.pages[0].extract_text()
    assert "CL-23/1" in text
    assert "Journée mondiale des télécommunications et de la société de l'information" in text
    assert "12 avril 2023" in text and "Genève" in text
    assert "Doreen Bogdan-Martin" in text and "[Original signé]" in text
    fonts = embedded_fonts(reader)
    assert fonts and all(fonts.values()), fonts


def test_annexes_start_on_a_new_page_with_their_heading():
    version = VersionFactory(language="en")  # the heading "Annex 1" in English
    AnnexFactory(
        version=version, order=1, title="Draft agenda", body="1) Rapport des commissions d'études"
    )
    pages = PdfReader(io.BytesIO(render_pdf(version))).pages
    assert len(pages) == 2
    annex = pages[1].extract_text()
    assert annex.lstrip().startswith("Annex 1") and "Draft agenda" in annex
    assert "Rapport des commissions d'études" in annex


@pytest.mark.parametrize(
    ("language", "subject", "font"),
    [
        ("ar", "اليوم العالمي للاتصالات ومجتمع المعلومات", "NotoNaskhArabic"),
        ("zh-hans", "世界电信和信息社会日", "NotoSansCJK"),
        ("ru", "Всемирный день электросвязи и информационного общества", "NotoSans"),
    ],
)
def test_every_un_script_is_printed_with_an_embedded_font(language, subject, font):
    if not all(Path(path).is_file() for path in NOTO_FILES):
        pytest.skip(
            "The Noto fonts are not installed (make browser installs fonts-noto-core and fonts-noto-cjk)."
        )
    version = VersionFactory(language=language, subject=subject, body=subject)
    reader = PdfReader(io.BytesIO(render_pdf(version)))
    fonts = embedded_fonts(reader)
    assert any(font in name for name in fonts), fonts
    assert all(fonts.values())
    text = reader.pages[0].extract_text()
    assert any(char in text for char in subject.replace(" ", "")), text


def test_script_stored_behind_the_services_back_never_reaches_the_pdf():
    version = VersionFactory(body="Bonjour <script>alert('x')</script> [lien](javascript:alert(2))")
    text = PdfReader(io.BytesIO(render_pdf(version))).pages[0].extract_text()
    assert "Bonjour" in text and "alert" not in text
