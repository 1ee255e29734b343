"""The organiser's report of what happened at an activity; the service checks it again."""

from django import forms
from django.utils.translation import gettext_lazy as _

from plenaria.contributions.models import ActivityOutcome


class OutcomeForm(forms.ModelForm):
    class Meta:
        model = ActivityOutcome
        fields = ["participants", "women_share", "young_share", "summary", "links"]
        widgets = {
            "participants": forms.NumberInput(attrs={"min": 0}),
            "women_share": forms.NumberInput(attrs={"min": 0, "max": 100}),
            "young_share": forms.NumberInput(attrs={"min": 0, "max": 100}),
            "summary": forms.Textarea(attrs={"rows": 6}),
            "links": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "women_share": _("If known; leave empty otherwise."),
            "young_share": _("People aged 15 to 24, if known; leave empty otherwise."),
            "links": _("Web pages, recordings or press articles about it, one per line."),
        }
