"""Letter bodies and annexes are written in Markdown; only safe HTML ever comes out.

Raw HTML in the Markdown is refused with a message when a letter is saved, and the rendered
HTML is cleaned again (nh3) before it reaches a page or the PDF: defence in depth.
"""

import re
from functools import lru_cache

import markdown
import nh3
from django.core.exceptions import ValidationError
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


def validate_markdown(text: str) -> None:
    """Refuse HTML and links to scripts, naming what was found."""
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


@lru_cache(maxsize=512)
def to_safe_html(text: str) -> str:
    """The Markdown as HTML that holds no script, style, event handler or unsafe link."""
    # "76^{ème}" as the letters write superscripts.
    prepared = SUPERSCRIPT.sub(r"<sup>\1</sup>", text or "")
    html = markdown.markdown(prepared, extensions=["sane_lists", "tables"], output_format="html")
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
    )
