"""Render the WTDC-21 letter (French, with its draft-agenda annex) and print the median time
per PDF for each candidate engine: Typst (the one Plenaria uses), WeasyPrint and ReportLab
when they are installed. Target: ≤ 0.2 s per PDF.

Run: .venv/bin/python bench/circular_render.py   (uses a throw-away SQLite database)
"""

import io
import logging
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROUNDS = 30
DATABASE = Path(tempfile.mkdtemp()) / "bench.sqlite3"
os.environ["DATABASE_URL"] = f"sqlite:///{DATABASE}"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "plenaria.config.settings")
# A key of the bench's own, over plain HTTP, with debug off as in production.
os.environ.setdefault("PLENARIA_SECRET_KEY", "bench-only-key-good-for-nothing-else-7c2e5d")
os.environ.setdefault("PLENARIA_HTTPS", "0")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from plenaria.circulars.demo import load_circulars_demo  # noqa: E402
from plenaria.circulars.models import Letter  # noqa: E402
from plenaria.circulars.rendering import pdf as typst_pdf  # noqa: E402
from plenaria.circulars.rendering.layout import letter_parts  # noqa: E402


def timed(render, rounds=ROUNDS) -> tuple[float, bytes]:
    times, result = [], b""
    for number in range(rounds):
        start = time.perf_counter()
        result = render(number)
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def describe(name: str, seconds: float, pdf: bytes) -> None:
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    verdict = "OK" if seconds <= 0.2 else "over target"
    print(
        f"{name:<58} {seconds * 1000:8.1f} ms  {pages} pages  {len(pdf) // 1024:4d} KiB  {verdict}"
    )


def weasyprint_render(version):
    try:
        import weasyprint
    except ImportError:
        return None
    from django.template import Context, Template

    template = Template(
        "{% load static %}<html lang='{{ p.lang }}' dir='{{ p.dir }}'><style>"
        "@page{size:A4;margin:2cm 2.2cm} body{font:10.5pt 'Noto Sans'} .b{display:flex;gap:1.5em}"
        ".b>*{flex:1} .annex{break-before:page}</style><body><p><b>{{ p.office }}</b></p>"
        "<p style='text-align:end'>{{ p.place_date }}</p><div class='b'><div>{% for l, v in p.ref_rows %}"
        "<b>{{ l }}</b> {{ v }}<br>{% endfor %}</div><div>{% for a in p.addressees %}{{ a }}<br>"
        "{% endfor %}</div></div><p><b>{{ p.subject_label }} {{ p.subject }}</b></p><p>{{ p.salutation }}"
        "</p>{{ p.body }}<p>{{ p.closing }}</p>{% for s in p.signatories %}<p>{{ s.note }}<br><b>"
        "{{ s.name }}</b></p>{% endfor %}{% for a in p.annexes %}<section class='annex'><h2>"
        "{{ a.heading }}: {{ a.title }}</h2>{{ a.body }}</section>{% endfor %}</body></html>"
    )

    def render(number):
        parts = letter_parts(version, html=True)
        parts["closing"] += " " * (number % 2)
        html = template.render(Context({"p": parts}))
        return weasyprint.HTML(string=html).write_pdf()

    return render


def reportlab_render(version):
    try:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate
    except ImportError:
        return None
    fonts = Path(typst_pdf.FONT_DIRS[0])
    pdfmetrics.registerFont(TTFont("NotoSans", fonts / "NotoSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("NotoSans-Bold", fonts / "NotoSans-Bold.ttf"))
    style = ParagraphStyle("body", fontName="NotoSans", fontSize=10.5, leading=13)

    def render(number):
        parts = letter_parts(version, html=True)
        text = [parts["office"], parts["place_date"], parts["subject"], parts["salutation"]]
        flow = [Paragraph(line, style) for line in text]
        for block in str(parts["body"]).split("</p>"):
            flow.append(Paragraph(block.replace("<p>", ""), style))
        for annex in parts["annexes"]:
            flow.append(PageBreak())
            flow.append(Paragraph(f"<b>{annex['heading']}</b> {annex['title']}", style))
            for item in str(annex["body"]).replace("</li>", "</li>\n").splitlines():
                flow.append(Paragraph(item.replace("<li>", "• ").replace("</li>", ""), style))
        out = io.BytesIO()
        SimpleDocTemplate(out, pagesize=A4).build(flow)
        return out.getvalue()

    return render


def main() -> None:
    for noisy in ("weasyprint", "fontTools"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    call_command("migrate", verbosity=0)
    load_circulars_demo()
    version = Letter.objects.get(reference="DM-22/1002").versions.get(language="fr")
    parts = letter_parts(version)

    start = time.perf_counter()
    cold = typst_pdf.pdf_from_parts(parts)
    print(
        f"Typst, first PDF in a process (fonts indexed once)          {(time.perf_counter() - start) * 1000:8.1f} ms"
    )
    describe(
        "Typst, same letter again (render_pdf: database + layout)",
        *timed(lambda n: typst_pdf.render_pdf(version)),
    )

    def changed_letter(number):
        # A different closing each time, so nothing is reused from the previous layout.
        return typst_pdf.pdf_from_parts({**parts, "closing": f"{parts['closing']} ({number})"})

    describe("Typst, a changed letter each time", *timed(changed_letter))
    describe(
        "Typst, parts to PDF, cached layout", *timed(lambda n: typst_pdf.pdf_from_parts(parts))
    )
    assert cold

    for name, factory in (
        ("WeasyPrint 10 rounds", weasyprint_render),
        ("ReportLab (plain paragraphs) 10 rounds", reportlab_render),
    ):
        render = factory(version)
        if render is None:
            print(f"{name:<58} not installed")
            continue
        describe(name, *timed(render, rounds=10))


if __name__ == "__main__":
    main()
