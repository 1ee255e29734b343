from django.db import models
from django.utils.translation import gettext_lazy as _


class EventKind(models.TextChoices):
    OBSERVANCE = "observance", _("Observance / celebration")
    FORUM = "forum", _("Forum")
    CONFERENCE = "conference", _("Conference")
    MEETING = "meeting", _("Meeting")
    SUMMIT = "summit", _("Summit")
    ROUNDTABLE = "roundtable", _("Round table")


class EventFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    VIRTUAL = "virtual", _("Virtual")
    HYBRID = "hybrid", _("Hybrid")


class EventStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    CLOSED = "closed", _("Closed")
    ARCHIVED = "archived", _("Archived")


# Every status but draft can be read by the public.
PUBLIC_STATUSES = [EventStatus.PUBLISHED, EventStatus.CLOSED, EventStatus.ARCHIVED]


class OrganiserRole(models.TextChoices):
    ORGANISER = "organiser", _("Organiser")
    CO_ORGANISER = "co_organiser", _("Co-organiser")


class RelationKind(models.TextChoices):
    PART_OF = "part_of", _("takes place within")
    PRECEDED_BY = "preceded_by", _("is preceded by")
