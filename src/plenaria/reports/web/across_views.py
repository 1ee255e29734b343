"""The secretariat's pages across events: the list of series, a series over its editions, and
the figures of a period or a chosen set of events. Figures come from the events' snapshots."""

from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext_lazy

from plenaria.core.charts.export import asked, page_query
from plenaria.core.roles import secretariat_page
from plenaria.events.choices import PUBLIC_STATUSES
from plenaria.events.models import Series
from plenaria.reports.figures import across, editions
from plenaria.reports.web.across_charts import charts
from plenaria.reports.web.across_forms import AcrossForm

REFUSAL = gettext_lazy("Only the secretariat reads the reports across events.")
FORM_FIELDS = ("start", "end", "events")


def series_named(acronym: str) -> Series:
    """The series with this acronym; an impossible one (too long, a control character or a lone
    surrogate, which the database would refuse) is not found."""
    too_long = len(acronym) > Series._meta.get_field("acronym").max_length
    if too_long or "\x00" in acronym or not acronym.isprintable():
        raise Http404
    try:
        return Series.objects.get(acronym=acronym)
    except Series.DoesNotExist:
        raise Http404 from None


def _figures(request, events, stem: str) -> dict:
    """The context of the figures over ``events``; or, when the page is asked for one of its
    charts as a file, that file (under the key ``download``)."""
    found, present = across.compare(events)
    drawn = charts(found)
    if (response := asked(request, drawn, stem)) is not None:
        return {"download": response}
    query = page_query(request)
    return {
        "editions": found,
        "charts": drawn,
        "absent": across.absent_member_states(present),
        "export_url": f"{request.path}?{query}" if query else request.path,
    }


@secretariat_page(REFUSAL)
def series_list(request):
    announced = Q(events__status__in=PUBLIC_STATUSES)
    listed = Series.objects.annotate(editions=Count("events", filter=announced))
    return render(request, "reports/series_list.html", {"series_list": listed})


@secretariat_page(REFUSAL)
def series(request, acronym):
    found = series_named(acronym)
    context = _figures(request, editions.editions(found), found.acronym)
    if "download" in context:
        return context["download"]
    return render(request, "reports/series.html", {"series": found, **context})


@secretariat_page(REFUSAL)
def across_events(request):
    bound = any(key in request.GET for key in FORM_FIELDS)
    form = AcrossForm(request.GET if bound else None)
    context = {"form": form}
    if bound and form.is_valid():
        context.update(_figures(request, form.cleaned_data["found"], "across"))
        if "download" in context:
            return context["download"]
    return render(request, "reports/across.html", context)
