"""The reports the membership asks for — gender, participation — as pages and PDFs, for the
secretariat. The figures come from the events' snapshots (``membership.report``)."""

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from plenaria.core.charts.export import asked, page_query
from plenaria.core.roles import secretariat_page
from plenaria.reports.membership import pdf
from plenaria.reports.membership.report import build, texts
from plenaria.reports.web.report_forms import FIELDS, ReportChoiceForm

REFUSAL = gettext_lazy(
    "Only the secretariat reads the membership's reports; a focal point finds their "
    "delegation's figures on the event's dashboard."
)
TEMPLATE = "reports/membership/report.html"


def _chosen(request):
    """The form, and whether it holds a sound choice (no choice at all is not an error)."""
    bound = any(request.GET.get(name) for name in FIELDS)
    form = ReportChoiceForm(request.GET if bound else None)
    return form, form.is_valid() if bound else False


def _stem(kind: str, data: dict) -> str:
    """The downloads' file name: the report and what it covers."""
    if data["period"] is None:
        return f"{kind}-report-{data['events'][0].slug}"
    start, end = data["period"]
    return f"{kind}-report-{start.isoformat()}-{end.isoformat()}"


def _context(kind: str, form, **more) -> dict:
    return {"form": form, "kind": kind, "title": texts(kind)[0], **more}


def _page(request, kind: str):
    form, valid = _chosen(request)
    context = _context(kind, form)
    if not valid:
        return render(request, TEMPLATE, context)
    report = build(kind, form.cleaned_data["events"], form.cleaned_data["period"])
    drawn = [table.chart for table in report.tables if table.chart]
    if (response := asked(request, drawn, _stem(kind, form.cleaned_data))) is not None:
        return response
    query = page_query(request)
    context.update(
        report=report,
        export_url=f"{request.path}?{query}",
        pdf_url=f"{reverse(f'reports:{kind}_pdf')}?{query}",
    )
    return render(request, TEMPLATE, context)


def _pdf(request, kind: str):
    form, valid = _chosen(request)
    if not valid:
        # The page, with its form and the message, under the status a bad request earns.
        return render(request, TEMPLATE, _context(kind, form, refused=True), status=400)
    report = build(kind, form.cleaned_data["events"], form.cleaned_data["period"])
    response = HttpResponse(pdf.render(report), content_type="application/pdf")
    stem = slugify(_stem(kind, form.cleaned_data))
    response["Content-Disposition"] = f'inline; filename="{stem}.pdf"'
    return response


@secretariat_page(REFUSAL)
@require_safe
def gender(request):
    return _page(request, "gender")


@secretariat_page(REFUSAL)
@require_safe
def gender_pdf(request):
    return _pdf(request, "gender")


@secretariat_page(REFUSAL)
@require_safe
def participation(request):
    return _page(request, "participation")


@secretariat_page(REFUSAL)
@require_safe
def participation_pdf(request):
    return _pdf(request, "participation")
