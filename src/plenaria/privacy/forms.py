from django import forms
from django.utils.translation import gettext_lazy as _


class PersonForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        help_text=_(
            "The address the person used to register, or by which the directory knows them."
        ),
    )


class EraseForm(forms.Form):
    """The address typed again, so that nobody is erased by a slip of the mouse."""

    confirm = forms.CharField(
        label=_("Type the e-mail address again to confirm"), max_length=254, strip=True
    )

    def __init__(self, *args, email: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email

    def clean_confirm(self) -> str:
        typed = self.cleaned_data["confirm"]
        if typed.lower() != self.email.lower():
            raise forms.ValidationError(_("This is not the address being erased."))
        return typed
