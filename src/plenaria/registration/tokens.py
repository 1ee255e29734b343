"""The private self-service link: a signed token naming the registration and its key.

The key is random per registration, so a link cannot be guessed from an id, and it can be
revoked by giving the registration a new key.
"""

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

SALT = "plenaria.registration.self-service"


def make_token(registration) -> str:
    return signing.dumps({"id": registration.pk, "key": registration.link_key}, salt=SALT)


def registration_from_token(token: str):
    """The registration the token names, or None when the token is forged or outdated."""
    from plenaria.registration.models import Registration

    try:
        data = signing.loads(token, salt=SALT)
        return Registration.objects.select_related("event", "organisation").get(
            pk=int(data["id"]), link_key=str(data["key"])
        )
    except (signing.BadSignature, KeyError, TypeError, ValueError, Registration.DoesNotExist):
        return None


def private_url(registration) -> str:
    with translation.override(registration.language):
        path = reverse("registration:mine", args=[make_token(registration)])
    return settings.PLENARIA_BASE_URL.rstrip("/") + path


RECEIPT_SALT = "plenaria.registration.received"


def make_receipt(deadline, needs_approval: bool) -> str:
    """What the "Check your mailbox" page shows, signed so that no one can make the site show
    another deadline: the same for a new address and for one registered already."""
    return signing.dumps([int(deadline.timestamp()), int(needs_approval)], salt=RECEIPT_SALT)


def read_receipt(token: str):
    """(deadline, needs_approval) from ``make_receipt``'s token, or None if it is not ours."""
    import datetime

    try:
        seconds, needs_approval = signing.loads(token, salt=RECEIPT_SALT)
        deadline = datetime.datetime.fromtimestamp(int(seconds), tz=datetime.UTC)
    except (signing.BadSignature, TypeError, ValueError, OverflowError, OSError):
        return None
    return deadline, bool(needs_approval)
