"""Forms of the secretariat's letter desk; saving is left to the services."""

import re

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import translation
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from plenaria.circulars import queries
from plenaria.circulars.choices import PUBLIC_STATUSES, AddresseeCategory
from plenaria.circulars.dispatch import Selection
from plenaria.circulars.markup import validate_markdown
from plenaria.circulars.models import Annex, Letter, LetterRelation, LetterVersion, Signatory
from plenaria.core.pickers import PickerSelectMultiple
from plenaria.directory.choices import ItuRegion
from plenaria.directory.models import Contact, Grouping, Organisation
from plenaria.directory.queries import contact_choices, organisation_choices
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
        # The numbering pattern is never shown: the number the next letter would take is.
        examples = queries.next_numbers()
        self.fields["series"].label_from_instance = lambda series: (
            gettext("%(series)s (next number: %(example)s)")
            % {"series": series, "example": examples.get(series.pk, "")}
        )
        if self.instance.pk:
            letter = self.instance
            self.initial["categories"] = list(letter.addressees.values_list("category", flat=True))
            self.initial["groupings"] = list(letter.groupings.values_list("pk", flat=True))
            self.initial["events"] = list(letter.events.values_list("pk", flat=True))


def _body_widget():
    # data-preview: the static script shows the rendered Markdown beside the text area.
    return forms.Textarea(attrs={"rows": 16, "data-preview": "markdown-preview"})


class NewLetterForm(LetterForm):
    """A new letter opens with its first language version: subject, salutation, body and
    closing, written on the same page."""

    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES, required=False)
    subject = forms.CharField(
        label=_("Subject"), max_length=500, required=False, widget=forms.Textarea({"rows": 2})
    )
    salutation = forms.CharField(
        label=_("Salutation"), max_length=120, required=False, initial=_("Dear Sir/Madam,")
    )
    body = forms.CharField(
        label=_("Body (Markdown)"),
        required=False,
        max_length=200_000,
        widget=_body_widget(),
        validators=[validate_markdown],
        help_text=_("**bold**, *italic*, lists with “-” or “1.”; the preview shows the result."),
    )
    closing = forms.CharField(
        label=_("Closing"),
        max_length=500,
        required=False,
        initial=_("Please accept, Sir/Madam, the assurances of my highest consideration."),
        widget=forms.Textarea({"rows": 2}),
    )
    version_fields = ("language", "subject", "salutation", "body", "closing")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial.setdefault("language", (translation.get_language() or "en").split("-")[0])

    def clean(self):
        data = super().clean()
        if (data.get("subject") or "").strip() or (data.get("body") or "").strip():
            for name in ("subject", "salutation", "body", "closing"):
                if name in data and not data[name].strip():
                    self.add_error(name, _("Write the subject, salutation, body and closing."))
        return data

    def version(self) -> LetterVersion | None:
        """The first language version, unsaved, or None if nothing of it was written."""
        data = self.cleaned_data
        if not (data["subject"].strip() or data["body"].strip()):
            return None
        values = {name: data[name] for name in self.version_fields}
        values["language"] = values["language"] or self.initial["language"]
        return LetterVersion(**values)


class VersionForm(forms.ModelForm):
    class Meta:
        model = LetterVersion
        fields = ["language", "subject", "addressee_text", "salutation", "body", "closing"]
        widgets = {
            "subject": forms.Textarea(attrs={"rows": 2}),
            "addressee_text": forms.Textarea(attrs={"rows": 3}),
            "body": _body_widget(),
            "closing": forms.Textarea(attrs={"rows": 2}),
        }


class AnnexForm(forms.ModelForm):
    class Meta:
        model = Annex
        fields = ["version", "order", "title", "body"]
        widgets = {"body": _body_widget()}

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
        widget=PickerSelectMultiple,
    )
    contacts = forms.ModelMultipleChoiceField(
        label=_("These contacts"),
        queryset=Contact.objects.filter(is_active=True, organisation__is_active=True)
        .exclude(email="")
        .select_related("organisation"),
        required=False,
        widget=PickerSelectMultiple,
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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Sorted by name in the reader's language, each searchable by acronym or address.
        for name, listed_with in (
            ("organisations", organisation_choices),
            ("contacts", contact_choices),
        ):
            field = self.fields[name]
            field.choices, field.widget.search = listed_with(field.queryset)

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
