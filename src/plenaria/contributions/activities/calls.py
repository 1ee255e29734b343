"""Calls for national activities: the secretariat opens one per event and edits it.

Every check lives here, not only in the form, so that each way in (page, admin, demo, a
command) refuses a bad call with the same words: a call that closes before it opens,
activities whose last day comes before their first, a kind of activity we do not know,
a second call for the same event, or a letter that does not announce the event."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from plenaria.contributions.choices import ActivityKind
from plenaria.contributions.models import ActivityCall
from plenaria.core.services import save_validated

FIELDS = (
    "slug", "theme", "introduction", "opens_on", "closes_on", "held_from", "held_until",
    "kinds", "who_may_submit", "letter",
)  # fmt: skip
# A call's pages sit at /activities/<slug>/, beside these fixed first segments.
RESERVED_SLUGS = frozenset(
    {"mine", "review", "manage", "new", "call", "calls", "export", "totals", "import"}
)


def _check(call: ActivityCall) -> None:
    errors = {}
    if call.slug in RESERVED_SLUGS:
        errors["slug"] = _(
            "“%(slug)s” is a word the site keeps for its own pages: choose another address."
        ) % {"slug": call.slug}
    if call.opens_on and call.closes_on and call.closes_on < call.opens_on:
        errors["closes_on"] = _("A call cannot close before it opens.")
    if call.held_from and call.held_until and call.held_until < call.held_from:
        errors["held_until"] = _("The activities' last day comes before their first.")
    unknown = [kind for kind in call.kinds or [] if kind not in ActivityKind.values]
    if unknown:
        errors["kinds"] = _("Unknown kinds of activity: %(kinds)s") % {"kinds": ", ".join(unknown)}
    if call.letter_id and not call.letter.events.filter(pk=call.event_id).exists():
        errors["letter"] = _("This letter does not announce the call's event.")
    if errors:
        raise ValidationError(errors)


def _apply(call: ActivityCall, data: dict) -> ActivityCall:
    unknown = set(data) - set(FIELDS)
    if unknown:
        raise ValidationError(
            _("Unknown fields: %(names)s") % {"names": ", ".join(sorted(unknown))}
        )
    for name, value in data.items():
        setattr(call, name, value)
    call.kinds = list(dict.fromkeys(call.kinds or []))
    _check(call)
    return call


@transaction.atomic
def open_call(user, event, data: dict) -> ActivityCall:
    """Open the call for activities of ``event`` from ``data`` (its fields by name),
    validated and audited. Its address defaults to the event's."""
    if ActivityCall.objects.select_for_update().filter(event=event).exists():
        raise ValidationError(_("This event already has a call for activities."))
    call = ActivityCall(event=event)
    data = {**data, "slug": data.get("slug") or slugify(event.slug or str(event))[:60]}
    return save_validated(user, _apply(call, data))


@transaction.atomic
def update_call(user, call: ActivityCall, data: dict) -> ActivityCall:
    """Change the fields of ``call`` named in ``data``; the audit log keeps what changed."""
    return save_validated(user, _apply(call, data))
