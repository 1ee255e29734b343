"""Pledges, who may write them, and the history their pledger reads."""

import uuid

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from plenaria.contributions.choices import CommentKind, Moderation, PledgeType
from plenaria.contributions.models.campaigns import Campaign
from plenaria.contributions.models.reference import BeneficiaryGroup, FocusArea, Pillar, Sdg
from plenaria.core.fields import TranslatedTextField
from plenaria.directory.choices import ItuRegion


class Pledge(models.Model):
    """A commitment an organisation makes to the coalition.

    ``regions`` are the ITU regions the pledger names; the regions and groupings a pledge
    reaches through its countries are kept beside them by the services (``PledgeRegion``,
    ``targets_ldc``…) so that the figures count them in one grouped query.
    """

    personal_fields = frozenset({"contact_name", "contact_email"})

    organisation = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("pledging organisation"),
        on_delete=models.PROTECT,
        related_name="pledges",
    )
    title = TranslatedTextField(_("title"), max_length=300)
    description = TranslatedTextField(_("description"), max_length=10000, multiline=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Moderation.choices, default=Moderation.DRAFT
    )
    pledge_type = models.CharField(_("type"), max_length=20, choices=PledgeType.choices)
    focus_areas = models.ManyToManyField(
        FocusArea, verbose_name=_("focus areas"), related_name="pledges"
    )
    pillars = models.ManyToManyField(
        Pillar, verbose_name=_("pillars"), blank=True, related_name="pledges"
    )
    beneficiaries = models.ManyToManyField(
        BeneficiaryGroup, verbose_name=_("beneficiary groups"), blank=True, related_name="pledges"
    )
    sdgs = models.ManyToManyField(
        Sdg, verbose_name=_("Sustainable Development Goals"), blank=True, related_name="pledges"
    )
    is_global = models.BooleanField(_("global"), default=False)
    countries = models.ManyToManyField(
        "directory.Country",
        verbose_name=_("countries of implementation"),
        blank=True,
        related_name="pledges",
    )
    regions = models.JSONField(_("regions of implementation"), default=list, blank=True)
    targets_ldc = models.BooleanField(_("targets a least developed country"), default=False)
    targets_lldc = models.BooleanField(_("targets a landlocked developing country"), default=False)
    targets_sids = models.BooleanField(_("targets a small island developing State"), default=False)
    amount = models.DecimalField(
        _("estimated value"),
        max_digits=18,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    currency = models.CharField(_("currency"), max_length=3, blank=True)
    amount_usd = models.DecimalField(
        _("estimated value in US dollars"), max_digits=18, decimal_places=2, null=True, blank=True
    )
    starts_on = models.DateField(_("start"))
    target_on = models.DateField(_("target date"), null=True, blank=True)
    partners = models.ManyToManyField(
        "directory.Organisation",
        verbose_name=_("partners"),
        blank=True,
        related_name="partnered_pledges",
    )
    contact_name = models.CharField(_("public contact"), max_length=200, blank=True)
    contact_email = models.EmailField(_("public contact's e-mail"), blank=True)
    campaign = models.ForeignKey(
        Campaign,
        verbose_name=_("campaign"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="pledges",
    )
    language = models.CharField(_("pledger's language"), max_length=10, default="en")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True, db_index=True)
    # Sent with the form that created it: a second click or tab creates nothing more.
    submission_key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    class Meta:
        verbose_name = _("pledge")
        verbose_name_plural = _("pledges")
        ordering = ["-published_at", "-pk"]
        indexes = [models.Index(fields=["status", "published_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(target_on__isnull=True) | Q(target_on__gte=models.F("starts_on")),
                name="pledge_target_after_start",
                violation_error_message=_("The target date cannot come before the start."),
            ),
            models.CheckConstraint(
                condition=Q(amount__isnull=True) | Q(amount__gte=0),
                name="pledge_value_not_negative",
                violation_error_message=_("The estimated value cannot be negative."),
            ),
        ]

    def __str__(self) -> str:
        return self.title.in_language()

    @property
    def is_public(self) -> bool:
        return self.status == Moderation.PUBLISHED


class PledgeRegion(models.Model):
    """One ITU region a pledge reaches: named by the pledger or through a country."""

    pledge = models.ForeignKey(Pledge, on_delete=models.CASCADE, related_name="reach")
    region = models.CharField(_("region"), max_length=20, choices=ItuRegion.choices)

    class Meta:
        verbose_name = _("region reached")
        verbose_name_plural = _("regions reached")
        constraints = [
            models.UniqueConstraint(fields=["pledge", "region"], name="one_row_per_pledge_region")
        ]
        indexes = [models.Index(fields=["region", "pledge"])]

    def __str__(self) -> str:
        return f"{self.pledge_id}: {self.get_region_display()}"


class PledgerAccess(models.Model):
    """A person an organisation has authorised to write its pledges (its focal points may
    always)."""

    organisation = models.ForeignKey(
        "directory.Organisation", on_delete=models.CASCADE, related_name="pledgers"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="pledging_for"
    )
    granted_at = models.DateTimeField(_("granted"), auto_now_add=True)

    class Meta:
        verbose_name = _("pledger")
        verbose_name_plural = _("pledgers")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "user"], name="one_access_per_pledger")
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.organisation}"


class PledgeComment(models.Model):
    """A step of a pledge's way to the public, with the words its pledger should read."""

    pledge = models.ForeignKey(Pledge, on_delete=models.CASCADE, related_name="comments")
    kind = models.CharField(_("kind"), max_length=20, choices=CommentKind.choices)
    text = models.TextField(_("comment"), max_length=5000, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        verbose_name = _("pledge comment")
        verbose_name_plural = _("pledge comments")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.pledge_id}: {self.get_kind_display()}"
