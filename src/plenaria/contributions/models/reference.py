"""The coalition's fixed vocabularies, as tables so that a pledge can name several of each
and the figures can count them in the database: focus areas and their pillars, beneficiary
groups, the Sustainable Development Goals; and the exchange rates the secretariat records."""

from decimal import Decimal

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from plenaria.core.fields import TranslatedTextField


class Vocabulary(models.Model):
    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = TranslatedTextField(_("name"), max_length=200)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        abstract = True
        ordering = ["order", "code"]

    def __str__(self) -> str:
        return self.name.in_language()


class FocusArea(Vocabulary):
    """ACCESS, ADOPTION, VALUE CREATION, ACCELERATE."""

    summary = TranslatedTextField(_("summary"), max_length=200, blank=True)

    class Meta(Vocabulary.Meta):
        verbose_name = _("focus area")
        verbose_name_plural = _("focus areas")


class Pillar(Vocabulary):
    focus_area = models.ForeignKey(
        FocusArea, verbose_name=_("focus area"), on_delete=models.PROTECT, related_name="pillars"
    )

    class Meta(Vocabulary.Meta):
        verbose_name = _("pillar")
        verbose_name_plural = _("pillars")


class BeneficiaryGroup(Vocabulary):
    class Meta(Vocabulary.Meta):
        verbose_name = _("beneficiary group")
        verbose_name_plural = _("beneficiary groups")


class Sdg(models.Model):
    number = models.PositiveSmallIntegerField(_("number"), primary_key=True)
    name = TranslatedTextField(_("name"), max_length=200)

    class Meta:
        verbose_name = _("Sustainable Development Goal")
        verbose_name_plural = _("Sustainable Development Goals")
        ordering = ["number"]

    def __str__(self) -> str:
        return f"{self.number}. {self.name.in_language()}"


class ExchangeRate(models.Model):
    """How many US dollars one unit of ``currency`` was worth in ``year``: a pledge's value
    is converted at the rate of the year it starts, and both amounts are kept."""

    year = models.PositiveSmallIntegerField(_("year"))
    currency = models.CharField(_("currency"), max_length=3)
    usd_per_unit = models.DecimalField(
        _("US dollars per unit"),
        max_digits=18,
        decimal_places=8,
        validators=[MinValueValidator(Decimal("0.00000001"))],
    )

    class Meta:
        verbose_name = _("exchange rate")
        verbose_name_plural = _("exchange rates")
        ordering = ["-year", "currency"]
        constraints = [
            models.UniqueConstraint(
                fields=["year", "currency"],
                name="one_rate_per_currency_and_year",
                violation_error_message=_("A rate is already recorded for this currency and year."),
            ),
            models.CheckConstraint(
                condition=models.Q(usd_per_unit__gt=0), name="exchange_rate_positive"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.currency} {self.year}: {self.usd_per_unit} USD"
