"""The reports app's only table: each event's figures, computed from the other apps' rows
and kept as one document, so that a dashboard over ten editions of 100,000 registrations
reads ten small rows instead of scanning a million."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from plenaria.events.models import Event


class EventSnapshot(models.Model):
    event = models.OneToOneField(Event, on_delete=models.CASCADE, related_name="snapshot")
    computed_at = models.DateTimeField(_("computed at"))
    # The shape of ``data``: a snapshot of an older shape is computed again when read.
    version = models.PositiveSmallIntegerField()
    data = models.JSONField()

    class Meta:
        verbose_name = _("figures of an event")
        verbose_name_plural = _("figures of events")

    def __str__(self) -> str:
        return f"{self.event} @ {self.computed_at:%Y-%m-%d %H:%M}"
