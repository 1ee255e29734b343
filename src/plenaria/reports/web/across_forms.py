"""The across page's choice: a period (from, to) or a set of announced events."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from plenaria.core.pickers import PickerSelectMultiple
from plenaria.reports.figures import editions

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
# Each event not yet summed is computed while the page waits: a bound keeps the page quick.
MOST_EVENTS = 60


class AcrossForm(forms.Form):
    start = forms.DateField(label=_("From"), required=False, widget=DATE)
    end = forms.DateField(label=_("To"), required=False, widget=DATE)
    events = forms.MultipleChoiceField(
        label=_("Or these events"),
        required=False,
        widget=PickerSelectMultiple,
        help_text=_("Type a few letters of an event's acronym or title to find it."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        listed = editions.announced().order_by("-start", "pk")
        choices, search = [], {}
        for event in listed:
            choices.append((event.slug, f"{event.acronym} — {event.title}"))
            search[event.slug] = " ".join(dict(event.title).values())
        self.fields["events"].choices = choices
        self.fields["events"].widget.search = search

    def clean(self):
        data = super().clean()
        start, end, chosen = data.get("start"), data.get("end"), data.get("events")
        if self.errors:
            return data
        if chosen and (start or end):
            raise ValidationError(_("Choose a period or a set of events, not both."))
        if chosen:
            data["found"] = editions.chosen(chosen)
        elif start and end:
            if end < start:
                raise ValidationError(_("The end of the period is before its start."))
            data["found"] = editions.of_period(start, end)
            if not data["found"]:
                raise ValidationError(_("No announced event opens in this period."))
        elif start or end:
            raise ValidationError(_("Give both the start and the end of the period."))
        else:
            raise ValidationError(_("Choose a period or at least one event."))
        if len(data["found"]) > MOST_EVENTS:
            raise ValidationError(
                _("This covers %(count)d events; choose at most %(most)d."),
                params={"count": len(data["found"]), "most": MOST_EVENTS},
            )
        return data
