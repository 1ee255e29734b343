import secrets

from django.conf import settings as django_settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from plenaria.core.timezones import format_date
from plenaria.core.validators import (
    PersonNameValidator,
    validate_deliverable_email,
    validate_multi_line,
    validate_single_line,
)
from plenaria.directory.choices import MembershipCategory
from plenaria.directory.models import Country, Organisation
from plenaria.events.choices import EventFormat
from plenaria.events.models import Event
from plenaria.registration.choices import (
    Capacity,
    Gender,
    Mode,
    NotificationKind,
    Status,
    UnLanguage,
)


def _new_key() -> str:
    return secrets.token_urlsafe(12)


class RegistrationSettings(models.Model):
    """How one event takes registrations. Its row is also the lock taken when seating."""

    event = models.OneToOneField(
        Event, on_delete=models.CASCADE, related_name="registration_settings"
    )
    opens_at = models.DateTimeField(_("registration opens"))
    closes_at = models.DateTimeField(_("registration closes"))
    in_person_capacity = models.PositiveIntegerField(
        _("in-person seats"),
        null=True,
        blank=True,
        help_text=_(
            "Taken from the room when left empty at creation; later, empty means not limited."
        ),
    )
    remote_capacity = models.PositiveIntegerField(
        _("remote places"), null=True, blank=True, help_text=_("Empty means not limited.")
    )
    interpretation_languages = models.JSONField(
        _("interpretation languages offered"), default=list, blank=True
    )
    interpretation_deadline = models.DateField(
        _("interpretation requests until"),
        null=True,
        blank=True,
        help_text=_("Last day, in the event's time zone, to ask for interpretation."),
    )
    approval_required = models.BooleanField(_("focal-point approval required"), default=False)
    approval_categories = models.JSONField(
        _("membership categories needing approval"),
        default=list,
        blank=True,
        help_text=_("Empty: every organisation's registrations need approval."),
    )
    visa_letters_offered = models.BooleanField(_("visa support letters offered"), default=False)
    youth_min_age = models.PositiveSmallIntegerField(_("young people from age"), default=18)
    youth_max_age = models.PositiveSmallIntegerField(_("young people up to age"), default=29)
    # How many hold a place in each mode, kept by the services in the same transaction as the
    # change, so that a new registration takes its seat with one conditional UPDATE.
    in_person_taken = models.PositiveIntegerField(default=0, editable=False)
    remote_taken = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        verbose_name = _("registration settings")
        verbose_name_plural = _("registration settings")

    def __str__(self) -> str:
        return str(self.event)

    def clean(self) -> None:
        errors = {}
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            errors["closes_at"] = _("Registration must close after it opens.")
        unknown = set(self.interpretation_languages or []) - set(UnLanguage.values)
        if unknown:
            errors["interpretation_languages"] = _(
                "Interpretation is offered only in the six UN languages."
            )
        if set(self.approval_categories or []) - set(MembershipCategory.values):
            errors["approval_categories"] = _("Unknown membership category.")
        if self.youth_min_age > self.youth_max_age:
            errors["youth_max_age"] = _("The youth band must end at or after its start.")
        if errors:
            raise ValidationError(errors)

    @property
    def allowed_modes(self) -> list[str]:
        return {
            EventFormat.VIRTUAL: [Mode.REMOTE],
            EventFormat.IN_PERSON: [Mode.IN_PERSON],
        }.get(self.event.format, [Mode.IN_PERSON, Mode.REMOTE])

    def capacity_for(self, mode: str) -> int | None:
        return self.in_person_capacity if mode == Mode.IN_PERSON else self.remote_capacity

    def is_open(self, now=None) -> bool:
        now = now or timezone.now()
        return self.opens_at <= now < self.closes_at

    def interpretation_open(self, now=None) -> bool:
        if not self.interpretation_deadline:
            return True
        local_today = timezone.localtime(now or timezone.now(), self.event_zone).date()
        return local_today <= self.interpretation_deadline

    @property
    def event_zone(self):
        from zoneinfo import ZoneInfo

        return ZoneInfo(self.event.timezone)

    def needs_approval(self, organisation: Organisation | None) -> bool:
        if not self.approval_required or organisation is None:
            return False
        return not self.approval_categories or organisation.category in self.approval_categories


