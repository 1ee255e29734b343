"""The session card, written out in Python.

A programme page can list a thousand sessions; through the template engine each card costs
about a millisecond, here a few microseconds (see bench/programme_page.py). Every value is
escaped (the standard library's escape: Django's lazy-aware one is ten times slower); the markup is the same on the programme, the speaker page and the personal agenda.
"""

from html import escape

from django.utils.safestring import SafeString, mark_safe


def _speakers(speakers) -> str:
    parts = []
    for speaker in speakers:
        role = f" ({escape(speaker['role'])})" if speaker["role"] else ""
        parts.append(f'<a href="{escape(speaker["url"])}">{escape(speaker["name"])}</a>{role}')
    return f'<p class="speakers">{", ".join(parts)}</p>' if parts else ""


def card(row: dict, *, labels: dict, csrf_token: str, here: str) -> str:
    pk = row["pk"]
    facts = [f'<span class="badge">{escape(row["type"])}</span>']
    if row["track"]:
        facts.append(escape(row["track"]))
    if row["room"]:
        facts.append(escape(row["room"]))
    facts.append(
        f'<span class="badge badge--{escape(row["format"])}">{escape(row["format_label"])}</span>'
    )
    if row["languages"]:
        facts.append(f'<span class="languages">{escape(row["languages"])}</span>')
    facts += [
        f'<abbr title="{escape(line["name"])}">{escape(line["code"])}</abbr>'
        for line in row["action_lines"]
    ]
    mine = f' <span class="when--viewer">· {escape(row["mine"])}</span>' if row["mine"] else ""
    starred = row["starred"]
    label = labels["on"] if starred else labels["off"]
    return (
        f'<li class="session{" session--starred" if starred else ""}" id="session-{pk}">'
        f'<p class="session__when"><time dir="ltr" datetime="{row["start"].isoformat()}">'
        f"{escape(row['times'])}</time>{mine}</p>"
        f'<h3 class="session__title"><a href="{escape(row["url"])}" lang="{escape(row["lang"] or "")}">'
        f"{escape(row['title'])}</a></h3>"
        f'<p class="facts">{" · ".join(facts)}</p>'
        f"{_speakers(row['speakers'])}"
        f'<form class="star" method="post" action="{escape(row["star_url"])}">'
        f'<input type="hidden" name="csrfmiddlewaretoken" value="{escape(csrf_token)}">'
        f'<input type="hidden" name="next" value="{escape(here)}#session-{pk}">'
        f'<button type="submit" aria-pressed="{"true" if starred else "false"}" data-star '
        f'data-on="{escape(labels["on"])}" data-off="{escape(labels["off"])}">{escape(label)}</button>'
        "</form></li>"
    )


def cards(rows, *, labels: dict, csrf_token: str, here: str) -> SafeString:
    return mark_safe(  # every value above is escaped
        "\n".join(card(row, labels=labels, csrf_token=csrf_token, here=here) for row in rows)
    )
