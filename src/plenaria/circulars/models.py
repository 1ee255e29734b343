from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from plenaria.circulars.choices import (
    AddresseeCategory,
    DeliveryState,
    LetterStatus,
    RelationKind,
)
from plenaria.circulars.markup import validate_markdown
from plenaria.circulars.numbering import validate_pattern
from plenaria.core.fields import TranslatedTextField
from plenaria.core.validators import validate_deliverable_email
from plenaria.directory.choices import ItuRegion
from plenaria.directory.models import Contact, Grouping
from plenaria.events.models import Event


class IssuingOffice(models.Model):
    """An office that signs letters: the General Secretariat, a Bureau, the WSIS team…"""

    code = models.CharField(_("code"), max_length=20, unique=True, help_text=_("SG, BDT, TSB…"))
    name = TranslatedTextField(
        _("name"), max_length=200, help_text=_("As printed at the top of the letter.")
    )
    place = TranslatedTextField(
        _("place"), max_length=100, help_text=_("Where its letters are written, e.g. Geneva.")
    )

    class Meta:
        verbose_name = _("issuing office")
        verbose_name_plural = _("issuing offices")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.code


class NumberingSeries(models.Model):
    """A family of references, such as CL-21/20, DM-22/1002 or BDT/DIR/105."""

    office = models.ForeignKey(
        IssuingOffice, verbose_name=_("office"), on_delete=models.PROTECT, related_name="series"
    )
    code = models.CharField(_("code"), max_length=30, unique=True)
    name = TranslatedTextField(_("name"), max_length=200)
    pattern = models.CharField(
        _("pattern"),
        max_length=60,
        validators=[validate_pattern],
        help_text=_(
            "Placeholders: {yy} or {yyyy} for the year (the count then restarts each year) "
            "and {n} for the number, padded with {n:03}. E.g. CL-{yy}/{n} or BDT/DIR/{n:03}."
        ),
    )
    reference_label = TranslatedTextField(
        _("word before the reference"),
        max_length=40,
        blank=True,
        help_text=_("Printed before the number, e.g. Circular (BDT/DIR/105)."),
    )

    class Meta:
        verbose_name = _("numbering series")
        verbose_name_plural = _("numbering series")
        ordering = ["office__code", "code"]

    def __str__(self) -> str:
        # The pattern ({n:03}…) is for the settings; people see the code and the name.
        name = self.name.in_language() if hasattr(self.name, "in_language") else ""
        return f"{self.code} – {name}".strip(" –")


class SeriesCounter(models.Model):
    """The last number given in a series for a year (year 0 when the count never restarts).

    Its row is locked while a letter is issued, so numbers are unique and gap-free.
    """

    series = models.ForeignKey(NumberingSeries, on_delete=models.CASCADE, related_name="counters")
    year = models.PositiveSmallIntegerField(_("year"))
    last_number = models.PositiveIntegerField(_("last number given"), default=0)

    class Meta:
        verbose_name = _("series counter")
        verbose_name_plural = _("series counters")
        constraints = [
            models.UniqueConstraint(fields=["series", "year"], name="one_counter_per_series_year")
        ]

    def __str__(self) -> str:
        return f"{self.series.code} {self.year or ''}: {self.last_number}"