class Registration(models.Model):
    # A person's data, never copied into the audit log (see core.audit); gender, year of birth,
    # nationality and organisation are kept when the person is erased, for the counts.
    personal_fields = frozenset(
        {
            "first_name",
            "last_name",
            "email",
            "gender",
            "year_of_birth",
            "nationality",
            "passport_number",
            "passport_expiry",
            "accessibility_needs",
            "rejection_reason",
            "link_key",
        }
    )
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="registrations")
    first_name = models.CharField(
        _("first name"), max_length=100, validators=[PersonNameValidator(100)]
    )
    last_name = models.CharField(
        _("last name"), max_length=100, validators=[PersonNameValidator(100)]
    )
    email = models.EmailField(_("e-mail"), validators=[validate_deliverable_email])
    gender = models.CharField(_("gender"), max_length=20, choices=Gender.choices)
    year_of_birth = models.PositiveSmallIntegerField(
        _("year of birth"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900)],
        help_text=_("Used only to count young people among the participants."),
    )
    nationality = models.ForeignKey(
        Country, verbose_name=_("nationality"), null=True, blank=True, on_delete=models.PROTECT
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="registrations",
    )
    capacity = models.CharField(_("attending as"), max_length=20, choices=Capacity.choices)
    mode = models.CharField(_("attendance"), max_length=20, choices=Mode.choices)
    interpretation_language = models.CharField(
        _("interpretation wanted"), max_length=2, choices=UnLanguage.choices, blank=True
    )
    visa_requested = models.BooleanField(_("visa support letter requested"), default=False)
    # Passport details: personal data, kept only while a visa letter is needed.
    passport_number = models.CharField(
        _("passport number"), max_length=30, blank=True, validators=[validate_single_line]
    )
    passport_expiry = models.DateField(_("passport valid until"), null=True, blank=True)
    accessibility_needs = models.TextField(
        _("accessibility needs"), max_length=1000, blank=True, validators=[validate_multi_line]
    )
    consent = models.BooleanField(_("consent to the privacy notice"), default=False)
    language = models.CharField(
        _("language for messages"),
        max_length=7,
        choices=django_settings.LANGUAGES,
        default="en",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    rejection_reason = models.TextField(
        _("reason for rejection"), max_length=1000, blank=True, validators=[validate_multi_line]
    )
    status_changes = models.PositiveIntegerField(default=0, editable=False)
    waiting_since = models.DateTimeField(null=True, blank=True, editable=False)
    registered_by = models.ForeignKey(
        django_settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        editable=False,
    )
    link_key = models.CharField(max_length=32, default=_new_key, editable=False)
    # The address is proven when the private link sent to it is first opened; until then the
    # registration holds its place only until ``confirm_by`` (empty: no deadline).
    confirmed_at = models.DateTimeField(_("address confirmed at"), null=True, blank=True)
    confirm_by = models.DateTimeField(null=True, blank=True, editable=False)
    # Set when the person's data was erased (pseudonymised); the counts stay.
    erased_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "id"]
        constraints = [
            # A cancelled registration may be replaced by a new one of the same address.
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=~Q(status=Status.CANCELLED),
                name="one_registration_per_email_per_event",
                violation_error_message=_(
                    "This e-mail address is already registered for this event."
                ),
            ),
            models.CheckConstraint(
                condition=~Q(status=Status.REJECTED) | ~Q(rejection_reason=""),
                name="rejection_has_reason",
                violation_error_message=_("Give the reason for the rejection."),
            ),
        ]
        indexes = [
            # Seats counted per status and mode, and the secretariat's figures (per status,
            # language, delegation) read from the index alone on PostgreSQL.
            models.Index(
                fields=[
                    "event",
                    "status",
                    "mode",
                    "gender",
                    "interpretation_language",
                    "organisation",
                    "year_of_birth",
                ],
                include=["id"],
                name="registration_figures_idx",
            ),
            models.Index(fields=["event", "organisation"]),
            # The secretariat's list, in order of arrival, a page at a time.
            models.Index(fields=["event", "created_at", "id"]),
        ]

    def __str__(self) -> str:
        return f"{self.first_name} {self.last_name} — {self.event}"

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def clean(self) -> None:
        errors = {}
        self.email = (self.email or "").strip().lower()
        if self.year_of_birth and self.year_of_birth > timezone.now().year:
            errors["year_of_birth"] = _("The year of birth cannot be in the future.")
        if not self.consent:
            errors["consent"] = _("Please accept the privacy notice to register.")
        if not self.visa_requested:
            self.passport_number, self.passport_expiry = "", None
        elif not (self.passport_number and self.passport_expiry):
            errors["passport_number"] = _(
                "A visa support letter needs the passport number and its expiry date."
            )
        elif self._state.adding and (message := self._implausible_expiry()):
            errors["passport_expiry"] = message
        if self.status == Status.REJECTED and not self.rejection_reason.strip():
            errors["rejection_reason"] = _("Give the reason for the rejection.")
        if errors:
            raise ValidationError(errors)

    def _implausible_expiry(self):
        """Why the passport's expiry date cannot be right, or None, measured from the event's
        first day (today when the event is not known). Checked when the registration is
        taken: a later change of the event's dates must not stop anyone cancelling."""
        start = self.event.start if self.event_id and self.event.start else timezone.now()
        first_day = timezone.localtime(start, _zone(self)).date()
        if self.passport_expiry < first_day:
            return _(
                "The passport must still be valid on the first day of the event (%(date)s)."
            ) % {"date": format_date(first_day)}
        if self.passport_expiry.year > first_day.year + PASSPORT_MAX_YEARS:
            return _("A passport is not valid for more than %(years)d years: check the date.") % {
                "years": PASSPORT_MAX_YEARS
            }
        return None


