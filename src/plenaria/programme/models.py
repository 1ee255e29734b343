import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from plenaria.core.fields import TranslatedTextField
from plenaria.core.timezones import shown_in
from plenaria.core.validators import PersonNameValidator, validate_multi_line, validate_single_line
from plenaria.directory.models import Contact, Country, Organisation
from plenaria.events.choices import EventFormat
from plenaria.events.models import Event, Room
from plenaria.programme.choices import AgendaStatus, Gender, SpeakerRole


class AgendaItem(models.Model):
    """One entry of an event's agenda; its number (II, 10, b) follows from its place."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="agenda_items")
    parent = models.ForeignKey(
        "self",
        verbose_name=_("within"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
    )
    position = models.PositiveIntegerField(_("position"), default=0)
    title = TranslatedTextField(_("title"), max_length=600)
    note = TranslatedTextField(_("note"), max_length=2000, blank=True, multiline=True)

    class Meta:
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")
        ordering = ["event", "parent_id", "position", "id"]
        indexes = [models.Index(fields=["event", "parent", "position"])]

    def __str__(self) -> str:
        return str(self.title)[:120]

    @property
    def current_status(self):
        """The latest step of the history (uses the prefetched statuses when there are)."""
        history = list(self.statuses.all())
        return max(history, key=lambda s: (s.on, s.pk)) if history else None

    def clean(self) -> None:
        if self.parent_id and self.parent.event_id != self.event_id:
            raise ValidationError({"parent": _("An item can only sit within the same agenda.")})


class AgendaItemDocument(models.Model):
    """A document or letter the item refers to (a contribution, a circular, a report)."""

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="documents")
    title = TranslatedTextField(_("title"), max_length=300)
    url = models.URLField(_("address"), max_length=500)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self) -> str:
        return str(self.title)


class AgendaItemStatus(models.Model):
    """A step of an item's history: drafted, approved by a named body on a date…"""

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="statuses")
    status = models.CharField(_("status"), max_length=20, choices=AgendaStatus.choices)
    body = models.CharField(
        _("by"), max_length=200, blank=True, help_text=_("For example TDAG, Council.")
    )
    on = models.DateField(_("on"))
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("status")
        verbose_name_plural = _("status history")
        ordering = ["on", "id"]

    def __str__(self) -> str:
        by = f" ({self.body})" if self.body else ""
        return f"{self.get_status_display()}{by} {self.on.isoformat()}"

    def clean(self) -> None:
        if self.status in (AgendaStatus.APPROVED, AgendaStatus.ADOPTED) and not self.body:
            raise ValidationError({"body": _("Name the body that approved or adopted it.")})


