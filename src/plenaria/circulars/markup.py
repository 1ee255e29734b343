"""Letter bodies and annexes are written in Markdown; only safe HTML ever comes out.

Raw HTML in the Markdown is refused with a message when a letter is saved, and the rendered
HTML is cleaned again (nh3) before it reaches a page or the PDF: defence in depth.

What the PDF cannot lay out is refused here too, as a class rather than case by case: list
numbers beyond what a letter needs (the PDF engine's numbers stop at 2^63) and lists or
quotations nested deeper than a letter needs (the PDF engine, and the Markdown reader itself,
stop at some depth). Then the text is laid out once as the PDF would be, so that whatever
else the PDF engine cannot take is refused at save too, never found when the letter is sent.
"""

import html
import re
from functools import lru_cache
from html.parser import HTMLParser

import markdown
import nh3
from django.core.exceptions import ValidationError
from django.utils import formats
from django.utils.translation import gettext as _

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "a", "ul", "ol", "li", "h2", "h3", "h4", "blockquote",
    "sup", "sub", "table", "thead", "tbody", "tr", "th", "td", "hr",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}, "th": {"align"}, "td": {"align"}}
URL_SCHEMES = {"http", "https", "mailto"}

# A tag or comment, but not an autolink such as <https://www.itu.int>.
RAW_HTML = re.compile(r"<\s*(?!https?://|mailto:)([a-zA-Z!?/][^>\s]*)")
UNSAFE_LINK = re.compile(r"\]\(\s*<?\s*(?!https?:|mailto:|#|/)([a-zA-Z][\w+.-]*):", re.IGNORECASE)
SUPERSCRIPT = re.compile(r"\^\{([^{}]{1,20})\}")

# Far beyond any letter (numbered paragraphs, annexes with sub-lists), far below what the
# PDF engine stops at (about 30 levels; numbers up to 2^63).
MAX_NESTING = 8
MAX_ELEMENT_DEPTH = 24
MAX_LIST_NUMBER = 999_999
NESTING_TAGS = {"ul", "ol", "blockquote"}
VOID_TAGS = {"br", "hr"}


class _Shape(HTMLParser):
    """How deep the HTML nests (lists and quotations; all elements) and its list numbers."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.nesting = self.depth = self.largest_start = 0

    def handle_starttag(self, tag, attrs):
        if tag == "ol":
            start = dict(attrs).get("start") or ""
            if start.isdigit():
                self.largest_start = max(self.largest_start, int(start))
        if tag in VOID_TAGS:
            return
        self.open.append(tag)
        self.depth = max(self.depth, len(self.open))
        self.nesting = max(self.nesting, sum(t in NESTING_TAGS for t in self.open))

    def handle_endtag(self, tag):
        if tag in self.open:
            del self.open[len(self.open) - 1 - self.open[::-1].index(tag) :]


def shape(text: str) -> _Shape:
    """Raises RecursionError for Markdown nested beyond reading."""
    parser = _Shape()
    parser.feed(_to_html(text))
    parser.close()
    return parser


def _validate_layout(text: str) -> None:
    """Refuse list numbers and nesting the PDF cannot lay out."""
    too_deep = ValidationError(
        _(
            "Lists and quotations are nested too deeply: a letter may nest them at most "
            "%(max)d levels deep."
        ),
        code="too_deep",
        params={"max": MAX_NESTING},
    )
    try:
        found = shape(text)
    except RecursionError as error:
        raise too_deep from error
    if found.nesting > MAX_NESTING or found.depth > MAX_ELEMENT_DEPTH:
        raise too_deep
    if found.largest_start > MAX_LIST_NUMBER:
        raise ValidationError(
            _(
                "A numbered list cannot start at %(number)s: list numbers go up to %(max)s. "
                "Write such a number in the text instead."
            ),
            code="list_number",
            params={
                "number": found.largest_start,
                "max": formats.number_format(MAX_LIST_NUMBER, force_grouping=True),
            },
        )


def validate_markdown(text: str) -> None:
    """Refuse HTML, links to scripts and what the PDF cannot lay out, saying what it is."""
    found = RAW_HTML.search(text or "")
    if found:
        raise ValidationError(
            _(
                "Write the text in Markdown: HTML such as “<%(tag)s” is not accepted. "
                "Use **bold**, *italics*, lists and [links](https://…) instead."
            ),
            code="html",
            params={"tag": found.group(1)[:20]},
        )
    link = UNSAFE_LINK.search(text or "")
    if link:
        raise ValidationError(
            _("Links may only point to http, https or mailto addresses, not “%(scheme)s:”."),
            code="unsafe_link",
            params={"scheme": link.group(1)[:20]},
        )
    _validate_layout(text or "")
    # Lay it out as the PDF would (a few tens of milliseconds): what is saved can be sent.
    from plenaria.circulars.rendering.pdf import check_text

    check_text(text or "")


def _to_html(text: str) -> str:
    # "76^{ème}" as the letters write superscripts.
    prepared = SUPERSCRIPT.sub(r"<sup>\1</sup>", text or "")
    html_text = markdown.markdown(
        prepared, extensions=["sane_lists", "tables"], output_format="html"
    )
    return nh3.clean(
        html_text,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
    )


@lru_cache(maxsize=512)
def to_safe_html(text: str) -> str:
    """The Markdown as HTML that holds no script, style, event handler or unsafe link."""
    try:
        return _to_html(text)
    except RecursionError:  # nested beyond reading (refused at save): shown as plain text
        parts = (text or "").split("\n\n")
        return "".join(f"<p>{html.escape(part)}</p>" for part in parts if part.strip())
