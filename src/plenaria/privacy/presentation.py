"""An export as a page: its sections, and its fields with their labels in the reader's
language."""

from django.utils.translation import gettext_lazy as _

SECTIONS = {
    "registrations": _("Registrations"),
    "speakers": _("Speaker in the programme"),
    "contacts": _("Directory contacts"),
    "letter_deliveries": _("Letters delivered"),
    "logins": _("Login accounts"),
}
LABELS = {
    "accessibility_needs": _("Accessibility needs"),
    "active": _("Active"),
    "affiliation": _("Organisation"),
    "attempts": _("Attempts"),
    "badges": _("Badges"),
    "biography": _("Biography"),
    "capacity": _("Attending as"),
    "check_ins": _("Check-ins"),
    "checked_in_at": _("Checked in at"),
    "confirmed_at": _("Address confirmed at"),
    "consent": _("Consent to the privacy notice"),
    "country": _("Country"),
    "created_at": _("Created at"),
    "date_joined": _("Joined on"),
    "day": _("Day"),
    "designated_on": _("Designated on"),
    "email": _("E-mail"),
    "erased_at": _("Erased at"),
    "event": _("Event"),
    "failed_at": _("Failed at"),
    "first_name": _("First name"),
    "focal_point": _("Focal point"),
    "gender": _("Gender"),
    "id": _("Number"),
    "interpretation_language": _("Interpretation wanted"),
    "kind": _("Kind"),
    "language": _("Language"),
    "last_error": _("Mail server's answer"),
    "last_login": _("Last sign-in"),
    "last_name": _("Last name"),
    "letter": _("Letter"),
    "login": _("Login"),
    "mode": _("Attendance"),
    "name": _("Name"),
    "nationality": _("Nationality"),
    "notifications": _("Messages"),
    "organisation": _("Organisation"),
    "passport_expiry": _("Passport valid until"),
    "passport_number": _("Passport number"),
    "phone": _("Telephone"),
    "position": _("Position"),
    "preferred_language": _("Preferred language"),
    "printed_at": _("Printed at"),
    "rejection_reason": _("Reason for rejection"),
    "revoked_at": _("Revoked at"),
    "role": _("Role"),
    "sent_at": _("Sent at"),
    "session": _("Session"),
    "sessions": _("Sessions"),
    "start": _("Start"),
    "state": _("State"),
    "status": _("Status"),
    "title": _("Title"),
    "updated_at": _("Last changed at"),
    "username": _("User name"),
    "visa_requested": _("Visa support letter requested"),
    "year_of_birth": _("Year of birth"),
}


def _label(name: str) -> str:
    return LABELS.get(name) or name.replace("_", " ").capitalize()


def _field(name: str, value=None, children=None) -> dict:
    return {"label": _label(name), "value": value, "children": children}


def _fields(entry: dict) -> list[dict]:
    """Each field as {label, value, children}: ``children``, for a list of entries or one
    nested entry, is a list of lists of fields (else None)."""
    fields = []
    for name, value in entry.items():
        if isinstance(value, list):
            fields.append(_field(name, children=[_fields(item) for item in value]))
        elif isinstance(value, dict) and name != "biography":
            fields.append(_field(name, children=[_fields(value)]))
        elif isinstance(value, dict):
            fields.append(_field(name, value=" / ".join(value.values())))
        else:
            fields.append(_field(name, value=value))
    return fields


def sections(data: dict) -> list[dict]:
    return [
        {"name": name, "title": title, "entries": [_fields(entry) for entry in data.get(name, [])]}
        for name, title in SECTIONS.items()
    ]
