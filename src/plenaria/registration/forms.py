from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from plenaria.directory.models import Country, Organisation
from plenaria.registration.choices import Mode, UnLanguage
from plenaria.registration.models import Registration

PERSON_FIELDS = [
    "first_name",
    "last_name",
    "email",
    "gender",
    "year_of_birth",
    "nationality",
    "organisation",
    "capacity",
    "mode",
    "interpretation_language",
    "visa_requested",
    "passport_number",
    "passport_expiry",
    "accessibility_needs",
    "consent",
]
NOT_IN_DIRECTORY = _("This organisation is not in the directory.")


def _interpretation_choices(conf):
    offered = [
        (code, label) for code, label in UnLanguage.choices if code in conf.interpretation_languages
    ]
    return [("", _("No interpretation")), *offered]


class RegistrationForm(forms.ModelForm):
    """The public form; ``organisations`` narrows the choice (a focal point's own)."""

    class Meta:
        model = Registration
        fields = PERSON_FIELDS
        widgets = {
            "passport_expiry": forms.DateInput(attrs={"type": "date"}),
            "accessibility_needs": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, conf, organisations=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.conf = conf
        organisation = self.fields["organisation"]
        organisation.queryset = (
            organisations
            if organisations is not None
            else Organisation.objects.filter(is_active=True)
        )
        organisation.error_messages["invalid_choice"] = NOT_IN_DIRECTORY
        if organisations is not None:
            organisation.required = True
            organisation.error_messages["invalid_choice"] = _(
                "You may register delegates only for your own organisation."
            )
        self.fields["nationality"].queryset = Country.objects.all()
        self.fields["mode"].choices = [c for c in Mode.choices if c[0] in conf.allowed_modes]
        if conf.interpretation_languages:
            self.fields["interpretation_language"].choices = _interpretation_choices(conf)
        else:
            del self.fields["interpretation_language"]
        if not conf.visa_letters_offered:
            for name in ("visa_requested", "passport_number", "passport_expiry"):
                del self.fields[name]
        self.fields["consent"].required = True
        self.fields["consent"].label = _("I agree that my data is used to run this event.")

    def apply(self, error: ValidationError) -> None:
        """Show a service's refusal on the field it concerns, or above the form."""
        if hasattr(error, "error_dict"):
            for field, errors in error.error_dict.items():
                self.add_error(field if field in self.fields else None, errors)
        else:
            self.add_error(None, error)


class ChangeForm(forms.Form):
    mode = forms.ChoiceField(label=_("Attendance"))
    interpretation_language = forms.ChoiceField(label=_("Interpretation wanted"), required=False)

    def __init__(self, *args, conf, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["mode"].choices = [c for c in Mode.choices if c[0] in conf.allowed_modes]
        self.fields["interpretation_language"].choices = _interpretation_choices(conf)


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("approve", _("Approve")), ("reject", _("Reject"))])
    reason = forms.CharField(
        label=_("Reason (shown to the registrant)"), required=False, max_length=1000
    )
    registrations = forms.TypedMultipleChoiceField(coerce=int, required=False)

    def __init__(self, *args, choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["registrations"].choices = [(pk, pk) for pk in choices]
        self.fields["registrations"].error_messages["invalid_choice"] = _(
            "You may act only on the registrations of your own organisation."
        )

    def clean(self):
        data = super().clean()
        if data.get("decision") == "reject" and not data.get("reason", "").strip():
            self.add_error("reason", _("Give the reason for the rejection."))
        return data
