"""National activities: a call for the celebrations organised around an event (WTISD), the
activities submitted to it, and what happened at each."""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from plenaria.contributions.choices import ActivityKind, CommentKind, Moderation, WhoMaySubmit
from plenaria.core.fields import TranslatedTextField
from plenaria.core.timezones import validate_timezone


class ActivityCall(models.Model):
    event = models.OneToOneField(
        "events.Event",
        verbose_name=_("event"),
        on_delete=models.PROTECT,
        related_name="activity_call",
    )
    slug = models.SlugField(_("address"), max_length=60, unique=True)
    theme = TranslatedTextField(_("theme"), max_length=500, blank=True)
    introduction = TranslatedTextField(_("introduction"), blank=True, multiline=True)
    opens_on = models.DateField(_("opens on"))
    closes_on = models.DateField(_("closes on"))
    # Activities may take place in this span (around the day itself).
    held_from = models.DateField(_("activities from"))
    held_until = models.DateField(_("activities until"))
    kinds = models.JSONField(_("kinds of activity accepted"), default=list, blank=True)
    who_may_submit = models.CharField(
        _("who may submit"), max_length=20, choices=WhoMaySubmit.choices
    )
    letter = models.ForeignKey(
        "circulars.Letter",
        verbose_name=_("letter"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="activity_calls",
        help_text=_("The circular letter that announces the call, if any."),
    )

    class Meta:
        verbose_name = _("call for activities")
        verbose_name_plural = _("calls for activities")
        ordering = ["-opens_on", "slug"]
        constraints = [
            models.CheckConstraint(
                condition=Q(closes_on__gte=models.F("opens_on")),
                name="call_closes_after_it_opens",
                violation_error_message=_("A call cannot close before it opens."),
            ),
            models.CheckConstraint(
                condition=Q(held_until__gte=models.F("held_from")),
                name="call_activities_span_forward",
                violation_error_message=_("The activities' last day comes before their first."),
            ),
        ]

    def __str__(self) -> str:
        return str(self.event)

    def accepts(self, kind: str) -> bool:
        return not self.kinds or kind in self.kinds


class Activity(models.Model):
    personal_fields = frozenset({"contact_name", "contact_email", "contact_phone"})

    call = models.ForeignKey(
        ActivityCall, verbose_name=_("call"), on_delete=models.PROTECT, related_name="activities"
    )
    organisation = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("organiser"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="activities",
    )
    organiser_name = models.CharField(
        _("organiser (not in the directory)"), max_length=300, blank=True
    )
    co_organisers = models.ManyToManyField(
        "directory.Organisation",
        verbose_name=_("co-organisers"),
        blank=True,
        related_name="co_organised_activities",
    )
    country = models.ForeignKey(
        "directory.Country",
        verbose_name=_("country"),
        on_delete=models.PROTECT,
        related_name="activities",
    )
    city = models.CharField(_("city"), max_length=200, blank=True)
    online = models.BooleanField(_("online"), default=False)
    latitude = models.DecimalField(max_digits=8, decimal_places=5, null=True, blank=True)
    longitude = models.DecimalField(max_digits=8, decimal_places=5, null=True, blank=True)
    title = TranslatedTextField(_("title"), max_length=300)
    description = TranslatedTextField(_("description"), max_length=10000, multiline=True)
    kind = models.CharField(_("kind"), max_length=20, choices=ActivityKind.choices)
    starts_at = models.DateTimeField(_("start"), db_index=True)
    ends_at = models.DateTimeField(_("end"))
    timezone = models.CharField(_("time zone"), max_length=64, validators=[validate_timezone])
    languages = models.JSONField(_("languages"), default=list, blank=True)
    audiences = models.JSONField(_("audience"), default=list, blank=True)
    expected_participants = models.PositiveIntegerField(
        _("expected participants"), null=True, blank=True
    )
    website = models.URLField(_("website"), blank=True)
    contact_name = models.CharField(_("contact"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact's e-mail"), blank=True)
    contact_phone = models.CharField(_("contact's telephone"), max_length=40, blank=True)
    contact_public = models.BooleanField(_("show the contact publicly"), default=False)
    image = models.ImageField(_("image or poster"), upload_to="activities/", blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Moderation.choices, default=Moderation.DRAFT
    )
    duplicate_of = models.ForeignKey(
        "self",
        verbose_name=_("duplicate of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="duplicates",
    )
    language = models.CharField(_("submitter's language"), max_length=10, default="en")
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="activities",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    published_at = models.DateTimeField(_("approved"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminded"), null=True, blank=True)
    outcome_asked_at = models.DateTimeField(_("outcome asked for"), null=True, blank=True)
    submission_key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        ordering = ["starts_at", "pk"]
        indexes = [
            models.Index(fields=["call", "status", "country"]),
            models.Index(fields=["call", "status", "starts_at"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gte=models.F("starts_at")),
                name="activity_ends_after_it_starts",
                violation_error_message=_("An activity cannot end before it starts."),
            ),
            models.CheckConstraint(
                condition=Q(online=True) | ~Q(city=""),
                name="activity_has_a_city_or_is_online",
                violation_error_message=_("Give the city, or tick “online”."),
            ),
        ]

    def __str__(self) -> str:
        return self.title.in_language()

    @property
    def organiser(self) -> str:
        return str(self.organisation) if self.organisation_id else self.organiser_name


class ActivityOutcome(models.Model):
    """What happened, told by the organiser after the day."""

    activity = models.OneToOneField(Activity, on_delete=models.CASCADE, related_name="outcome")
    participants = models.PositiveIntegerField(_("participants"))
    women_share = models.PositiveSmallIntegerField(
        _("share of women (%)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    young_share = models.PositiveSmallIntegerField(
        _("share of young people (%)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    summary = models.TextField(_("what happened"), max_length=10000, blank=True)
    links = models.TextField(_("links"), max_length=2000, blank=True)
    reported_at = models.DateTimeField(_("reported"), auto_now=True)

    class Meta:
        verbose_name = _("outcome")
        verbose_name_plural = _("outcomes")
        constraints = [
            models.CheckConstraint(
                condition=Q(women_share__isnull=True) | Q(women_share__lte=100),
                name="outcome_women_share_at_most_100",
            ),
            models.CheckConstraint(
                condition=Q(young_share__isnull=True) | Q(young_share__lte=100),
                name="outcome_young_share_at_most_100",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.activity_id}: {self.participants}"


class OutcomePhoto(models.Model):
    outcome = models.ForeignKey(ActivityOutcome, on_delete=models.CASCADE, related_name="photos")
    image = models.ImageField(_("photo"), upload_to="activities/outcomes/")

    class Meta:
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

    def __str__(self) -> str:
        return self.image.name


class ActivityComment(models.Model):
    """A step of an activity's review, with the words its submitter should read."""

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="comments")
    kind = models.CharField(_("kind"), max_length=20, choices=CommentKind.choices)
    text = models.TextField(_("comment"), max_length=5000, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        verbose_name = _("activity comment")
        verbose_name_plural = _("activity comments")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.activity_id}: {self.get_kind_display()}"
