"""A pledger and the form data of a good pledge, shared by the pledging tests."""

import datetime

from plenaria.contributions.models import FocusArea, Pillar
from tests.contributions.factories import PledgerAccessFactory


def pledger(username="pledger", organisation=None):
    """A user allowed to pledge for an organisation (a new one unless given)."""
    kwargs = {"user__username": username}
    if organisation is not None:
        kwargs["organisation"] = organisation
    access = PledgerAccessFactory(**kwargs)
    return access.user, access.organisation


def good_data(**changes) -> dict:
    """What a pledger sends: keys as the service takes them."""
    access = FocusArea.objects.get(code="access")
    data = {
        "title": {"en": "Connect 500 rural schools", "fr": "Connecter 500 écoles rurales"},
        "description": {"en": "Fibre and training for rural schools."},
        "pledge_type": "programmatic",
        "focus_areas": [access],
        "pillars": list(Pillar.objects.filter(focus_area=access)[:1]),
        "beneficiaries": [],
        "sdgs": [4, 9],
        "countries": ["RW", "FJ"],
        "regions": [],
        "is_global": False,
        "amount": "2000000",
        "currency": "USD",
        "starts_on": datetime.date(2023, 3, 1),
        "target_on": datetime.date(2025, 12, 31),
        "partners": [],
        "contact_name": "Amina Uwase",
        "contact_email": "amina@example.org",
        "campaign": None,
        "language": "fr",
    }
    data.update(changes)
    return data


def form_post(data: dict, key: str, organisation=None) -> dict:
    """``data`` as the browser posts the pledge form."""
    post = {
        "title_en": data["title"].get("en", ""),
        "title_fr": data["title"].get("fr", ""),
        "description_en": data["description"].get("en", ""),
        "pledge_type": data["pledge_type"],
        "focus_areas": [area.pk for area in data["focus_areas"]],
        "pillars": [pillar.pk for pillar in data["pillars"]],
        "sdgs": data["sdgs"],
        "countries": data["countries"],
        "regions": data["regions"],
        "amount": data["amount"],
        "currency": data["currency"],
        "starts_on": str(data["starts_on"]),
        "target_on": str(data["target_on"] or ""),
        "contact_name": data["contact_name"],
        "contact_email": data["contact_email"],
        "submission_key": key,
    }
    if organisation is not None:
        post["organisation"] = organisation.pk
    return post
