from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from plenaria.core.timezones import timezone_choices
from plenaria.events.forms import EventForm


class LetterForm(forms.Form):
    file = forms.FileField(label=_("Letter file (.txt, .md or .pdf)"), required=False)
    text = forms.CharField(
        label=_("…or paste its text"), required=False, widget=forms.Textarea(attrs={"rows": 12})
    )

    def clean(self):
        data = super().clean()
        if not data.get("file") and not (data.get("text") or "").strip():
            raise forms.ValidationError(_("Give a file or paste the letter's text."))
        upload = data.get("file")
        if upload and upload.size > settings.PLENARIA_INTAKE_MAX_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(limit)d KB.")
                % {"limit": settings.PLENARIA_INTAKE_MAX_BYTES // 1024}
            )
        return data


class ReviewedEventForm(EventForm):
    """The draft event as the person corrected it; the letter's text travels with it."""

    letter_text = forms.CharField(widget=forms.HiddenInput)
    event_index = forms.IntegerField(widget=forms.HiddenInput, min_value=0, initial=0)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A zone the letter does not state must be chosen, not defaulted.
        self.fields["timezone"].choices = [("", "—"), *timezone_choices()]
        self.fields["timezone"].initial = None
        self.fields["status"].disabled = True
        self.fields["status"].initial = "draft"
