"""The pledger's form: what ``submission.save_draft`` and ``update_draft`` take.

The form shapes the input (dates, numbers, lists); the services check it as a whole, and
their refusals are shown beside the fields they name (``show_refusal``)."""

import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from plenaria.contributions.choices import PledgeType
from plenaria.contributions.models import BeneficiaryGroup, Campaign, FocusArea, Pillar, Sdg
from plenaria.core.fields import TranslatedTextFormField
from plenaria.core.pickers import PickerSelectMultiple
from plenaria.directory.choices import ItuRegion
from plenaria.directory.models import Country, Organisation
from plenaria.directory.queries import country_choices, organisation_choices

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _checkboxes(queryset, label, **kwargs):
    return forms.ModelMultipleChoiceField(
        queryset=queryset,
        label=label,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        **kwargs,
    )


class PledgeForm(forms.Form):
    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.none(), label=_("Pledging organisation")
    )
    title = TranslatedTextFormField(label=_("Title"), max_length=300)
    description = TranslatedTextFormField(label=_("Description"), max_length=10000, multiline=True)
    pledge_type = forms.ChoiceField(
        label=_("Type"), choices=PledgeType.choices, widget=forms.RadioSelect
    )
    focus_areas = _checkboxes(FocusArea.objects.all(), _("Focus areas"))
    pillars = _checkboxes(Pillar.objects.select_related("focus_area"), _("Pillars"))
    is_global = forms.BooleanField(label=_("Global"), required=False)
    countries = forms.ModelMultipleChoiceField(
        queryset=Country.objects.all(),
        label=_("Countries of implementation"),
        required=False,
        widget=PickerSelectMultiple,
    )
    regions = forms.MultipleChoiceField(
        label=_("Regions of implementation"),
        choices=ItuRegion.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    beneficiaries = _checkboxes(BeneficiaryGroup.objects.all(), _("Beneficiary groups"))
    sdgs = _checkboxes(Sdg.objects.all(), _("Sustainable Development Goals"))
    amount = forms.DecimalField(
        label=_("Estimated value"),
        required=False,
        max_digits=18,
        decimal_places=2,
        help_text=_("Converted to US dollars at the rate of the year the pledge starts."),
    )
    currency = forms.CharField(
        label=_("Currency"),
        required=False,
        max_length=3,
        help_text=_("Its three-letter code, e.g. USD, EUR, CHF."),
    )
    starts_on = forms.DateField(label=_("Start"), widget=DATE)
    target_on = forms.DateField(label=_("Target date"), required=False, widget=DATE)
    partners = forms.ModelMultipleChoiceField(
        queryset=Organisation.objects.filter(is_active=True),
        label=_("Partners"),
        required=False,
        widget=PickerSelectMultiple,
    )
    contact_name = forms.CharField(label=_("Public contact"), required=False, max_length=200)
    contact_email = forms.EmailField(label=_("Public contact's e-mail"), required=False)
    campaign = forms.ModelChoiceField(
        queryset=Campaign.objects.all(),
        label=_("Campaign or event where it is announced"),
        required=False,
    )
    # A form sent without its key (or with a spoilt one) still saves, without the guard.
    submission_key = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, organisations=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["submission_key"].initial = str(uuid.uuid4())
        if organisations is None:  # an existing pledge keeps its organisation
            del self.fields["organisation"]
        else:
            self.fields["organisation"].queryset = organisations
            self.fields["organisation"].empty_label = None
        self.fields["countries"].choices, self.fields["countries"].widget.search = country_choices()
        partners = self.fields["partners"]
        partners.choices, partners.widget.search = organisation_choices(partners.queryset)
        # Pillars under their focus area, as the coalition presents them.
        grouped: dict = {}
        for pillar in self.fields["pillars"].queryset:
            grouped.setdefault(str(pillar.focus_area), []).append((pillar.pk, str(pillar)))
        self.fields["pillars"].widget.choices = list(grouped.items())

    def clean_currency(self) -> str:
        return self.cleaned_data["currency"].strip().upper()

    def clean_amount(self):
        amount = self.cleaned_data["amount"]
        if amount is not None and amount < 0:
            raise ValidationError(_("The estimated value cannot be negative."))
        return amount

    def clean(self):
        # Said here too, so that it shows with the form's other refusals at once.
        data = super().clean()
        starts_on, target_on = data.get("starts_on"), data.get("target_on")
        if starts_on and target_on and target_on < starts_on:
            self.add_error("target_on", _("The target date cannot come before the start."))
        return data

    def show_refusal(self, error: ValidationError) -> None:
        """Put a service's refusal beside the fields it names, the rest above the form."""
        if not hasattr(error, "error_dict"):
            self.add_error(None, error)
            return
        for name, messages in error.message_dict.items():
            self.add_error(name if name in self.fields else None, messages)


class CommentForm(forms.Form):
    """What the secretariat writes when it returns or declines a pledge."""

    text = forms.CharField(
        label=_("Comments for the pledger"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=5000,
    )
