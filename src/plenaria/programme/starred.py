"""The personal agenda: sessions a visitor has starred, kept in a signed cookie (no account).

The same list, signed, makes a calendar address the visitor can give to a calendar client,
which has no cookie of its own.
"""

from django.core import signing

MAX_STARRED = 300
SALT = "plenaria.programme.starred"


def cookie_name(event) -> str:
    return f"starred-{event.pk}"


def _clean(values) -> list[int]:
    out = []
    for value in values if isinstance(values, list) else []:
        if isinstance(value, int) and value > 0 and value not in out:
            out.append(value)
    return out[:MAX_STARRED]


def read(request, event) -> list[int]:
    try:
        raw = request.get_signed_cookie(cookie_name(event), default="", salt=SALT)
    except (signing.BadSignature, ValueError):
        return []
    return _clean([int(part) for part in raw.split(".") if part.isdigit()])


def toggle(starred: list[int], session_pk: int) -> list[int]:
    if session_pk in starred:
        return [pk for pk in starred if pk != session_pk]
    return _clean([*starred, session_pk])


def remember(response, event, starred: list[int]) -> None:
    response.set_signed_cookie(
        cookie_name(event),
        ".".join(str(pk) for pk in starred),
        salt=SALT,
        max_age=60 * 60 * 24 * 365,
        httponly=True,
        samesite="Lax",
    )


def token(event, starred: list[int]) -> str:
    return signing.dumps([event.pk, starred], salt=SALT, compress=True)


def from_token(event, value: str) -> list[int]:
    try:
        event_pk, starred = signing.loads(value, salt=SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return []
    return _clean(starred) if event_pk == event.pk else []
