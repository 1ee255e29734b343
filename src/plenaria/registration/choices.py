from django.db import models
from django.utils.translation import gettext_lazy as _


class Gender(models.TextChoices):
    WOMAN = "woman", _("Woman")
    MAN = "man", _("Man")
    ANOTHER = "another", _("Another gender")
    UNDISCLOSED = "undisclosed", _("Prefer not to say")


class Capacity(models.TextChoices):
    DELEGATE = "delegate", _("Delegate")
    HEAD = "head", _("Head of delegation")
    SPEAKER = "speaker", _("Speaker")
    OBSERVER = "observer", _("Observer")
    MEDIA = "media", _("Media")
    SECRETARIAT = "secretariat", _("Secretariat")


class Mode(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    REMOTE = "remote", _("Remotely")


class Status(models.TextChoices):
    PENDING = "pending", _("Awaiting the focal point's approval")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    SEATED = "seated", _("Seat confirmed")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


# The status of a person admitted in each mode: an in-person participant holds a seat.
ADMITTED = {Mode.IN_PERSON: Status.SEATED, Mode.REMOTE: Status.APPROVED}
# Statuses that still count towards the event (not rejected, not cancelled).
ACTIVE_STATUSES = [Status.PENDING, Status.APPROVED, Status.SEATED, Status.WAITING]


class NotificationKind(models.TextChoices):
    RECEIVED = "received", _("Registration received")
    APPROVED = "approved", _("Registration approved")
    REJECTED = "rejected", _("Registration rejected")
    SEATED = "seated", _("Seat confirmed")
    WAITING = "waiting", _("Placed on the waiting list")
    PROMOTED = "promoted", _("A seat has become free for you")
    CANCELLED = "cancelled", _("Registration cancelled")
    LAPSED = "lapsed", _("Registration lapsed: the address was not confirmed")
    LINK = "link", _("Your private registration link")


# The six official languages of the United Nations, offered for interpretation.
class UnLanguage(models.TextChoices):
    ARABIC = "ar", _("Arabic")
    CHINESE = "zh", _("Chinese")
    ENGLISH = "en", _("English")
    FRENCH = "fr", _("French")
    RUSSIAN = "ru", _("Russian")
    SPANISH = "es", _("Spanish")
