"""The secretariat's form for a call for activities; the service checks it again."""

from django import forms
from django.utils.translation import gettext_lazy as _

from plenaria.circulars.models import Letter
from plenaria.contributions.choices import ActivityKind
from plenaria.contributions.models import ActivityCall
from plenaria.events.models import Event

DAY = {"type": "date"}


class CallForm(forms.ModelForm):
    kinds = forms.MultipleChoiceField(
        label=_("Kinds of activity accepted"),
        choices=ActivityKind.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("None ticked: every kind is accepted."),
    )

    class Meta:
        model = ActivityCall
        fields = [
            "slug", "theme", "introduction", "opens_on", "closes_on", "held_from",
            "held_until", "kinds", "who_may_submit", "letter",
        ]  # fmt: skip
        widgets = {
            name: forms.DateInput(attrs=DAY, format="%Y-%m-%d")
            for name in ("opens_on", "closes_on", "held_from", "held_until")
        }
        help_texts = {
            "slug": _("Letters, digits and hyphens, e.g. “wtisd-2021”: its address."),
            "opens_on": _("Submissions are accepted from this day…"),
            "closes_on": _("…until this day, included."),
        }

    def __init__(self, *args, event=None, **kwargs):
        super().__init__(*args, **kwargs)
        event = event or (self.instance.event if self.instance.event_id else None)
        letters = Letter.objects.order_by("-date", "-pk")
        # The letter is picked from those that announce the event.
        self.fields["letter"].queryset = (
            letters.filter(events=event) if event else letters.filter(events__isnull=False)
        ).distinct()


class NewCallForm(CallForm):
    event = forms.ModelChoiceField(
        label=_("Event"),
        queryset=Event.objects.filter(activity_call__isnull=True).order_by("-start"),
        help_text=_("Each event has at most one call for activities."),
    )

    field_order = ["event"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slug"].required = False
        self.fields["slug"].help_text = _("Left empty: the event's address.")
