"""The secretariat types a session's times as the clock at the event shows them."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from plenaria.core.timezones import make_local
from plenaria.programme.models import Session


class SessionForm(forms.ModelForm):
    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    start_time = forms.TimeField(
        label=_("Start time"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    end_time = forms.TimeField(
        label=_("End time"),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        help_text=_("Local time at the event, in the event's time zone."),
    )

    class Meta:
        model = Session
        fields = [
            "event", "title", "description", "type", "track", "action_lines", "room",
            "format", "languages", "interpretation", "remote_link",
        ]  # fmt: skip

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            local = self.instance.local()
            self.initial.update(
                date=local.start.date(), start_time=local.start.time(), end_time=local.end.time()
            )

    def clean(self):
        data = super().clean()
        event, day = data.get("event"), data.get("date")
        if not (event and day and data.get("start_time") and data.get("end_time")):
            return data
        errors = {}
        for name in ("start_time", "end_time"):
            try:
                data[name.removesuffix("_time")] = make_local(day, data[name], event.timezone)
            except ValidationError as error:
                errors[name] = error
        if errors:
            raise ValidationError(errors)
        if data["end"] <= data["start"]:
            raise ValidationError({"end_time": _("The session must end after it starts.")})
        self.instance.start, self.instance.end = data["start"], data["end"]
        return data
