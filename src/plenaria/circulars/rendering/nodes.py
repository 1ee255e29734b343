"""Sanitised HTML as a plain tree of dicts and strings, which the PDF template lays out.

The PDF template receives data, never markup: nothing a writer types can run in it.
"""

import re
from html.parser import HTMLParser

from plenaria.circulars.markup import ALLOWED_TAGS, to_safe_html

VOID_TAGS = {"br", "hr"}
BLOCK_TAGS = {"p", "ul", "ol", "li", "h2", "h3", "h4", "blockquote", "table", "thead", "tbody", "tr", "th", "td"}  # fmt: skip
# Elements holding only blocks: white space between their children means nothing.
CONTAINER_TAGS = {"root", "ul", "ol", "table", "thead", "tbody", "tr", "blockquote"}
SPACES = re.compile(r"\s+")
TYPST_INT_LIMIT = 2**63


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = {"t": "root", "c": []}
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED_TAGS:
            return
        node = {"t": tag, "c": []}
        attributes = dict(attrs)
        if tag == "a":
            node["href"] = attributes.get("href") or ""
        if tag == "ol" and (attributes.get("start") or "").isdigit():
            start = int(attributes["start"])
            if start < TYPST_INT_LIMIT:  # refused at save; text stored before is still laid out
                node["start"] = start
        self.stack[-1]["c"].append(node)
        if tag not in VOID_TAGS:
            self.stack.append(node)

    def handle_endtag(self, tag):
        if tag in VOID_TAGS or tag not in ALLOWED_TAGS:
            return
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth]["t"] == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data):
        self.stack[-1]["c"].append(data)


def _tidy(node: dict) -> dict:
    """Collapse white space as a browser would; drop white space between blocks."""
    children = []
    for child in node["c"]:
        if isinstance(child, str):
            text = SPACES.sub(" ", child)
            if text.strip() or node["t"] not in CONTAINER_TAGS:
                children.append(text)
        else:
            children.append(_tidy(child))
    if node["t"] in BLOCK_TAGS | {"root"} and children:
        if isinstance(children[0], str):
            children[0] = children[0].lstrip()
        if isinstance(children[-1], str):
            children[-1] = children[-1].rstrip()
    node["c"] = [child for child in children if child != ""]
    return node


def markdown_tree(text: str) -> list:
    builder = _TreeBuilder()
    builder.feed(to_safe_html(text))
    builder.close()
    return _tidy(builder.root)["c"]
