"""Page numbers a caller types are bounded once, here, for the pages and for the API.

A page number goes into ``OFFSET``: one past what a 64-bit integer holds
(``?page=76783723943378468864``) fails inside the database, and PostgreSQL refuses it with a
server error. The pages read the number leniently (anything that is not a sensible whole
number shows the first page, a page past the end shows the last one, as Django's
``Paginator.get_page`` does); the API refuses a page past ``MAX_PAGE`` with a 422 naming the
field, like any other out-of-range parameter.
"""

from __future__ import annotations

from django.core.paginator import Page, Paginator
from ninja import Field, Schema
from ninja.pagination import PageNumberPagination

# A million pages of a hundred rows: far past any list here, far below any integer limit.
MAX_PAGE = 1_000_000
MAX_PAGE_SIZE = 100


def page_number(raw) -> int:
    """The page asked for in a query string, as a number from 1 to ``MAX_PAGE``."""
    raw = (raw or "").strip() if isinstance(raw, str) else ""
    if not raw.isascii() or not raw.isdigit() or len(raw) > len(str(MAX_PAGE)):
        return 1
    return min(max(int(raw), 1), MAX_PAGE)


def page_of(items, per_page: int, raw) -> Page:
    """The page of ``items`` asked for by ``raw`` (e.g. ``request.GET.get("page")``)."""
    return Paginator(items, per_page).get_page(page_number(raw))


class BoundedPageNumberPagination(PageNumberPagination):
    """Ninja's page-number pagination with the page number and size bounded."""

    class Input(Schema):
        page: int = Field(1, ge=1, le=MAX_PAGE)
        page_size: int | None = Field(None, ge=1, le=MAX_PAGE_SIZE)

    def __init__(self, page_size: int = 50, max_page_size: int = MAX_PAGE_SIZE, **kwargs):
        super().__init__(page_size=page_size, max_page_size=max_page_size, **kwargs)
