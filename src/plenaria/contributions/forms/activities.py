"""The submitter's forms: an activity (what ``submission.save_draft`` and ``update`` take),
the upload of a filled spreadsheet, and the secretariat's comment and merge forms.

The form shapes the input (dates, times, lists); the services check it as a whole against
the call, and their refusals are shown beside the fields they name (``show_refusal``)."""

import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from plenaria.contributions.activities.places import cities_of
from plenaria.contributions.activities.validation import ACTIVITY_LANGUAGES
from plenaria.contributions.choices import ActivityKind, Audience
from plenaria.core.fields import TranslatedTextFormField
from plenaria.core.pickers import PickerSelect, PickerSelectMultiple
from plenaria.core.timezones import timezone_choices
from plenaria.directory.models import Country, Organisation
from plenaria.directory.queries import country_choices, organisation_choices

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TIME = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")


def _zone_choices():
    return [("", _("From the city (or the country's only zone)")), *timezone_choices()]


def _language_choices():
    return sorted(((code, str(name)) for code, name in ACTIVITY_LANGUAGES.items()),
                  key=lambda item: item[1])  # fmt: skip


class ShowsRefusals:
    def show_refusal(self, error: ValidationError) -> None:
        """Put a service's refusal beside the fields it names, the rest above the form."""
        if not hasattr(error, "error_dict"):
            self.add_error(None, error)
            return
        for name, messages in error.message_dict.items():
            self.add_error(name if name in self.fields else None, messages)


class ActivityForm(ShowsRefusals, forms.Form):
    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.none(),
        label=_("Organiser from the directory"),
        required=False,
        help_text=_("An organisation you act for."),
    )
    organiser_name = forms.CharField(
        label=_("Organiser (if not in the directory)"), required=False, max_length=300
    )
    co_organisers = forms.ModelMultipleChoiceField(
        queryset=Organisation.objects.filter(is_active=True),
        label=_("Co-organisers"),
        required=False,
        widget=PickerSelectMultiple,
    )
    title = TranslatedTextFormField(label=_("Title"), max_length=300)
    description = TranslatedTextFormField(label=_("Description"), max_length=10000, multiline=True)
    kind = forms.ChoiceField(
        label=_("Kind"), choices=ActivityKind.choices, widget=forms.RadioSelect
    )
    country = forms.ChoiceField(label=_("Country"), widget=PickerSelect)
    city = forms.CharField(
        label=_("City"),
        required=False,
        max_length=200,
        help_text=_("As it is usually written, in any language; leave empty for online only."),
        widget=forms.TextInput(attrs={"list": "activity-cities", "autocomplete": "off"}),
    )
    online = forms.BooleanField(label=_("Online"), required=False)
    starts_on = forms.DateField(label=_("Start date"), widget=DATE)
    start_time = forms.TimeField(label=_("Start time"), required=False, widget=TIME)
    ends_on = forms.DateField(
        label=_("End date"), required=False, widget=DATE, help_text=_("Empty: the same day.")
    )
    end_time = forms.TimeField(label=_("End time"), required=False, widget=TIME)
    timezone = forms.ChoiceField(label=_("Time zone"), required=False)
    languages = forms.MultipleChoiceField(
        label=_("Languages"), required=False, widget=PickerSelectMultiple
    )
    audiences = forms.MultipleChoiceField(
        label=_("Audience"),
        choices=Audience.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    expected_participants = forms.IntegerField(
        label=_("Expected participants"), required=False, min_value=0
    )
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    contact_name = forms.CharField(label=_("Contact"), required=False, max_length=200)
    contact_email = forms.EmailField(label=_("Contact's e-mail"), required=False)
    contact_phone = forms.CharField(label=_("Contact's telephone"), required=False, max_length=40)
    contact_public = forms.BooleanField(label=_("Show the contact publicly"), required=False)
    image = forms.FileField(
        label=_("Image or poster"),
        required=False,
        help_text=_("JPEG, PNG, GIF or WebP; made at most 1600 pixels wide, its metadata removed."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/*"}),
    )
    submission_key = forms.UUIDField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, organisations=None, kinds=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["submission_key"].initial = uuid.uuid4()
        if organisations is not None and organisations.exists():
            self.fields["organisation"].queryset = organisations
        else:  # acting for no organisation: the organiser is named in words
            del self.fields["organisation"]
        if kinds:
            self.fields["kind"].choices = [c for c in ActivityKind.choices if c[0] in kinds]
        country = self.fields["country"]
        country.choices, country.widget.search = country_choices(
            Country.objects.values_list("code", flat=True)
        )
        country.choices = [("", "—"), *country.choices]
        self.fields["timezone"].choices = _zone_choices()
        self.fields["languages"].choices = _language_choices()
        co = self.fields["co_organisers"]
        co.choices, co.widget.search = organisation_choices(co.queryset)

    def suggested_cities(self) -> list[str]:
        """The cities of the country chosen so far (the page's script follows a new choice)."""
        code = str(self["country"].value() or "")
        return [city.name for city in cities_of(code)] if len(code) == 2 else []

    def clean(self):
        # Said here too, so that it shows with the form's other refusals at once.
        data = super().clean()
        starts_on, ends_on = data.get("starts_on"), data.get("ends_on")
        if starts_on and ends_on and ends_on < starts_on:
            self.add_error("ends_on", _("The activity cannot end before it starts."))
        return data


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Filled spreadsheet (.xlsx)"),
        widget=forms.ClearableFileInput(
            attrs={
                "accept": ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
        ),
    )
    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.none(),
        label=_("Organiser of every row"),
        required=False,
        help_text=_("Empty: each row names its organiser in the “Organiser” column."),
    )
    submit = forms.BooleanField(
        label=_("Submit them to the secretariat at once (otherwise they are saved as drafts)"),
        required=False,
    )

    def __init__(self, *args, organisations=None, **kwargs):
        super().__init__(*args, **kwargs)
        if organisations is not None:
            self.fields["organisation"].queryset = organisations


class CommentForm(forms.Form):
    """What the secretariat writes when it returns or declines an activity."""

    text = forms.CharField(
        label=_("Comments for the submitter"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=5000,
    )


class CandidateChoice(forms.ModelChoiceField):
    def label_from_instance(self, activity) -> str:
        return f"#{activity.pk} {activity.title.in_language()} — {activity.organiser}, " + (
            f"{activity.city or _('online')}, {formats.date_format(activity.starts_at, 'DATE_FORMAT')}"
        )


class MergeForm(ShowsRefusals, forms.Form):
    into = CandidateChoice(
        queryset=None,
        label=_("The activity it repeats"),
        help_text=_("Activities of the same call and country, submitted or approved."),
    )
    text = forms.CharField(
        label=_("Note for the submitter (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=4000,
    )

    def __init__(self, *args, candidates, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["into"].queryset = candidates
