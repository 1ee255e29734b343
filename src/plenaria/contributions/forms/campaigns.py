"""The secretariat's form for a campaign; the service checks it again."""

from django import forms
from django.utils.translation import gettext_lazy as _

from plenaria.contributions.models import Campaign
from plenaria.core.pickers import PickerSelect

DAY = {"type": "date"}


class CampaignForm(forms.ModelForm):
    class Meta:
        model = Campaign
        fields = [
            "slug",
            "title",
            "theme",
            "description",
            "opens_on",
            "closes_on",
            "event",
            "letter",
        ]
        widgets = {
            "opens_on": forms.DateInput(attrs=DAY, format="%Y-%m-%d"),
            "closes_on": forms.DateInput(attrs=DAY, format="%Y-%m-%d"),
            "event": PickerSelect,
            "letter": PickerSelect,
        }
        help_texts = {"slug": _("Letters, digits and hyphens, e.g. “wtisd-23-ldc”: its address.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["event"].queryset = self.fields["event"].queryset.order_by("-start")
        self.fields["letter"].queryset = self.fields["letter"].queryset.order_by("-date", "-pk")
