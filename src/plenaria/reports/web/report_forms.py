"""The choice of what a membership report covers: one announced event, or the announced
events opening in a period (``from`` and ``to``, both days included)."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from plenaria.core.pickers import PickerSelect
from plenaria.events.models import Event
from plenaria.reports.figures import editions

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
FIELDS = ("event", "from", "to")
# An event without figures yet is computed while the page waits: a bound keeps it quick.
MOST_EVENTS = 100


class ReportChoiceForm(forms.Form):
    event = forms.CharField(
        label=_("One event"),
        required=False,
        max_length=Event._meta.get_field("slug").max_length,
        widget=PickerSelect,
        help_text=_("Type a few letters of an event's acronym or title to find it."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # "from" is a Python keyword: these two fields are named here rather than above.
        self.fields["from"] = forms.DateField(label=_("From"), required=False, widget=DATE)
        self.fields["to"] = forms.DateField(label=_("To"), required=False, widget=DATE)
        listed = list(editions.announced().order_by("-start", "pk"))
        widget = self.fields["event"].widget
        widget.choices = [("", _("— or a period below —"))] + [
            (event.slug, f"{event.acronym} — {event.title}") for event in listed
        ]
        widget.search = {event.slug: " ".join(dict(event.title).values()) for event in listed}

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        slug, start, end = data.get("event"), data.get("from"), data.get("to")
        data["period"] = None
        if slug and (start or end):
            raise ValidationError(_("Choose one event or a period, not both."))
        if slug:
            data["events"] = editions.chosen([slug])
            if not data["events"]:
                raise ValidationError(_("There is no announced event at this address."))
        elif start and end:
            if end < start:
                raise ValidationError(_("The end of the period is before its start."))
            data["events"] = editions.of_period(start, end)
            data["period"] = (start, end)
            if not data["events"]:
                raise ValidationError(_("No announced event opens in this period."))
        elif start or end:
            raise ValidationError(_("Give both the first and the last day of the period."))
        else:
            raise ValidationError(_("Choose an event, or the first and last day of a period."))
        if len(data["events"]) > MOST_EVENTS:
            raise ValidationError(
                _("This period covers %(count)d events; choose one of at most %(most)d."),
                params={"count": len(data["events"]), "most": MOST_EVENTS},
            )
        return data
