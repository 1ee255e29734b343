from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class AgendaStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    APPROVED = "approved", pgettext_lazy("agenda item", "Approved")
    ADOPTED = "adopted", pgettext_lazy("agenda item", "Adopted")
    WITHDRAWN = "withdrawn", pgettext_lazy("agenda item", "Withdrawn")


class SpeakerRole(models.TextChoices):
    MODERATOR = "moderator", _("Moderator")
    SPEAKER = "speaker", _("Speaker")
    PANELLIST = "panellist", _("Panellist")


class Gender(models.TextChoices):
    WOMAN = "woman", _("Woman")
    MAN = "man", _("Man")
    OTHER = "other", _("Another gender")
    UNDISCLOSED = "", _("Not stated")