# No passport is issued for longer than ten years; a little more leaves room for exceptions.
PASSPORT_MAX_YEARS = 15


def _zone(registration):
    from zoneinfo import ZoneInfo

    name = registration.event.timezone if registration.event_id else None
    try:
        return ZoneInfo(name) if name else timezone.get_current_timezone()
    except (ValueError, KeyError):
        return timezone.get_current_timezone()


class Notification(models.Model):
    """One message per change of status (or a message outside them, such as the private link
    sent again, with no sequence), recorded before it is sent and never sent twice. A message
    that cannot be sent is retried with back-off, then marked failed with its reason; it
    never holds back the others."""

    # The mail server's answer may quote the address.
    personal_fields = frozenset({"last_error"})
    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="notifications"
    )
    sequence = models.PositiveIntegerField(null=True, blank=True)
    kind = models.CharField(max_length=20, choices=NotificationKind.choices)
    language = models.CharField(max_length=7)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    failed_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "sequence"], name="one_notification_per_status_change"
            )
        ]
        # The sender looks only for what is still to send.
        indexes = [
            models.Index(
                fields=["created_at"],
                condition=Q(sent_at__isnull=True, failed_at__isnull=True),
                name="notification_unsent_idx",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} → {self.registration.email}"


def _new_badge_key() -> str:
    # Short: it travels in the QR code; the signature, not the key, stops forgeries.
    return secrets.token_urlsafe(6)


class Badge(models.Model):
    """A printed badge. Printing again prints the same badge; replacing a lost one revokes it,
    and its code is then refused."""

    personal_fields = frozenset({"key"})  # a secret: it travels in the badge's code
    registration = models.ForeignKey(Registration, on_delete=models.CASCADE, related_name="badges")
    key = models.CharField(max_length=16, default=_new_badge_key, editable=False)
    issued_at = models.DateTimeField(_("printed at"), default=timezone.now)
    issued_by = models.ForeignKey(
        django_settings.AUTH_USER_MODEL,
        verbose_name=_("printed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    class Meta:
        verbose_name = _("badge")
        verbose_name_plural = _("badges")
        ordering = ["issued_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["registration"],
                condition=Q(revoked_at__isnull=True),
                name="one_valid_badge_per_registration",
            )
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {self.registration.full_name}"


class CheckIn(models.Model):
    """A participant's arrival, at most once per day of the event's own calendar."""

    personal_fields = frozenset()  # nothing to hide, but the log names no one
    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="check_ins"
    )
    badge = models.ForeignKey(Badge, null=True, on_delete=models.SET_NULL, related_name="+")
    day = models.DateField(_("day"), help_text=_("In the event's time zone."))
    checked_in_at = models.DateTimeField(_("checked in at"), default=timezone.now)
    by = models.ForeignKey(
        django_settings.AUTH_USER_MODEL,
        verbose_name=_("checked in by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("check-in")
        verbose_name_plural = _("check-ins")
        ordering = ["checked_in_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "day"],
                name="one_check_in_per_registration_per_day",
                violation_error_message=_("This person is already checked in for this day."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.registration.full_name} — {self.day.isoformat()}"
