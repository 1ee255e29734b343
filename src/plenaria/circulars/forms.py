"""Forms of the secretariat's letter desk; saving is left to the services."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from plenaria.circulars.choices import PUBLIC_STATUSES, AddresseeCategory
from plenaria.circulars.dispatch import Selection
from plenaria.circulars.models import Annex, Letter, LetterRelation, LetterVersion, Signatory
from plenaria.directory.choices import ItuRegion
from plenaria.directory.models import Contact, Grouping, Organisation
from plenaria.events.models import Event

MAX_PASTED_ADDRESSES = 1000
SEPARATORS = re.compile(r"[\s,;]+")


def _checkboxes(choices, label, help_text=""):
    return forms.MultipleChoiceField(
        label=label,
        choices=choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=help_text,
    )


class LetterForm(forms.ModelForm):
    categories = _checkboxes(AddresseeCategory.choices, _("Addressee categories"))
    regions = _checkboxes(
        ItuRegion.choices, _("ITU regions"), _("Only addressees in these regions; none for all.")
    )
    groupings = forms.ModelMultipleChoiceField(
        label=_("Groupings"),
        queryset=Grouping.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    events = forms.ModelMultipleChoiceField(
        label=_("Events concerned"), queryset=Event.objects.all(), required=False
    )

    class Meta:
        model = Letter
        fields = [
            "office",
            "series",
            "reference_suffix",
            "date",
            "place",
            "contact_name",
            "contact_phone",
            "contact_fax",
            "contact_email",
            "regions",
        ]
        widgets = {"date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            letter = self.instance
            self.initial["categories"] = list(letter.addressees.values_list("category", flat=True))
            self.initial["groupings"] = list(letter.groupings.values_list("pk", flat=True))
            self.initial["events"] = list(letter.events.values_list("pk", flat=True))


class VersionForm(forms.ModelForm):
    class Meta:
        model = LetterVersion
        fields = ["language", "subject", "addressee_text", "salutation", "body", "closing"]
        widgets = {
            "subject": forms.Textarea(attrs={"rows": 2}),
            "addressee_text": forms.Textarea(attrs={"rows": 3}),
            "body": forms.Textarea(attrs={"rows": 16}),
            "closing": forms.Textarea(attrs={"rows": 2}),
        }


class AnnexForm(forms.ModelForm):
    class Meta:
        model = Annex
        fields = ["version", "order", "title", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 16})}

    def __init__(self, *args, letter: Letter, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["version"].queryset = letter.versions.all()


class SignatoryForm(forms.ModelForm):
    class Meta:
        model = Signatory
        fields = ["order", "name", "position", "organisation", "signed_note"]


class RelationForm(forms.ModelForm):
    class Meta:
        model = LetterRelation
        fields = ["kind", "target", "target_reference"]

    def __init__(self, *args, letter: Letter, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = Letter.objects.filter(status__in=PUBLIC_STATUSES).exclude(
            pk=letter.pk
        )


PART_FORMS = {
    "version": VersionForm,
    "annex": AnnexForm,
    "signatory": SignatoryForm,
    "relation": RelationForm,
}


class DispatchForm(forms.Form):
    """Who receives an issued letter: categories and a hand-made list, in any mix."""

    categories = _checkboxes(AddresseeCategory.choices, _("Addressee categories"))
    regions = _checkboxes(
        ItuRegion.choices,
        _("ITU regions"),
        _("Narrows the categories to these regions; none for all."),
    )
    groupings = forms.ModelMultipleChoiceField(
        label=_("Groupings"),
        queryset=Grouping.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Narrows the categories to these groupings; none for all."),
    )
    organisations = forms.ModelMultipleChoiceField(
        label=_("Every contact of these organisations"),
        queryset=Organisation.objects.filter(is_active=True),
        required=False,
    )
    contacts = forms.ModelMultipleChoiceField(
        label=_("These contacts"),
        queryset=Contact.objects.filter(is_active=True, organisation__is_active=True)
        .exclude(email="")
        .select_related("organisation"),
        required=False,
    )
    emails = forms.CharField(
        label=_("E-mail addresses of contacts"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=100_000,
        help_text=_(
            "Separated by spaces, commas or new lines. Only addresses of contacts in the "
            "directory receive the letter; the others are listed before sending."
        ),
    )

    def clean_emails(self) -> list[str]:
        addresses = [a for a in SEPARATORS.split(self.cleaned_data["emails"]) if a]
        if len(addresses) > MAX_PASTED_ADDRESSES:
            raise ValidationError(
                _("At most %(max)d addresses at a time."), params={"max": MAX_PASTED_ADDRESSES}
            )
        malformed = []
        for address in addresses:
            try:
                validate_email(address)
            except ValidationError:
                malformed.append(address)
        if malformed:
            raise ValidationError(
                ngettext(
                    "This is not an e-mail address: %(list)s.",
                    "These are not e-mail addresses: %(list)s.",
                    len(malformed),
                )
                % {"list": ", ".join(malformed[:20])}
            )
        return addresses

    def clean(self):
        data = super().clean()
        if not any(
            data.get(name) for name in ("categories", "organisations", "contacts", "emails")
        ):
            raise ValidationError(
                _("Choose addressee categories, organisations, contacts or addresses.")
            )
        return data

    def selection(self) -> Selection:
        data = self.cleaned_data
        return Selection(
            categories=data["categories"],
            regions=data["regions"],
            groupings=[g.pk for g in data["groupings"]],
            organisations=[o.pk for o in data["organisations"]],
            contacts=[c.pk for c in data["contacts"]],
            emails=data["emails"],
        )
