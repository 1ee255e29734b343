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
