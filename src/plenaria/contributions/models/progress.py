"""Yearly progress: the request sent once per pledge and cycle, and the pledger's report."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from plenaria.contributions.choices import Moderation, Progress
from plenaria.contributions.models.pledges import Pledge


class ProgressRequest(models.Model):
    """The one request (and the one reminder) a published pledge receives in a cycle."""

    pledge = models.ForeignKey(Pledge, on_delete=models.CASCADE, related_name="requests")
    cycle = models.PositiveSmallIntegerField(_("cycle"))
    due_on = models.DateField(_("due on"))
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminded"), null=True, blank=True)

    class Meta:
        verbose_name = _("progress request")
        verbose_name_plural = _("progress requests")
        constraints = [
            models.UniqueConstraint(fields=["pledge", "cycle"], name="one_request_per_cycle")
        ]

    def __str__(self) -> str:
        return f"{self.pledge_id} — {self.cycle}"


class ProgressReport(models.Model):
    pledge = models.ForeignKey(Pledge, on_delete=models.CASCADE, related_name="reports")
    cycle = models.PositiveSmallIntegerField(_("cycle"))
    state = models.CharField(
        _("review"), max_length=20, choices=Moderation.choices, default=Moderation.DRAFT
    )
    progress = models.CharField(_("status"), max_length=20, choices=Progress.choices)
    share_achieved = models.PositiveSmallIntegerField(
        _("share achieved (%)"), validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    disbursed = models.DecimalField(
        _("amount disbursed"),
        max_digits=18,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    disbursed_currency = models.CharField(_("currency"), max_length=3, blank=True)
    narrative = models.TextField(_("what was done"), max_length=10000)
    links = models.TextField(_("links"), max_length=2000, blank=True)
    comment = models.TextField(_("secretariat's comment"), max_length=5000, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)

    class Meta:
        verbose_name = _("progress report")
        verbose_name_plural = _("progress reports")
        ordering = ["pledge", "cycle"]
        constraints = [
            models.UniqueConstraint(fields=["pledge", "cycle"], name="one_report_per_cycle"),
            models.CheckConstraint(
                condition=models.Q(share_achieved__lte=100),
                name="share_achieved_at_most_100",
                violation_error_message=_("The share achieved cannot pass 100 %."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.pledge} — {self.cycle}"
