from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from plenaria.core.fields import TranslatedTextField
from plenaria.core.timezones import shown_in, validate_timezone
from plenaria.core.validators import validate_deliverable_email
from plenaria.directory.models import Country, Organisation
from plenaria.events.choices import (
    EventFormat,
    EventKind,
    EventStatus,
    OrganiserRole,
    RelationKind,
)


class Series(models.Model):
    """A recurring family of events: WTISD, WSIS Forum, WTDC, Partner2Connect…"""

    acronym = models.CharField(_("acronym"), max_length=30, unique=True)
    name = TranslatedTextField(_("name"), max_length=300)
    website = models.URLField(_("website"), blank=True)

    class Meta:
        verbose_name = _("series")
        verbose_name_plural = _("series")
        ordering = ["acronym"]

    def __str__(self) -> str:
        return self.acronym


class Venue(models.Model):
    name = TranslatedTextField(_("name"), max_length=200)
    city = TranslatedTextField(_("city"), max_length=100, blank=True)
    country = models.ForeignKey(
        Country, verbose_name=_("country"), null=True, blank=True, on_delete=models.PROTECT
    )
    address = models.TextField(_("address"), blank=True, max_length=500)

    class Meta:
        verbose_name = _("venue")
        verbose_name_plural = _("venues")

    def __str__(self) -> str:
        city = self.city.in_language()
        return f"{self.name}, {city}" if city else str(self.name)


class Room(models.Model):
    venue = models.ForeignKey(
        Venue, verbose_name=_("venue"), on_delete=models.CASCADE, related_name="rooms"
    )
    name = TranslatedTextField(_("name"), max_length=100)
    capacity = models.PositiveIntegerField(
        _("in-person capacity"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Seats for people attending in person; empty if not limited."),
    )

    class Meta:
        verbose_name = _("room")
        verbose_name_plural = _("rooms")

    def __str__(self) -> str:
        return f"{self.name} ({self.venue.name})"


class Event(models.Model):
    series = models.ForeignKey(
        Series,
        verbose_name=_("series"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
    )
    title = TranslatedTextField(_("title"), max_length=300)
    acronym = models.CharField(
        _("acronym"), max_length=50, help_text=_("For example WTISD-23 or WTDC-21.")
    )
    theme = TranslatedTextField(_("theme"), max_length=500, blank=True)
    slug = models.SlugField(_("address"), max_length=60, unique=True, editable=False)
    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices)
    format = models.CharField(_("format"), max_length=20, choices=EventFormat.choices)
    status = models.CharField(
        _("status"), max_length=20, choices=EventStatus.choices, default=EventStatus.DRAFT
    )
    start = models.DateTimeField(_("start"), db_index=True)
    end = models.DateTimeField(_("end"))
    timezone = models.CharField(
        _("time zone"),
        max_length=64,
        default="Europe/Zurich",
        validators=[validate_timezone],
        help_text=_("IANA name of the zone where the event takes place, e.g. Africa/Kigali."),
    )
    times_announced = models.BooleanField(
        _("times announced"), default=True, help_text=_("Untick when only the dates are known.")
    )
    venue = models.ForeignKey(
        Venue, verbose_name=_("venue"), null=True, blank=True, on_delete=models.PROTECT
    )
    room = models.ForeignKey(
        Room, verbose_name=_("room"), null=True, blank=True, on_delete=models.PROTECT
    )
    contact_email = models.EmailField(
        _("contact e-mail"), blank=True, validators=[validate_deliverable_email]
    )
    website = models.URLField(_("website"), blank=True)
    organisers = models.ManyToManyField(
        Organisation,
        through="EventOrganiser",
        verbose_name=_("organisers"),
        related_name="organised_events",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["start", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["series", "acronym"],
                name="event_acronym_unique_in_series",
                violation_error_message=_("This series already has an event with this acronym."),
            ),
            models.CheckConstraint(
                condition=Q(end__gt=F("start")),
                name="event_ends_after_start",
                violation_error_message=_("The event must end after it starts."),
            ),
        ]
        indexes = [models.Index(fields=["status", "start"])]

    def __str__(self) -> str:
        return self.acronym

    def clean(self) -> None:
        if self.room_id and self.venue_id and self.room.venue_id != self.venue_id:
            raise ValidationError({"room": _("This room is not at the chosen venue.")})
        if self.room_id and not self.venue_id:
            self.venue = self.room.venue
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The event must end after it starts.")})

    @property
    def local(self):
        """Start and end as the event's own zone sees them."""
        return shown_in(self.start, self.end, self.timezone, self.times_announced)

    def shown_for(self, zone_name: str):
        return shown_in(self.start, self.end, zone_name, self.times_announced)

    @property
    def is_remote_only(self) -> bool:
        return self.format == EventFormat.VIRTUAL


class EventOrganiser(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="organiser_links")
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.PROTECT
    )
    role = models.CharField(
        _("role"), max_length=20, choices=OrganiserRole.choices, default=OrganiserRole.ORGANISER
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("organiser")
        verbose_name_plural = _("organisers and co-organisers")
        ordering = ["order", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "organisation"],
                name="organiser_once_per_event",
                violation_error_message=_(
                    "This organisation is already an organiser of the event."
                ),
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} ({self.get_role_display()})"


class EventRelation(models.Model):
    """``source`` takes place within ``target``, or is preceded by it."""

    source = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="relations_out")
    kind = models.CharField(_("relation"), max_length=20, choices=RelationKind.choices)
    target = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="relations_in"
    )

    class Meta:
        verbose_name = _("relation to another event")
        verbose_name_plural = _("relations to other events")
        constraints = [
            models.UniqueConstraint(
                fields=["source", "kind", "target"],
                name="event_relation_unique",
                violation_error_message=_("This relation is already recorded."),
            ),
            models.CheckConstraint(
                condition=~Q(source=F("target")),
                name="event_relation_not_to_itself",
                violation_error_message=_("An event cannot be related to itself."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.source} {self.get_kind_display()} {self.target}"

    def clean(self) -> None:
        if not (self.source_id and self.target_id) or self.kind != RelationKind.PART_OF:
            return
        # "Part of" must not loop: the target may not itself sit (at any depth) within the source.
        seen, frontier = set(), {self.target_id}
        while frontier:
            if self.source_id in frontier:
                raise ValidationError(_("This would place the event within itself."))
            seen |= frontier
            frontier = (
                set(
                    EventRelation.objects.filter(
                        source_id__in=frontier, kind=RelationKind.PART_OF
                    ).values_list("target_id", flat=True)
                )
                - seen
            )
