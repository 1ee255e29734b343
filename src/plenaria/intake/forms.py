from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from plenaria.circulars.choices import AddresseeCategory
from plenaria.circulars.models import Letter, NumberingSeries
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


class ReviewedLetterForm(forms.ModelForm):
    """The draft circular letter as the person corrected it. The body, signatories, annexes
    and references to earlier letters are taken from the letter's text when it is saved."""

    language = forms.ChoiceField(label=_("Language of the letter"), choices=settings.LANGUAGES)
    reference = forms.CharField(
        label=_("Reference given by its issuer"),
        max_length=80,
        required=False,
        help_text=_("Recorded on the draft; the letter is numbered again only if it is issued."),
    )
    subject = forms.CharField(label=_("Subject"), max_length=500)
    salutation = forms.CharField(label=_("Salutation"), max_length=120)
    closing = forms.CharField(
        label=_("Closing"), max_length=500, widget=forms.Textarea(attrs={"rows": 2})
    )
    addressees = forms.MultipleChoiceField(
        label=_("Addressees"),
        choices=AddresseeCategory.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Letter
        fields = [
            "office",
            "series",
            "date",
            "contact_name",
            "contact_phone",
            "contact_fax",
            "contact_email",
        ]
        widgets = {"date": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("prefix", "letter")
        super().__init__(*args, **kwargs)
        self.fields["series"].queryset = NumberingSeries.objects.select_related("office")
        self.fields["office"].help_text = _(
            "Choose it when the letter's office was not recognised."
        )

    def clean_reference(self):
        reference = " ".join(self.cleaned_data["reference"].split())
        if reference and Letter.objects.filter(reference__iexact=reference).exists():
            raise forms.ValidationError(
                _("Plenaria already holds a letter %(reference)s; this one is not read twice.")
                % {"reference": reference}
            )
        return reference
