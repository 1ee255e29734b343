"""An open-data publication as a file: JSON as it is; CSV in long form (one published figure
per line), with the licence, threshold, definitions and dates as the first lines so that the
file says under which terms it is used even when passed on alone."""

import json

from django.http import HttpResponse, StreamingHttpResponse
from django.utils.text import slugify

from plenaria.core.csv_cells import csv_lines
from plenaria.reports.open_data.documents import COUNTS, SHARES

HEADER = ["event", "breakdown", "key", "label", "measure", "value", "suppressed"]
MEASURES = (*COUNTS, *SHARES)


def _about(publication: dict) -> list[list]:
    about = [
        ("licence", publication["licence"]["name"]),
        ("licence_url", publication["licence"]["url"]),
        ("min_count", publication["min_count"]),
        ("suppression", publication["suppression"]),
        ("computed_at", publication["computed_at"]),
    ]
    rows = [["", "about", key, "", "", value, ""] for key, value in about]
    for document in publication["events"]:
        slug = document["event"]["slug"]
        rows.append([slug, "about", "computed_at", "", "", document["computed_at"], ""])
        for key, text in document["definitions"].items():
            rows.append([slug, "about", f"definition_{key}", "", "", text, ""])
    return rows


def _figures(document: dict) -> list[list]:
    slug = document["event"]["slug"]
    rows = []
    breakdowns = [("total", [document["totals"]]), *document["breakdowns"].items()]
    for breakdown, found in breakdowns:
        for row in found:
            for measure in MEASURES:
                hidden = measure in row["suppressed"]
                value = "" if hidden else row[measure]
                marker = "suppressed" if hidden else ""
                rows.append([slug, breakdown, row["key"], row["label"], measure, value, marker])
    return rows


def as_csv(publication: dict, stem: str) -> StreamingHttpResponse:
    rows = _about(publication)
    for document in publication["events"]:
        rows.extend(_figures(document))
    response = StreamingHttpResponse(
        csv_lines(HEADER, rows), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{slugify(stem)}-open-data.csv"'
    return response


def as_json(publication: dict, stem: str) -> HttpResponse:
    response = HttpResponse(
        json.dumps(publication, ensure_ascii=False, indent=1),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'inline; filename="{slugify(stem)}-open-data.json"'
    return response
