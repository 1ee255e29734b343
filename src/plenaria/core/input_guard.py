"""Refuse, before any view runs, a request carrying text no database can hold.

PostgreSQL cannot store or compare a NUL character (``\\x00``) in text, and no database takes a
lone UTF-16 surrogate (``\\ud800``): a filter, a form field or a cookie carrying one would reach
a query and fail there with a server error, page by page. This middleware looks once at
everything a caller sends besides a JSON body (the API's parser checks that) — the path, the
query string's names and values, the form fields and file names, the cookies and the headers —
and answers 400 with a clear message: a page in the site's layout, or a JSON error body under
``/api/``. A query string that is not valid UTF-8 once percent-decoded is refused the same way
rather than silently turned into replacement characters.

It sits before the session and authentication middleware, so that a forged session cookie is
refused before the session store looks it up.
"""

from __future__ import annotations

import json
import re
from urllib.parse import unquote_to_bytes

from django.http import JsonResponse
from django.http.multipartparser import MultiPartParserError
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from ninja.parser import Parser

# NUL, and the surrogate code points, which exist in Python strings but are not characters.
FORBIDDEN = re.compile("[\x00\ud800-\udfff]")
API_PREFIX = "/api/"
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def has_forbidden(text) -> bool:
    return isinstance(text, str) and FORBIDDEN.search(text) is not None


def _query_is_utf8(query_string: str) -> bool:
    try:
        unquote_to_bytes(query_string.replace("+", " ")).decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _any_forbidden(pairs) -> bool:
    return any(has_forbidden(name) or has_forbidden(value) for name, value in pairs)


def _multi_items(query_dict):
    for name, values in query_dict.lists():
        for value in values:
            yield name, value


def _form_is_bad(request) -> bool:
    content_type = request.META.get("CONTENT_TYPE", "")
    if request.method != "POST" or not content_type.startswith(FORM_TYPES):
        return False
    try:
        if _any_forbidden(_multi_items(request.POST)):
            return True
        files = request.FILES
    except MultiPartParserError:
        return True
    return any(has_forbidden(name) or has_forbidden(upload.name) for name, upload in files.items())


def refusal_reason(request) -> str | None:
    """Why the request cannot be served, or ``None`` when nothing in it is unstorable."""
    if has_forbidden(request.path_info):
        return "path"
    if not _query_is_utf8(request.META.get("QUERY_STRING", "")):
        return "query"
    if _any_forbidden(_multi_items(request.GET)):
        return "query"
    if _any_forbidden(request.COOKIES.items()):
        return "cookie"
    headers = ((k, v) for k, v in request.META.items() if k.startswith("HTTP_"))
    if _any_forbidden(headers):
        return "header"
    if _form_is_bad(request):
        return "form"
    return None


def refusal_message() -> str:
    return _(
        "The request contains characters that cannot be used (a NUL character, a lone "
        "surrogate or bytes that are not UTF-8). Remove them and try again."
    )


def refuse(request):
    if request.path_info.startswith(API_PREFIX):
        return JsonResponse({"detail": refusal_message(), "errors": {}}, status=400)
    language = translation.get_language_from_request(request, check_path=True)
    with translation.override(language):
        return render(request, "400.html", {"message": refusal_message()}, status=400)


class InputGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if refusal_reason(request) is not None:
            return refuse(request)
        return self.get_response(request)


class UnstorableText(ValueError):
    """A JSON body holding a NUL character or a lone surrogate somewhere."""


def _walk_json(value) -> bool:
    if isinstance(value, str):
        return has_forbidden(value)
    if isinstance(value, dict):
        return any(has_forbidden(key) or _walk_json(item) for key, item in value.items())
    if isinstance(value, list):
        return any(_walk_json(item) for item in value)
    return False


class StorableJSONParser(Parser):
    """The API's JSON parser: a body that is not UTF-8, or that holds a NUL character or a
    lone surrogate anywhere (``"\\u0000"``, ``"\\ud800"``), is refused before any schema or
    service sees it; the API answers it with 400 and ``refusal_message()``."""

    def parse_body(self, request):
        try:
            text = request.body.decode("utf-8")
        except UnicodeDecodeError as error:
            raise UnstorableText(refusal_message()) from error
        data = json.loads(text)
        if _walk_json(data):
            raise UnstorableText(refusal_message())
        return data
