"""Forms that let the secretariat type an event's times as the venue's clock shows them."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from plenaria.core.pickers import PickerSelect
from plenaria.core.timezones import make_local, timezone_choices
from plenaria.events.models import Event

START_OF_DAY = datetime.time(0, 0)
END_OF_DAY = datetime.time(23, 59)


class EventForm(forms.ModelForm):
    timezone = forms.ChoiceField(
        label=_("Time zone"),
        choices=timezone_choices,
        initial="Europe/Zurich",
        widget=PickerSelect,
    )
    start_date = forms.DateField(
        label=_("Start date"), widget=forms.DateInput(attrs={"type": "date"})
    )
    start_time = forms.TimeField(
        label=_("Start time"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )
    end_date = forms.DateField(label=_("End date"), widget=forms.DateInput(attrs={"type": "date"}))
    end_time = forms.TimeField(
        label=_("End time"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )

    class Meta:
        model = Event
        fields = [
            "series",
            "title",
            "acronym",
            "theme",
            "kind",
            "format",
            "status",
            "timezone",
            "times_announced",
            "venue",
            "room",
            "contact_email",
            "website",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            local = self.instance.local
            self.initial.update(
                start_date=local.start.date(),
                start_time=local.start.time(),
                end_date=local.end.date(),
                end_time=local.end.time(),
            )
            stored = self.instance.timezone
            if stored and stored not in dict(timezone_choices()):
                # An event stored under an old zone name keeps it until someone picks another.
                self.fields["timezone"].choices = [(stored, stored), *timezone_choices()]

    def clean(self):
        data = super().clean()
        zone = data.get("timezone")
        if not (zone and data.get("start_date") and data.get("end_date")):
            return data
        announced = data.get("times_announced")
        start_time = data.get("start_time") or (None if announced else START_OF_DAY)
        end_time = data.get("end_time") or (None if announced else END_OF_DAY)
        if announced and (start_time is None or end_time is None):
            raise ValidationError(_("Give the start and end times, or untick “times announced”."))
        errors = {}
        for name, day, clock in (
            ("start_time", data["start_date"], start_time),
            ("end_time", data["end_date"], end_time),
        ):
            try:
                data[name.replace("_time", "")] = make_local(day, clock, zone)
            except ValidationError as error:
                errors[name] = error
        if errors:
            raise ValidationError(errors)
        if data["end"] <= data["start"]:
            raise ValidationError({"end_date": _("The event must end after it starts.")})
        self.instance.start, self.instance.end = data["start"], data["end"]
        return data
