"""The public pledge pages: the counter and its breakdowns, the list, a pledge, a pledging
organisation, the exports and the annual report. Each reads the filters once and the figures
from ``pledges.figures``, the one place they are counted."""

import datetime
from urllib.parse import quote

from django.contrib import messages
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from plenaria.contributions.pledges import export, report_pdf, vocabularies
from plenaria.contributions.pledges.figures import figures
from plenaria.contributions.pledges.filters import filter_pledges, published
from plenaria.contributions.pledges.matching import related_pledges
from plenaria.contributions.pledges.progress_view import published_reports
from plenaria.contributions.web.filter_options import filter_groups
from plenaria.core.charts import BarChart, Series
from plenaria.core.pagination import page_of
from plenaria.directory.choices import ItuRegion
from plenaria.directory.models import Organisation

PER_PAGE = 25


def _filtered(request, as_of=None):
    vocab = vocabularies.load()
    chosen = filter_pledges(request.GET, as_of=as_of, vocab=vocab)
    for problem in chosen.problems:
        messages.warning(request, problem)
    return chosen, vocab


def _form(vocab, chosen) -> dict:
    return {
        "groups": filter_groups(vocab, chosen.chosen),
        "chosen": chosen,
        "query": chosen.query_string(),
        "search": (chosen.chosen.get("q") or [""])[0],
        "year": (chosen.chosen.get("year") or [""])[0],
    }


def _charted(numbers, query: str | None = None) -> list:
    """Each breakdown with its chart; with a ``query`` (the filters, maybe none), each row's
    name links to the list of its pledges."""
    return [(breakdown, _chart(breakdown, query)) for breakdown in numbers.breakdowns]


def _chart(breakdown, query: str | None) -> BarChart:
    rows = breakdown.rows
    links = []
    if query is not None:
        start = reverse("contributions:list") + "?" + (f"{query}&" if query else "")
        links = [
            f"{start}{breakdown.name}={quote(str(row.key))}" if row.key else "" for row in rows
        ]
    several = _("A pledge may count in several rows: the shares may add up past 100 %.")
    return BarChart(
        name=breakdown.name,
        title=_("Pledges by %(title)s") % {"title": breakdown.title},
        categories=[row.label for row in rows],
        series=[Series(_("Pledges"), [row.count for row in rows])],
        heading=breakdown.title,
        table_only=[
            Series(_("Share"), [row.share for row in rows], unit=" %"),
            Series(_("US dollars"), [row.value_usd for row in rows], decimals=0),
        ],
        links=links,
        note=several if breakdown.several else "",
        empty_text=_("No pledge to count here: widen the filters."),
    )


@require_safe
def pledges(request):
    chosen, vocab = _filtered(request)
    numbers = figures(chosen.pledges if chosen.is_filtered else None, vocab=vocab)
    form = _form(vocab, chosen)
    context = {"figures": numbers, "charts": _charted(numbers, form["query"]), **form}
    return render(request, "contributions/public/pledges.html", context)


def _listed(pledges):
    return pledges.select_related("organisation", "campaign").prefetch_related(
        "focus_areas", "countries"
    )


@require_safe
def pledge_list(request):
    chosen, vocab = _filtered(request)
    page = page_of(_listed(chosen.pledges), PER_PAGE, request.GET.get("page"))
    context = {"page": page, **_form(vocab, chosen)}
    return render(request, "contributions/public/list.html", context)


@require_safe
def pledge_detail(request, pk):
    pledge = get_object_or_404(
        published()
        .select_related("organisation__country", "campaign")
        .prefetch_related(
            "focus_areas",
            "pillars",
            "beneficiaries",
            "sdgs",
            "countries",
            Prefetch("partners", Organisation.objects.order_by("acronym", "pk")),
        ),
        pk=pk,
    )
    flags = {"LDC": pledge.targets_ldc, "LLDC": pledge.targets_lldc, "SIDS": pledge.targets_sids}
    context = {
        "pledge": pledge,
        "regions": [ItuRegion(code).label for code in pledge.regions if code in ItuRegion.values],
        "groupings": [code for code, flag in flags.items() if flag],
        "related": related_pledges(pledge),
        "reports": published_reports(pledge),
    }
    return render(request, "contributions/public/pledge.html", context)


@require_safe
def organisation(request, pk):
    pledger = get_object_or_404(Organisation.objects.select_related("country"), pk=pk)
    own = published().filter(organisation=pledger)
    page = page_of(_listed(own), PER_PAGE, request.GET.get("page"))
    if not page.paginator.count:
        raise Http404(_("This organisation has no published pledge."))
    context = {"pledger": pledger, "page": page, "figures": figures(own)}
    return render(request, "contributions/public/organisation.html", context)


@require_safe
def export_pledges(request):
    chosen, _vocab = _filtered(request)
    if request.GET.get("format") == "xlsx":
        return export.xlsx_response(chosen.pledges)
    return export.csv_response(chosen.pledges)


def _as_of(request) -> datetime.date:
    """The day the report is made for: ``?as_of=YYYY-MM-DD``, today when absent or wrong."""
    today = timezone.localdate()
    raw = (request.GET.get("as_of") or "").strip()
    if not raw:
        return today
    try:
        day = datetime.date.fromisoformat(raw[:10])
    except ValueError:
        messages.warning(
            request, _("“%(day)s” is not a date: the report is as of today.") % {"day": raw[:20]}
        )
        return today
    if day > today:
        messages.info(request, _("The report cannot look ahead: it is as of today."))
        return today
    return day


@require_safe
def report(request):
    as_of = _as_of(request)
    numbers = figures(as_of=as_of)
    context = {"figures": numbers, "charts": _charted(numbers), "as_of": as_of}
    return render(request, "contributions/report/report.html", context)


@require_safe
def report_as_pdf(request):
    as_of = _as_of(request)
    pdf = report_pdf.render(figures(as_of=as_of))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="pledges-report-{as_of.isoformat()}.pdf"'
    return response
