"""One person's data across Plenaria: everything held on an address, and its erasure.

Each app exports and erases its own part (``<app>/personal_data.py``); this module puts the
parts together, and erases them all in one transaction: either the person is erased
everywhere or nowhere. Programme speakers are found through their directory contact's
address, so they are erased before the contacts.
"""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from plenaria.circulars import personal_data as circulars_data
from plenaria.directory import personal_data as directory_data
from plenaria.programme import personal_data as programme_data
from plenaria.registration import personal_data as registration_data

# In the order in which they are erased.
PARTS = {
    "registrations": registration_data,
    "speakers": programme_data,
    "contacts": directory_data,
    "letter_deliveries": circulars_data,
}


def normalised(email: str) -> str:
    return (email or "").strip().lower()


def export_person(email: str) -> dict:
    """Everything held on ``email``, as plain JSON-ready values."""
    email = normalised(email)
    data = {"email": email, "exported_at": timezone.now().isoformat()}
    for part in PARTS.values():
        data.update(part.export(email))
    data["logins"] = _logins(email)
    return data


def _logins(email: str) -> list[dict]:
    """Login accounts with this address (closed in the administration, not erased here)."""
    users = get_user_model().objects.filter(email__iexact=email).order_by("pk")
    return [
        {
            "username": user.get_username(),
            "first_name": user.first_name,
            "last_name": user.last_name,
            "active": user.is_active,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
        }
        for user in users
    ]


def counts(data: dict) -> dict[str, int]:
    """How many entries of each kind an export holds."""
    return {name: len(data.get(name, [])) for name in (*PARTS, "logins")}


@transaction.atomic
def erase_person(actor, email: str) -> dict[str, int]:
    """Erase ``email``'s personal data everywhere; returns how many entries of each kind.

    Each app keeps what its counts rely on (see its ``personal_data`` module) and logs one
    "personal data erased" entry per row, with no values."""
    email = normalised(email)
    if not email:
        return dict.fromkeys(PARTS, 0)
    return {name: part.erase(actor, email) for name, part in PARTS.items()}
