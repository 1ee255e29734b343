"""The pledger's progress report, and the secretariat's comment when returning or declining.

The form only gathers and types the input; the service checks it again (the API comes the
same way) and keeps the rules: share 0–100, a known currency with any amount disbursed,
links one per line, http or https only."""

from django import forms
from django.utils.translation import gettext_lazy as _

from plenaria.contributions.models import ExchangeRate, ProgressReport


def currency_choices() -> list[tuple[str, str]]:
    known = set(ExchangeRate.objects.values_list("currency", flat=True).distinct()) | {"USD"}
    return [("", "—"), *((code, code) for code in sorted(known))]


class ProgressReportForm(forms.ModelForm):
    disbursed_currency = forms.ChoiceField(
        label=_("Currency of the amount disbursed"), required=False, choices=()
    )

    class Meta:
        model = ProgressReport
        fields = ["progress", "share_achieved", "disbursed", "disbursed_currency", "narrative"]
        fields += ["links"]
        help_texts = {
            "share_achieved": _("From 0 to 100: how much of what was pledged is done."),
            "disbursed": _("Leave empty if nothing was disbursed or the pledge is not financial."),
            "narrative": _("What was done this year, for whom and where."),
            "links": _("One web address per line (http:// or https://)."),
        }
        widgets = {
            "share_achieved": forms.NumberInput(attrs={"min": 0, "max": 100}),
            "disbursed": forms.NumberInput(attrs={"min": 0, "step": "0.01"}),
            "narrative": forms.Textarea(attrs={"rows": 8}),
            "links": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["disbursed_currency"].choices = currency_choices()


class ReviewCommentForm(forms.Form):
    comment = forms.CharField(
        label=_("Comment for the pledger"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=5000,
    )