class SessionType(models.Model):
    """A kind of session (policy statement, workshop, knowledge café…), shared by all events."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = TranslatedTextField(_("name"), max_length=120)
    is_high_level = models.BooleanField(
        _("high-level segment"),
        default=False,
        help_text=_("The organiser is warned when a high-level session has no woman speaker."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("session type")
        verbose_name_plural = _("session types")
        ordering = ["order", "code"]

    def __str__(self) -> str:
        return str(self.name)


class ActionLine(models.Model):
    """A WSIS Action Line (C1 to C11)."""

    code = models.CharField(_("code"), max_length=10, unique=True)
    name = TranslatedTextField(_("name"), max_length=200)

    class Meta:
        verbose_name = _("WSIS Action Line")
        verbose_name_plural = _("WSIS Action Lines")
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


class Track(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="tracks")
    name = TranslatedTextField(_("name"), max_length=120)
    slug = models.SlugField(_("short name"), max_length=40)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("track")
        verbose_name_plural = _("tracks")
        ordering = ["event", "order", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "slug"],
                name="track_slug_unique_in_event",
                violation_error_message=_("This event already has a track with this short name."),
            )
        ]

    def __str__(self) -> str:
        return str(self.name)


class Speaker(models.Model):
    """A person who speaks at sessions, possibly a contact of the directory."""

    # A person's data, never copied into the audit log (see core.audit).
    personal_fields = frozenset({"name", "position", "biography", "gender"})
    contact = models.ForeignKey(
        Contact, verbose_name=_("contact"), null=True, blank=True, on_delete=models.SET_NULL
    )
    name = models.CharField(_("name"), max_length=200, validators=[PersonNameValidator(200)])
    position = models.CharField(
        _("position"), max_length=200, blank=True, validators=[validate_single_line]
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    organisation_name = models.CharField(
        _("organisation (if not in the directory)"),
        max_length=300,
        blank=True,
        validators=[validate_single_line],
    )
    country = models.ForeignKey(
        Country, verbose_name=_("country"), null=True, blank=True, on_delete=models.PROTECT
    )
    gender = models.CharField(
        _("gender"), max_length=10, choices=Gender.choices, blank=True, default=""
    )
    biography = TranslatedTextField(
        _("biography"),
        max_length=3000,
        blank=True,
        multiline=True,
        validators=[validate_multi_line],
    )

    class Meta:
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name

    @property
    def affiliation(self) -> str:
        return self.organisation_name or (str(self.organisation) if self.organisation else "")


class Session(models.Model):
    # Stable across edits and exports: calendar clients and schedule apps key on it.
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="sessions")
    title = TranslatedTextField(_("title"), max_length=300)
    description = TranslatedTextField(_("description"), max_length=5000, blank=True, multiline=True)
    type = models.ForeignKey(SessionType, verbose_name=_("type"), on_delete=models.PROTECT)
    track = models.ForeignKey(
        Track, verbose_name=_("track"), null=True, blank=True, on_delete=models.SET_NULL
    )
    action_lines = models.ManyToManyField(
        ActionLine, verbose_name=_("WSIS Action Lines"), blank=True, related_name="sessions"
    )
    room = models.ForeignKey(
        Room, verbose_name=_("room"), null=True, blank=True, on_delete=models.PROTECT
    )
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    format = models.CharField(
        _("format"), max_length=20, choices=EventFormat.choices, default=EventFormat.IN_PERSON
    )
    languages = models.CharField(
        _("languages"),
        max_length=40,
        blank=True,
        help_text=_("Language codes separated by spaces, e.g. “en fr es”."),
    )
    interpretation = models.BooleanField(_("with interpretation"), default=False)
    remote_link = models.URLField(
        _("remote participation link"),
        max_length=500,
        blank=True,
        help_text=_("Shown only to registered participants."),
    )
    speakers = models.ManyToManyField(
        Speaker, through="SessionSpeaker", related_name="sessions", verbose_name=_("speakers")
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["start", "end", "id"]
        indexes = [models.Index(fields=["event", "start"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gt=F("start")),
                name="session_ends_after_start",
                violation_error_message=_("The session must end after it starts."),
            )
        ]

    def __str__(self) -> str:
        return str(self.title)

    @property
    def language_codes(self) -> list[str]:
        return self.languages.split()

    def clean(self) -> None:
        known = {code for code, _name in settings.LANGUAGES}
        codes = self.languages.replace(",", " ").split()
        unknown = [code for code in codes if code not in known]
        if unknown:
            raise ValidationError(
                {
                    "languages": _("Unknown language code: %(codes)s.")
                    % {"codes": ", ".join(unknown)}
                }
            )
        self.languages = " ".join(dict.fromkeys(codes))
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The session must end after it starts.")})
        if self.start and self.end and self.event_id:
            event = self.event
            if self.start < event.start or self.end > event.end:
                # Not tied to one field: forms type the times in fields of their own.
                raise ValidationError(
                    _("The session must take place within the event's dates (%(dates)s).")
                    % {"dates": event.local.dates}
                )
        if self.track_id and self.track.event_id != self.event_id:
            raise ValidationError({"track": _("This track belongs to another event.")})

    def local(self):
        return shown_in(self.start, self.end, self.event.timezone)


class SessionSpeaker(models.Model):
    personal_fields = frozenset()  # nothing to hide, but the log names no one
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="participations")
    speaker = models.ForeignKey(
        Speaker, verbose_name=_("speaker"), on_delete=models.CASCADE, related_name="participations"
    )
    role = models.CharField(
        _("role"), max_length=20, choices=SpeakerRole.choices, default=SpeakerRole.SPEAKER
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("speaker in the session")
        verbose_name_plural = _("speakers in the session")
        ordering = ["order", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "speaker"],
                name="speaker_once_per_session",
                violation_error_message=_("This person is already a speaker in this session."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.speaker} ({self.get_role_display()})"
