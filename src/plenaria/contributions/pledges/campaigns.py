"""Campaigns: the secretariat opens and edits them; the public reads each with its counter.

A campaign's dates are checked here, not only by the form, so that every way in (page,
API, admin, a command) refuses a campaign that closes before it opens with the same words."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from plenaria.contributions.models import Campaign
from plenaria.core.services import save_validated

FIELDS = ("slug", "title", "theme", "description", "opens_on", "closes_on", "event", "letter")


def _check_dates(campaign: Campaign) -> None:
    if campaign.opens_on and campaign.closes_on and campaign.closes_on < campaign.opens_on:
        raise ValidationError({"closes_on": _("A campaign cannot close before it opens.")})


def _apply(campaign: Campaign, data: dict) -> Campaign:
    unknown = set(data) - set(FIELDS)
    if unknown:
        raise ValidationError(
            _("Unknown fields: %(names)s") % {"names": ", ".join(sorted(unknown))}
        )
    for name, value in data.items():
        setattr(campaign, name, value)
    _check_dates(campaign)
    return campaign


@transaction.atomic
def open_campaign(user, data: dict) -> Campaign:
    """Create a campaign from ``data`` (its fields by name), validated and audited."""
    return save_validated(user, _apply(Campaign(), data))


@transaction.atomic
def update_campaign(user, campaign: Campaign, data: dict) -> Campaign:
    """Change ``campaign``'s fields named in ``data``; the audit log keeps what changed
    (``save_validated`` locks the row while it reads the old values)."""
    return save_validated(user, _apply(campaign, data))