class Letter(models.Model):
    """A circular letter; its language versions share one reference."""

    office = models.ForeignKey(IssuingOffice, verbose_name=_("office"), on_delete=models.PROTECT)
    series = models.ForeignKey(
        NumberingSeries, verbose_name=_("numbering series"), on_delete=models.PROTECT
    )
    status = models.CharField(
        _("status"), max_length=20, choices=LetterStatus.choices, default=LetterStatus.DRAFT
    )
    number = models.PositiveIntegerField(_("number"), null=True, blank=True, editable=False)
    number_year = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    reference = models.CharField(_("reference"), max_length=80, blank=True, editable=False)
    reference_suffix = models.CharField(
        _("reference suffix"), max_length=40, blank=True, help_text=_("E.g. “SG/BDT”.")
    )
    date = models.DateField(
        _("date"), null=True, blank=True, help_text=_("Left empty, the day it is issued.")
    )
    place = TranslatedTextField(
        _("place"), max_length=100, blank=True, help_text=_("Left empty, its office's place.")
    )
    contact_name = models.CharField(_("contact"), max_length=120, blank=True)
    contact_phone = models.CharField(_("telephone"), max_length=40, blank=True)
    contact_fax = models.CharField(_("fax"), max_length=40, blank=True)
    contact_email = models.EmailField(
        _("contact e-mail"), blank=True, validators=[validate_deliverable_email]
    )
    regions = models.JSONField(
        _("ITU regions"),
        default=list,
        blank=True,
        help_text=_("Only addressees in these regions; empty for all."),
    )
    groupings = models.ManyToManyField(
        Grouping,
        verbose_name=_("groupings"),
        blank=True,
        help_text=_("Only addressees in these groupings (LDC, LLDC, SIDS); empty for all."),
    )
    events = models.ManyToManyField(
        Event, verbose_name=_("events"), blank=True, related_name="letters"
    )
    issued_at = models.DateTimeField(_("issued at"), null=True, blank=True, editable=False)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("issued by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    withdrawal_reason = models.TextField(_("reason for withdrawal"), blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("letter")
        verbose_name_plural = _("letters")
        ordering = ["-date", "-number", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["series", "number_year", "number"],
                condition=Q(number__isnull=False),
                name="letter_number_unique_in_series_year",
            ),
            models.UniqueConstraint(
                fields=["reference"],
                condition=~Q(reference=""),
                name="letter_reference_unique",
                violation_error_message=_("Another letter already has this reference."),
            ),
            models.CheckConstraint(
                condition=Q(status=LetterStatus.DRAFT) | Q(number__isnull=False),
                name="issued_letter_has_number",
            ),
        ]
        # The second index is the archive's order: its first page is read, not sorted.
        indexes = [
            models.Index(fields=["status", "date"]),
            models.Index(fields=["-date", "-number", "-id"], name="letter_archive_order"),
        ]

    def __str__(self) -> str:
        return self.full_reference or _("Draft letter %(id)s") % {"id": self.pk or "—"}

    @property
    def full_reference(self) -> str:
        if not self.reference:
            return ""
        return (
            f"{self.reference} – {self.reference_suffix}"
            if self.reference_suffix
            else self.reference
        )

    @property
    def is_draft(self) -> bool:
        return self.status == LetterStatus.DRAFT

    def clean(self) -> None:
        if self.series_id and self.office_id and self.series.office_id != self.office_id:
            raise ValidationError({"series": _("This series belongs to another office.")})
        unknown = set(self.regions or []) - set(ItuRegion.values)
        if unknown:
            raise ValidationError(
                {"regions": _("Unknown ITU region: %(r)s.") % {"r": ", ".join(sorted(unknown))}}
            )


class LetterWord(models.Model):
    """One distinct, accent- and case-free word of an issued letter: the archive's search
    index, written once at issue (issued letters never change)."""

    letter = models.ForeignKey(Letter, on_delete=models.CASCADE, related_name="+")
    word = models.CharField(max_length=60)

    class Meta:
        indexes = [models.Index(fields=["word", "letter"], name="letter_word_lookup")]

    def __str__(self) -> str:
        return self.word


class Addressee(models.Model):
    letter = models.ForeignKey(Letter, on_delete=models.CASCADE, related_name="addressees")
    category = models.CharField(
        _("addressee category"), max_length=30, choices=AddresseeCategory.choices
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("addressee category")
        verbose_name_plural = _("addressee categories")
        ordering = ["order", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["letter", "category"],
                name="addressee_once_per_letter",
                violation_error_message=_("This category is already an addressee."),
            )
        ]

    def __str__(self) -> str:
        return self.get_category_display()


