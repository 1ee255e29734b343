"""A call's approved activities with their outcomes, as CSV or XLSX, for the report to the
Council: streamed while the rows are read, headers and names in the reader's language.

Times are written in each activity's own zone (the zone is its own column), as the
organiser announced them. What an activity names several of (co-organisers) is read for a
batch of activities at a time, so memory stays flat whatever their number. Text that looks
like a formula stays inert (``core.csv_cells``)."""

import zoneinfo
from collections import defaultdict

from django.conf import settings
from django.http import StreamingHttpResponse
from django.utils import translation
from django.utils.translation import gettext as _

from plenaria.contributions.activities.totals import approved
from plenaria.contributions.choices import ActivityKind, Audience
from plenaria.contributions.models import Activity, ActivityCall
from plenaria.core import xlsx
from plenaria.core.csv_cells import csv_lines
from plenaria.directory.choices import ItuRegion
from plenaria.directory.models import Country

BATCH = 2000
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FIELDS = (
    "pk", "title", "organisation__name", "organiser_name", "country_id", "city", "online",
    "kind", "starts_at", "ends_at", "timezone", "languages", "audiences",
    "expected_participants", "website", "published_at", "outcome__participants",
    "outcome__women_share", "outcome__young_share", "outcome__summary", "outcome__links",
)  # fmt: skip


def headers() -> list[str]:
    return [
        _("Number"), _("Title"), _("Organiser"), _("Co-organisers"), _("Country"),
        _("ITU region"), _("Groupings"), _("City"), _("Online"), _("Kind"),
        _("Start (local time)"), _("End (local time)"), _("Time zone"), _("Languages"),
        _("Audience"), _("Expected participants"), _("Website"), _("Approved (UTC)"),
        _("Participants"), _("Share of women (%)"), _("Share of young people (%)"),
        _("What happened"), _("Links"),
    ]  # fmt: skip


def _names(language: str) -> dict:
    regions = dict(ItuRegion.choices)
    groupings = defaultdict(list)
    through = Country.groupings.through.objects.order_by("grouping__code")
    for code, grouping in through.values_list("country_id", "grouping__code"):
        groupings[code].append(grouping)
    return {
        "country": {
            str(c.code): (c.name, str(regions.get(c.itu_region, "")), "; ".join(groupings[c.code]))
            for c in Country.objects.all()
        },
        "kind": {code: str(label) for code, label in ActivityKind.choices},
        "audience": {code: str(label) for code, label in Audience.choices},
        "yes": {True: _("Yes"), False: _("No")},
        "language": {code: str(name) for code, name in settings.LANGUAGES},
    }


def rows(call: ActivityCall, language: str):
    """One row per approved activity; names are read now, the rows as they are written."""
    with translation.override(language):
        names = _names(language)
    selected = approved(call).order_by("starts_at", "pk").values_list(*FIELDS)
    return _batches(selected, names, language)


def _batches(selected, names, language):
    batch = []
    for values in selected.iterator(chunk_size=BATCH):
        batch.append(values)
        if len(batch) >= BATCH:
            yield from _written(batch, names, language)
            batch = []
    yield from _written(batch, names, language)


def _co_organisers(ids: list[int], language: str) -> dict:
    found = defaultdict(list)
    through = Activity.co_organisers.through.objects.filter(activity_id__in=ids)
    for activity_id, name in through.order_by("pk").values_list(
        "activity_id", "organisation__name"
    ):
        found[activity_id].append(name.in_language(language))
    return found


def _local(moment, zone: str):
    try:
        return moment.astimezone(zoneinfo.ZoneInfo(zone)).replace(tzinfo=None)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return moment


def _written(batch, names, language):
    if not batch:
        return
    co = _co_organisers([values[0] for values in batch], language)
    yes = names["yes"]
    for (pk, title, organisation, organiser_name, country, city, online, kind, starts, ends,
         zone, languages, audiences, expected, website, published, participants, women, young,
         summary, links) in batch:  # fmt: skip
        country_name, region, groupings = names["country"].get(country, (country, "", ""))
        yield [
            pk, title.in_language(language),
            organisation.in_language(language) if organisation else organiser_name,
            "; ".join(co[pk]), country_name, region, groupings, city, yes[online],
            names["kind"].get(kind, kind), _local(starts, zone), _local(ends, zone), zone,
            "; ".join(str(names["language"].get(code, code)) for code in languages or []),
            "; ".join(str(names["audience"].get(a, a)) for a in audiences or []),
            expected, website, published, participants, women, young, summary or "", links or "",
        ]  # fmt: skip


def _response(content, content_type: str, call: ActivityCall, extension: str):
    response = StreamingHttpResponse(content, content_type=content_type)
    name = f"activities-{call.slug}.{extension}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def csv_response(call: ActivityCall) -> StreamingHttpResponse:
    body = csv_lines(headers(), rows(call, translation.get_language()))
    return _response(body, "text/csv; charset=utf-8", call, "csv")


def xlsx_response(call: ActivityCall) -> StreamingHttpResponse:
    body = xlsx.stream_workbook(_("Activities"), headers(), rows(call, translation.get_language()))
    return _response(body, XLSX_TYPE, call, "xlsx")
