from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from plenaria.core.fields import TranslatedTextField
from plenaria.core.validators import (
    PersonNameValidator,
    validate_deliverable_email,
    validate_single_line,
)
from plenaria.directory.choices import (
    OBVIOUS_STAKEHOLDER_TYPE,
    SECTOR_CATEGORIES,
    ItuRegion,
    MembershipCategory,
    StakeholderType,
)
from plenaria.directory.phones import display_phone, normalise_phone


class Grouping(models.Model):
    """A UN grouping of countries (LDC, LLDC, SIDS), loaded from a dated, sourced list."""

    code = models.CharField(_("code"), max_length=10, unique=True)
    name = TranslatedTextField(_("name"), max_length=200)
    source = models.CharField(_("source"), max_length=500, blank=True)
    as_of = models.DateField(_("as of"), null=True, blank=True)

    class Meta:
        verbose_name = _("grouping")
        verbose_name_plural = _("groupings")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.code


class Country(models.Model):
    """An ISO 3166 country or territory with its ITU region and UN groupings."""

    code = CountryField(_("country"), primary_key=True)
    itu_region = models.CharField(
        _("ITU region"), max_length=20, choices=ItuRegion.choices, blank=True
    )
    is_itu_member_state = models.BooleanField(_("ITU Member State"), default=False)
    groupings = models.ManyToManyField(
        Grouping, verbose_name=_("groupings"), blank=True, related_name="countries"
    )

    class Meta:
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        ordering = ["code"]

    def __str__(self) -> str:
        return str(self.code.name)

    @property
    def name(self) -> str:
        return str(self.code.name)


class Organisation(models.Model):
    name = TranslatedTextField(_("name"), max_length=300)
    acronym = models.CharField(_("acronym"), max_length=50, blank=True)
    category = models.CharField(
        _("membership category"), max_length=20, choices=MembershipCategory.choices
    )
    member_itu_r = models.BooleanField(_("ITU-R Sector Member"), default=False)
    member_itu_t = models.BooleanField(_("ITU-T Sector Member"), default=False)
    member_itu_d = models.BooleanField(_("ITU-D Sector Member"), default=False)
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="organisations",
    )
    wsis_stakeholder_type = models.CharField(
        _("WSIS stakeholder type"),
        max_length=20,
        choices=StakeholderType.choices,
        blank=True,
        help_text=_("Filled in from the membership category where that says it all."),
    )
    website = models.URLField(_("website"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["acronym", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["country"],
                condition=Q(category=MembershipCategory.MEMBER_STATE),
                name="one_member_state_per_country",
                violation_error_message=_(
                    "This country already has its Member State administration."
                ),
            ),
            models.CheckConstraint(
                condition=~Q(category=MembershipCategory.MEMBER_STATE) | Q(country__isnull=False),
                name="member_state_has_country",
                violation_error_message=_("A Member State is tied to its country: choose one."),
            ),
        ]

    def __str__(self) -> str:
        name = self.name.in_language()
        return f"{name} ({self.acronym})" if self.acronym and self.acronym != name else name

    @property
    def sectors(self) -> list[str]:
        flags = [
            ("ITU-R", self.member_itu_r),
            ("ITU-T", self.member_itu_t),
            ("ITU-D", self.member_itu_d),
        ]
        return [sector for sector, member in flags if member]

    def clean(self) -> None:
        errors = {}
        if self.category not in SECTOR_CATEGORIES and self.sectors:
            errors["category"] = _("Only Sector Members and Associates belong to ITU Sectors.")
        if self.category == MembershipCategory.SECTOR_MEMBER and not self.sectors:
            errors["member_itu_d"] = _("Tick at least one Sector (ITU-R, ITU-T or ITU-D).")
        obvious = OBVIOUS_STAKEHOLDER_TYPE.get(self.category)
        if obvious and not self.wsis_stakeholder_type:
            self.wsis_stakeholder_type = obvious
        elif obvious and self.wsis_stakeholder_type != obvious:
            errors["wsis_stakeholder_type"] = _(
                "A %(category)s is always of the stakeholder type “%(type)s”."
            ) % {"category": self.get_category_display(), "type": obvious.label}
        elif not self.wsis_stakeholder_type and self.category:
            errors["wsis_stakeholder_type"] = _("Choose the WSIS stakeholder type.")
        if errors:
            raise ValidationError(errors)


class Contact(models.Model):
    """A person at an organisation, reachable in their preferred UN language."""

    # A person's data, never copied into the audit log (see core.audit).
    personal_fields = frozenset({"title", "first_name", "last_name", "job_title", "email", "phone"})
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="contacts",
    )
    title = models.CharField(
        _("title"),
        max_length=30,
        blank=True,
        help_text=_("Mr, Ms, Dr, H.E. …"),
        validators=[PersonNameValidator(30)],
    )
    first_name = models.CharField(
        _("first name"), max_length=100, blank=True, validators=[PersonNameValidator(100)]
    )
    last_name = models.CharField(
        _("last name"), max_length=100, validators=[PersonNameValidator(100)]
    )
    job_title = models.CharField(
        _("position"), max_length=200, blank=True, validators=[validate_single_line]
    )
    email = models.EmailField(_("e-mail"), blank=True, validators=[validate_deliverable_email])
    phone = models.CharField(
        _("telephone"),
        max_length=20,
        blank=True,
        help_text=_("Stored in international E.164 form."),
    )
    preferred_language = models.CharField(
        _("preferred language"), max_length=7, choices=settings.LANGUAGES, default="en"
    )
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        ordering = ["last_name", "first_name", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "email"],
                condition=~Q(email=""),
                name="contact_email_unique_per_organisation",
                violation_error_message=_(
                    "This organisation already has a contact with this e-mail."
                ),
            )
        ]

    def __str__(self) -> str:
        return " ".join(part for part in (self.title, self.first_name, self.last_name) if part)

    @property
    def phone_display(self) -> str:
        return display_phone(self.phone)

    def clean(self) -> None:
        try:
            # In an admin inline the organisation may be new and still unsaved.
            organisation = self.organisation
        except Organisation.DoesNotExist:
            organisation = None
        region = str(organisation.country_id) if organisation and organisation.country_id else None
        try:
            self.phone = normalise_phone(self.phone, region)
        except ValidationError as error:
            raise ValidationError({"phone": error}) from None
        self.email = self.email.strip().lower()


class FocalPoint(models.Model):
    """A contact designated to act for their organisation (approves its delegations)."""

    personal_fields = frozenset()  # nothing to hide, but the log names no one
    contact = models.OneToOneField(
        Contact, verbose_name=_("contact"), on_delete=models.CASCADE, related_name="focal_point"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("login"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="focal_points",
    )
    designated_on = models.DateField(_("designated on"), default=timezone.localdate)

    class Meta:
        verbose_name = _("designated focal point")
        verbose_name_plural = _("designated focal points")

    def __str__(self) -> str:
        return f"{self.contact} — {self.contact.organisation}"

    @property
    def organisation(self) -> Organisation:
        return self.contact.organisation