class LetterVersion(models.Model):
    """The letter in one language: its own subject, salutation, body, closing and annexes."""

    letter = models.ForeignKey(Letter, on_delete=models.CASCADE, related_name="versions")
    language = models.CharField(_("language"), max_length=7, choices=settings.LANGUAGES)
    subject = models.CharField(_("subject"), max_length=500)
    addressee_text = models.TextField(
        _("addressee block"),
        blank=True,
        max_length=1000,
        help_text=_("One line per addressee; left empty, written from the addressee categories."),
    )
    salutation = models.CharField(_("salutation"), max_length=120)
    body = models.TextField(_("body (Markdown)"), validators=[validate_markdown])
    closing = models.TextField(_("closing"), max_length=500)

    class Meta:
        verbose_name = _("language version")
        verbose_name_plural = _("language versions")
        ordering = ["letter", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["letter", "language"],
                name="one_version_per_language",
                violation_error_message=_("This letter already has a version in this language."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.letter} [{self.language}]"


class Annex(models.Model):
    version = models.ForeignKey(LetterVersion, on_delete=models.CASCADE, related_name="annexes")
    order = models.PositiveSmallIntegerField(_("number"), default=1)
    title = models.CharField(_("title"), max_length=300)
    body = models.TextField(_("text (Markdown)"), validators=[validate_markdown])

    class Meta:
        verbose_name = _("annex")
        verbose_name_plural = _("annexes")
        ordering = ["order", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["version", "order"],
                name="annex_number_unique_in_version",
                violation_error_message=_("This version already has an annex with this number."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.version} – {self.order}. {self.title}"


class Signatory(models.Model):
    letter = models.ForeignKey(Letter, on_delete=models.CASCADE, related_name="signatories")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    name = models.CharField(_("name"), max_length=120)
    position = TranslatedTextField(_("position"), max_length=200, blank=True)
    organisation = TranslatedTextField(
        _("organisation line"), max_length=200, blank=True, help_text=_("E.g. “of UNESCO”.")
    )
    signed_note = TranslatedTextField(
        _("signature note"), max_length=60, blank=True, help_text=_("E.g. “[Original signed]”.")
    )

    class Meta:
        verbose_name = _("signatory")
        verbose_name_plural = _("signatories")
        ordering = ["order", "id"]

    def __str__(self) -> str:
        return self.name


class LetterRelation(models.Model):
    """``source`` follows, complements, amends or supersedes an earlier letter.

    The earlier letter may predate Plenaria: then only its reference is recorded.
    """

    source = models.ForeignKey(Letter, on_delete=models.CASCADE, related_name="relations_out")
    kind = models.CharField(_("relation"), max_length=20, choices=RelationKind.choices)
    target = models.ForeignKey(
        Letter,
        verbose_name=_("earlier letter"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="relations_in",
    )
    target_reference = models.CharField(
        _("reference of a letter not in Plenaria"), max_length=80, blank=True
    )

    class Meta:
        verbose_name = _("relation to an earlier letter")
        verbose_name_plural = _("relations to earlier letters")
        constraints = [
            models.CheckConstraint(
                condition=Q(target__isnull=False) | ~Q(target_reference=""),
                name="letter_relation_has_target",
                violation_error_message=_("Choose the earlier letter or write its reference."),
            ),
            models.CheckConstraint(
                condition=~Q(source=F("target")),
                name="letter_relation_not_to_itself",
                violation_error_message=_("A letter cannot refer to itself."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.source} {self.get_kind_display()} {self.target_label}"

    @property
    def target_label(self) -> str:
        return self.target.full_reference if self.target_id else self.target_reference

    def clean(self) -> None:
        if self.target_id and self.target.is_draft:
            raise ValidationError({"target": _("Only an issued letter can be referred to.")})


class Delivery(models.Model):
    """One e-mail of one letter to one address, with its state; at most one per address."""

    # The address and the mail server's answers (which may quote it; a bounce is logged as
    # its "reason") are never copied into the audit log (see core.audit).
    personal_fields = frozenset({"email", "last_error", "reason"})
    letter = models.ForeignKey(Letter, on_delete=models.PROTECT, related_name="deliveries")
    contact = models.ForeignKey(
        Contact, verbose_name=_("contact"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    email = models.EmailField(_("e-mail"))
    language = models.CharField(_("language"), max_length=7, choices=settings.LANGUAGES)
    state = models.CharField(
        _("state"), max_length=20, choices=DeliveryState.choices, default=DeliveryState.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    worker = models.CharField(max_length=100, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["letter", "email"], name="one_delivery_per_address")
        ]
        indexes = [models.Index(fields=["state", "next_attempt_at"])]

    def __str__(self) -> str:
        return f"{self.letter} → {self.email} ({self.get_state_display()})"

    @property
    def message_id(self) -> str:
        """The same for every attempt, so a receiving server can recognise a repeat."""
        return f"<letter-{self.letter_id}.delivery-{self.pk}@plenaria>"
