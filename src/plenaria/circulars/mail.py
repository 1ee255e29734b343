"""An issued letter as an e-mail: the letter as readable HTML, the same in plain text, a link
to its page in the public archive, and the PDF attached.

Built once per language version; ``sending`` puts each recipient's address in.
"""

import html
import re

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from plenaria.circulars.models import LetterVersion
from plenaria.circulars.rendering.layout import letter_parts

BLOCK_END = re.compile(r"</(p|h[2-4]|blockquote|table|ul|ol)>", re.IGNORECASE)
LINE_END = re.compile(r"<br\s*/?>|</(li|tr)>", re.IGNORECASE)
ITEM = re.compile(r"<li[^>]*>", re.IGNORECASE)
CELL_END = re.compile(r"</t[dh]>", re.IGNORECASE)
LINK = re.compile(r'<a [^>]*href="([^"]*)"[^>]*>(.*?)</a>', re.IGNORECASE | re.DOTALL)
TAG = re.compile(r"<[^>]+>")
BLANK_LINES = re.compile(r"\n{3,}")


def html_to_text(fragment: str) -> str:
    """Sanitised letter HTML as plain text a person reads: paragraphs, "- " before list
    items, links written out; no Markdown signs, no tags."""
    text = LINK.sub(
        lambda m: m.group(2) if m.group(1) in (m.group(2), "mailto:" + m.group(2))
        else f"{m.group(2)} ({m.group(1)})",
        fragment,
    )  # fmt: skip
    text = ITEM.sub("- ", text)
    text = CELL_END.sub("\t", text)
    text = BLOCK_END.sub("\n\n", text)
    text = LINE_END.sub("\n", text)
    text = html.unescape(TAG.sub("", text))
    lines = [line.strip() for line in text.splitlines()]
    return BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def archive_link(version: LetterVersion) -> str:
    with translation.override(version.language):
        path = reverse("circulars:version", args=[version.letter_id, version.language])
    return settings.PLENARIA_BASE_URL.rstrip("/") + path


def letter_mail(version: LetterVersion, pdf: bytes, **headers) -> EmailMultiAlternatives:
    """The mail of one language version, with ``headers`` (recipient stand-ins) set."""
    letter = version.letter
    parts = letter_parts(version, html=True)
    context = {
        "parts": parts,
        "link": archive_link(version),
        "body_text": html_to_text(str(parts["body"])),
        "annexes_text": [
            {**annex, "body": html_to_text(str(annex["body"]))} for annex in parts["annexes"]
        ],
    }
    with translation.override(version.language):
        subject = f"{letter.full_reference} – {version.subject}"
        text = render_to_string("circulars/mail/letter.txt", context)
        page = render_to_string("circulars/mail/letter.html", context)
    message = EmailMultiAlternatives(
        subject=subject.replace("\n", " ")[:250], body=text, headers=headers
    )
    message.attach_alternative(page, "text/html")
    name = letter.full_reference.replace("/", "-").replace(" ", "_")
    message.attach(f"{name}_{version.language}.pdf", pdf, "application/pdf")
    return message
