"""Published pledges as a file, CSV or XLSX, streamed while their rows are read.

One row per pledge, headers and values in the reader's language (read before the view
returns: the rows are written after). What a pledge names several of is joined in one cell;
it is read for a batch of pledges at a time (a few queries per thousand pledges), so memory
stays flat whatever the number of pledges. Text that looks like a formula stays inert
(``core.csv_cells``).
"""

from collections import defaultdict

from django.http import StreamingHttpResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django_countries import countries

from plenaria.contributions.choices import PledgeType
from plenaria.contributions.models import Campaign, Pledge, PledgeRegion
from plenaria.contributions.pledges import vocabularies
from plenaria.core import xlsx
from plenaria.core.csv_cells import csv_lines
from plenaria.directory.choices import ItuRegion, StakeholderType
from plenaria.directory.models import Organisation

BATCH = 2000
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FIELDS = (
    "pk", "title", "organisation_id", "pledge_type", "amount", "currency", "amount_usd",
    "starts_on", "target_on", "is_global", "targets_ldc", "targets_lldc", "targets_sids",
    "campaign_id", "published_at",
)  # fmt: skip
LINKS = (  # relation on Pledge, its column, the vocabulary that names it
    ("focus_areas", "focusarea_id", "focus_area"),
    ("pillars", "pillar_id", "pillar"),
    ("beneficiaries", "beneficiarygroup_id", "beneficiary"),
    ("sdgs", "sdg_id", None),
    ("countries", "country_id", None),
)


def headers() -> list[str]:
    return [
        _("Number"), _("Title"), _("Pledging organisation"), _("Stakeholder type"),
        _("Country of the pledger"), _("Type"), _("Estimated value"), _("Currency"),
        _("Estimated value in US dollars"), _("Start"), _("Target date"), _("Global"),
        _("Targets an LDC"), _("Targets an LLDC"), _("Targets a SIDS"), _("Campaign"),
        _("Published (UTC)"), _("Focus areas"), _("Pillars"), _("Beneficiary groups"),
        _("SDGs"), _("Countries of implementation"), _("Regions of implementation"),
    ]  # fmt: skip


def _names(language: str, pledges) -> dict:
    """Every name a row may need, read now in the reader's language."""
    vocab = vocabularies.load()
    names = {
        name: {t.pk: t.name.in_language(language) for t in getattr(vocab, name)}
        for name in ("focus_area", "pillar", "beneficiary")
    }
    names["country"] = {code: str(name) for code, name in countries}
    names["region"] = {code: str(label) for code, label in ItuRegion.choices}
    names["type"] = {code: str(label) for code, label in PledgeType.choices}
    stakeholder = {code: str(label) for code, label in StakeholderType.choices}
    names["organisation"] = {
        pk: (
            str(name.in_language(language)),
            acronym,
            stakeholder.get(kind, ""),
            str(country or ""),
        )
        for pk, name, acronym, kind, country in Organisation.objects.filter(
            pk__in=pledges.values("organisation_id")
        ).values_list("pk", "name", "acronym", "wsis_stakeholder_type", "country_id")
    }
    names["campaign"] = {
        pk: title.in_language(language) for pk, title in Campaign.objects.values_list("pk", "title")
    }
    names["yes"] = {True: _("Yes"), False: _("No")}
    return names


def rows(pledges, language: str):
    """The rows, one per pledge; names are read now, the rows as they are written."""
    with translation.override(language):
        names = _names(language, pledges)
    return _batches(pledges.order_by("pk").values_list(*FIELDS), names, language)


def _batches(selected, names, language):
    batch = []
    for values in selected.iterator(chunk_size=BATCH):
        batch.append(values)
        if len(batch) >= BATCH:
            yield from _written(batch, names, language)
            batch = []
    yield from _written(batch, names, language)


def _linked(ids: list[int]) -> dict:
    """What the batch's pledges name, read by the range of their numbers (the batch is in
    order): a list of 2,000 numbers in each query cost more than the rows it spared."""
    found = {}
    within = {"pledge_id__gte": ids[0], "pledge_id__lte": ids[-1]}
    for relation, column, _vocab in LINKS:
        through = getattr(Pledge, relation).through.objects.filter(**within)
        found[relation] = defaultdict(list)
        for pledge_id, key in through.order_by(column).values_list("pledge_id", column):
            found[relation][pledge_id].append(key)
    found["regions"] = defaultdict(list)
    reached = PledgeRegion.objects.filter(**within).order_by("region")
    for pledge_id, region in reached.values_list("pledge_id", "region"):
        found["regions"][pledge_id].append(region)
    return found


def _written(batch, names, language):
    if not batch:
        return
    linked = _linked([values[0] for values in batch])
    yes = names["yes"]
    for (pk, title, organisation_id, kind, amount, currency, usd, start, target, is_global,
         ldc, lldc, sids, campaign_id, published_at) in batch:  # fmt: skip
        name, acronym, stakeholder, country = names["organisation"].get(
            organisation_id, ("", "", "", "")
        )

        def joined(relation, vocab=None, pk=pk):
            keys = linked[relation][pk]
            return "; ".join(str(names[vocab].get(key, key)) if vocab else str(key) for key in keys)

        yield [
            pk, title.in_language(language), f"{name} ({acronym})" if acronym else name,
            stakeholder, str(names["country"].get(country, country)), names["type"].get(kind, kind),
            amount, currency, usd, start, target, yes[is_global], yes[ldc], yes[lldc], yes[sids],
            names["campaign"].get(campaign_id, ""), published_at, joined("focus_areas", "focus_area"),
            joined("pillars", "pillar"), joined("beneficiaries", "beneficiary"), joined("sdgs"),
            joined("countries", "country"), joined("regions", "region"),
        ]  # fmt: skip


def _response(content, content_type: str, extension: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="pledges.{extension}"'
    return response


def csv_response(pledges) -> StreamingHttpResponse:
    language = translation.get_language()
    body = csv_lines(headers(), rows(pledges, language))
    return _response(body, "text/csv; charset=utf-8", "csv")


def xlsx_response(pledges) -> StreamingHttpResponse:
    language = translation.get_language()
    body = xlsx.stream_workbook(_("Pledges"), headers(), rows(pledges, language))
    return _response(body, XLSX_TYPE, "xlsx")
