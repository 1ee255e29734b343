"""The public open-data pages: the list, an event's aggregate figures and a series' edition
by edition, each as a page, a CSV file and a JSON document. Read from the snapshots."""

from django.db.models import Count, Exists, OuterRef, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, render

from plenaria.events.choices import PUBLIC_STATUSES
from plenaria.events.models import Series
from plenaria.registration.models import Registration
from plenaria.reports.figures import editions, snapshots
from plenaria.reports.open_data.documents import event_document, publication, tables
from plenaria.reports.open_data.formats import as_csv, as_json
from plenaria.reports.web.across_views import series_named

ANSWERS = {"csv": as_csv, "json": as_json}


def _answer(request, request_format, found: dict, stem: str, template: str, context: dict):
    """The page, or the file when one is asked for (``data.<format>`` or ``?format=``)."""
    file_format = request_format or request.GET.get("format") or None
    if file_format is None:
        shown = [{**document, "tables": tables(document)} for document in found["events"]]
        return render(request, template, {**context, "publication": found, "documents": shown})
    if file_format not in ANSWERS:
        raise Http404
    return ANSWERS[file_format](found, stem)


def index(request):
    registered = Registration.objects.filter(event=OuterRef("pk"))
    events = editions.announced().filter(Exists(registered)).order_by("-start", "pk")
    series = Series.objects.annotate(
        editions=Count("events", filter=Q(events__status__in=PUBLIC_STATUSES))
    ).filter(editions__gt=0)
    return render(request, "reports/open_data/index.html", {"events": events, "series": series})


def event(request, slug, file_format=None):
    found = get_object_or_404(editions.announced(), slug=slug)
    document = event_document(found, snapshots.figures(found))
    context = {"event": found}
    return _answer(
        request,
        file_format,
        publication([document]),
        found.slug,
        "reports/open_data/event.html",
        context,
    )


def series(request, acronym, file_format=None):
    found = series_named(acronym)
    listed = editions.editions(found)
    figures = snapshots.figures_of(listed)
    documents = [event_document(edition, figures[edition.pk]) for edition in listed]
    context = {"series": found}
    return _answer(
        request,
        file_format,
        publication(documents),
        found.acronym,
        "reports/open_data/series.html",
        context,
    )
