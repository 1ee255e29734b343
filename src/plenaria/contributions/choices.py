from django.db import models
from django.utils.translation import gettext_lazy as _


class PledgeType(models.TextChoices):
    PROGRAMMATIC = "programmatic", _("Programmatic")
    ADVOCACY = "advocacy", _("Advocacy")
    POLICY = "policy", _("Policy")
    FINANCIAL = "financial", _("Financial")


class Moderation(models.TextChoices):
    """Where a pledge or a progress report stands on its way to the public."""

    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted for review")
    RETURNED = "returned", _("Returned with comments")
    PUBLISHED = "published", _("Published")
    DECLINED = "declined", _("Declined")


# The pledger may change a pledge only while the secretariat does not hold it.
EDITABLE = frozenset({Moderation.DRAFT, Moderation.RETURNED})


class Progress(models.TextChoices):
    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETED = "completed", _("Completed")
    DISCONTINUED = "discontinued", _("Discontinued")


class CommentKind(models.TextChoices):
    """A line of a pledge's history that its pledger reads."""

    SUBMITTED = "submitted", _("Submitted")
    RETURNED = "returned", _("Returned with comments")
    PUBLISHED = "published", _("Published")
    DECLINED = "declined", _("Declined")
    NOTE = "note", _("Note")


class ActivityKind(models.TextChoices):
    CONFERENCE = "conference", _("Conference or forum")
    WORKSHOP = "workshop", _("Workshop or training")
    AWARD = "award", _("Award ceremony")
    EXHIBITION = "exhibition", _("Exhibition")
    HACKATHON = "hackathon", _("Hackathon or competition")
    MEDIA = "media", _("Media campaign")
    WEBINAR = "webinar", _("Webinar")
    OTHER = "other", _("Other")


class Audience(models.TextChoices):
    PUBLIC = "public", _("Open to the public")
    INVITED = "invited", _("By invitation")
    MEDIA = "media", _("Media")
    STUDENTS = "students", _("Students and young people")
    PROFESSIONALS = "professionals", _("Professionals")


class WhoMaySubmit(models.TextChoices):
    MEMBERS = "members", _("Members only (signed in for a member organisation)")
    ANYONE = "anyone", _("Anyone with a confirmed e-mail address")
