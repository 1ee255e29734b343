"""Campaigns: pledges collected around one theme or event (LDC5, WTDC's Roundtable)."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from plenaria.core.fields import TranslatedTextField


class Campaign(models.Model):
    slug = models.SlugField(_("address"), max_length=60, unique=True)
    title = TranslatedTextField(_("title"), max_length=300)
    theme = TranslatedTextField(_("theme"), max_length=500, blank=True)
    description = TranslatedTextField(_("description"), blank=True, multiline=True)
    opens_on = models.DateField(_("opens on"))
    closes_on = models.DateField(_("closes on"), null=True, blank=True)
    event = models.ForeignKey(
        "events.Event",
        verbose_name=_("event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="campaigns",
        help_text=_("The event where its pledges are announced or showcased, if any."),
    )
    letter = models.ForeignKey(
        "circulars.Letter",
        verbose_name=_("letter"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="campaigns",
        help_text=_("The circular letter that calls for its pledges, if any."),
    )

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")
        ordering = ["-opens_on", "slug"]
        constraints = [
            models.CheckConstraint(
                condition=Q(closes_on__isnull=True) | Q(closes_on__gte=models.F("opens_on")),
                name="campaign_closes_after_it_opens",
                violation_error_message=_("A campaign cannot close before it opens."),
            ),
        ]

    def __str__(self) -> str:
        return self.title.in_language()

    def is_open_on(self, day) -> bool:
        return self.opens_on <= day and (self.closes_on is None or day <= self.closes_on)
