"""The words the secretariat sends with a decision on a pledge, a report or an activity."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

LONGEST = 5000


def required_comment(text: str, message: str, field: str = "text") -> str:
    """``text`` stripped; refused on ``field`` with ``message`` when empty, and when over-long."""
    text = (text or "").strip()
    if not text:
        raise ValidationError({field: message})
    if len(text) > LONGEST:
        raise ValidationError({field: _("Keep it to 5,000 characters at most.")})
    return text
