"""The organiser's report of what happened at an activity; the service checks it again."""

from django import forms
from django.utils.translation import gettext_lazy as _

from plenaria.contributions.activities.outcomes import MAX_PHOTOS
from plenaria.contributions.models import ActivityOutcome


class PhotosInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class PhotosField(forms.FileField):
    """Several files at once; each is checked by the service (``activities.images``)."""

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        return [super(PhotosField, self).clean(one, initial) for one in files]


class OutcomeForm(forms.ModelForm):
    photos = PhotosField(
        label=_("Photos"),
        required=False,
        widget=PhotosInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        help_text=_("Up to %(n)d photos (JPEG, PNG or WebP); their metadata is removed.")
        % {"n": MAX_PHOTOS},
    )

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
