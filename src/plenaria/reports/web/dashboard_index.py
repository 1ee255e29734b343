"""The reports' first page: the events whose dashboard the reader may open, newest first,
with a type-ahead picker to find one in a long list."""

from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy

from plenaria.core.pagination import page_of
from plenaria.core.pickers import PickerSelect
from plenaria.core.roles import is_secretariat
from plenaria.directory.queries import organisations_of
from plenaria.reports.web.dashboard_access import delegated, with_registrations

PER_PAGE = 50


class EventPicker(forms.Form):
    event = forms.ChoiceField(
        label=gettext_lazy("Find an event"),
        error_messages={"invalid_choice": gettext_lazy("No event of this list has that address.")},
    )

    def __init__(self, events, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(event.slug, f"{event.acronym} — {event.title}") for event in events]
        search = {event.slug: f"{event.slug} {event.start:%Y}" for event in events}
        field = self.fields["event"]
        field.choices = [("", "—"), *choices]
        field.widget = PickerSelect(choices=field.choices, search=search)


@login_required
def index(request):
    secretariat = is_secretariat(request.user)
    # A focal point finds the events of their delegations; someone else, an empty page saying why.
    found = with_registrations() if secretariat else delegated(organisations_of(request.user))
    events = list(found.order_by("-start", "-pk"))
    picker = EventPicker(events, request.GET if "event" in request.GET else None)
    if picker.is_bound and picker.is_valid():
        return redirect("reports:event", slug=picker.cleaned_data["event"])
    return render(
        request,
        "reports/index.html",
        {
            "picker": picker,
            "page": page_of(events, PER_PAGE, request.GET.get("page")),
            "secretariat": secretariat,
        },
    )
