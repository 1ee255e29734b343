from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import construct_instance
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from plenaria.core.pickers import PickerSelect
from plenaria.directory.models import Country, Organisation
from plenaria.directory.queries import country_choices, organisation_choices
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


class SharedChoicesField(forms.TypedChoiceField):
    """A choice field whose copies share its list of choices. Each form gets a copy of every
    field; the forms here replace a list of choices, never change one in place, and copying
    each label for every form costs a registration rush dearly."""

    def __deepcopy__(self, memo):
        return forms.Field.__deepcopy__(self, memo)


def _form_field(model_field, **kwargs):
    if model_field.choices:
        kwargs.setdefault("choices_form_class", SharedChoicesField)
    return model_field.formfield(**kwargs)


def _offer_by_name(field, listed, search):
    """A model choice field's choices in the given order, each with its search text."""
    field.widget.search = search
    empty = [("", field.empty_label)] if field.empty_label is not None else []
    field.choices = [*empty, *listed]


def _interpretation_choices(conf):
    offered = [
        (code, label) for code, label in UnLanguage.choices if code in conf.interpretation_languages
    ]
    return [("", _("No interpretation")), *offered]


class RegistrationForm(forms.ModelForm):
    """The public form; ``organisations`` narrows the choice (a focal point's own).

    The form reads what was typed; ``services.register`` checks the registration against the
    model's rules and the event's settings, once, and ``apply`` shows what it refuses.
    """

    class Meta:
        model = Registration
        fields = PERSON_FIELDS
        formfield_callback = _form_field
        widgets = {
            "passport_expiry": forms.DateInput(attrs={"type": "date"}),
            "accessibility_needs": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, conf, organisations=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.conf = conf
        if organisations is not None:
            organisation = self.fields["organisation"]
            organisation.queryset = organisations
            organisation.required = True
            organisation.error_messages["invalid_choice"] = _(
                "You may register delegates only for your own organisation."
            )
        self._sort_pickers()
        self.fields["mode"].choices = [c for c in Mode.choices if c[0] in conf.allowed_modes]
        if not conf.interpretation_languages:
            del self.fields["interpretation_language"]
        elif conf.interpretation_open():
            self.fields["interpretation_language"].choices = _interpretation_choices(conf)
        else:
            self._close_interpretation(conf)
        if not conf.visa_letters_offered:
            for name in ("visa_requested", "passport_number", "passport_expiry"):
                del self.fields[name]

    def _sort_pickers(self):
        """Countries and organisations by name in the reader's language, searchable by code."""
        _offer_by_name(self.fields["nationality"], *country_choices())
        organisation = self.fields["organisation"]
        _offer_by_name(organisation, *organisation_choices(organisation.queryset))

    def _close_interpretation(self, conf):
        """Past the deadline: keep what was chosen, offer nothing new, and say why."""
        field = self.fields["interpretation_language"]
        kept = self.instance.interpretation_language
        field.choices = [
            c for c in _interpretation_choices(conf) if c[0] == "" or (kept and c[0] == kept)
        ]
        field.disabled = True
        field.help_text = _("The deadline for interpretation requests (%(date)s) has passed.") % {
            "date": date_format(conf.interpretation_deadline)
        }

    def _post_clean(self):
        # Build the registration only; the service validates it (see the class's comment).
        try:
            self.instance = construct_instance(self, self.instance, self._meta.fields)
        except ValidationError as error:
            self._update_errors(error)

    def apply(self, error: ValidationError) -> None:
        """Show a service's refusal on the field it concerns, or above the form."""
        if hasattr(error, "error_dict"):
            for field, errors in error.error_dict.items():
                self.add_error(field if field in self.fields else None, errors)
        else:
            self.add_error(None, error)


# What every form starts from, set once rather than on each of a rush's thousands of forms.
_base = RegistrationForm.base_fields
_base["organisation"].queryset = Organisation.objects.filter(is_active=True)
_base["organisation"].error_messages["invalid_choice"] = NOT_IN_DIRECTORY
_base["nationality"].queryset = Country.objects.all()
for _name in ("nationality", "organisation"):
    _base[_name].widget = PickerSelect()
    _base[_name].widget.is_required = _base[_name].required
_base["consent"].required = True
_base["consent"].label = _("I agree that my data is used to run this event.")


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


class CorrectionForm(forms.ModelForm):
    """The secretariat corrects a person's details (``desk_actions.correct_details``)."""

    class Meta:
        model = Registration
        fields = ["first_name", "last_name", "email", "gender", "year_of_birth", "nationality"]
        widgets = {"nationality": PickerSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _offer_by_name(self.fields["nationality"], *country_choices())

    def _post_clean(self):
        # The service validates and saves; nothing is written to the instance here.
        pass


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (shown to the registrant)"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Give the reason for the rejection.")},
    )


class BulkForm(forms.Form):
    """A decision on the registrations ticked in the secretariat's list."""

    action = forms.ChoiceField(
        choices=[("approve", _("Approve")), ("reject", _("Reject")), ("cancel", _("Cancel"))]
    )
    registrations = forms.TypedMultipleChoiceField(coerce=int, choices=[])
    reason = forms.CharField(
        label=_("Reason (shown to the registrant)"), required=False, max_length=1000
    )

    def __init__(self, *args, choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        registrations = self.fields["registrations"]
        registrations.choices = [(pk, pk) for pk in choices]
        registrations.error_messages["required"] = _("Tick at least one registration.")
        registrations.error_messages["invalid_choice"] = _(
            "A registration ticked is not one of this event's."
        )

    def clean(self):
        data = super().clean()
        if data.get("action") == "reject" and not data.get("reason", "").strip():
            self.add_error("reason", _("Give the reason for the rejection."))
        return data
