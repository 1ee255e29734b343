"""A new entity's sign-up to pledge (see ``pledges.signup``)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from plenaria.core.pickers import PickerSelect
from plenaria.directory.choices import StakeholderType
from plenaria.directory.queries import country_choices


class SignUpForm(forms.Form):
    name = forms.CharField(label=_("Name of the entity"), max_length=300)
    country = forms.ChoiceField(label=_("Country"), widget=PickerSelect)
    stakeholder_type = forms.ChoiceField(
        label=_("Kind of stakeholder"), choices=StakeholderType.choices
    )
    first_name = forms.CharField(label=_("Your first name"), max_length=100, required=False)
    last_name = forms.CharField(label=_("Your last name"), max_length=100)
    email = forms.EmailField(
        label=_("Your e-mail"), help_text=_("We send a link to it: open it to confirm.")
    )
    password = forms.CharField(
        label=_("Password"), widget=forms.PasswordInput(render_value=False), strip=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices, search = country_choices()
        self.fields["country"].choices = [("", "—"), *choices]
        self.fields["country"].widget.search = search
