"""The demo directory: every ITU Member State with its administration contact, and a few
dozen Sector Members, Associates, Academia and international organisations."""

import json
from pathlib import Path

from django.utils import translation
from django_countries import countries

from plenaria.demo.upsert import upsert
from plenaria.directory import services
from plenaria.directory.models import Contact, Country, Organisation

DATA = Path(__file__).resolve().parent / "data"
SECTOR_FIELDS = {"ITU-R": "member_itu_r", "ITU-T": "member_itu_t", "ITU-D": "member_itu_d"}


def _country_names(code: str) -> dict[str, str]:
    names = {}
    for language in ("en", "fr", "es", "ru", "ar", "zh-hans"):
        with translation.override(language):
            names[language] = str(countries.name(code))
    return names


def _contact(organisation: Organisation, data: dict) -> Contact:
    contact = upsert(
        Contact,
        {"organisation": organisation, "email": data["email"].lower()},
        {
            "title": data.get("title", ""),
            "first_name": data.get("first_name", ""),
            "last_name": data["last_name"],
            "job_title": data.get("job_title", ""),
            "phone": data.get("phone", ""),
            "preferred_language": data.get("language", "en"),
        },
        save=services.save_contact,
    )
    if data.get("focal_point"):
        services.designate_focal_point(None, contact)
    return contact


def load_member_states() -> int:
    contacts = json.loads((DATA / "member_state_contacts.json").read_text(encoding="utf-8"))
    by_code = {item["iso2"]: item for item in contacts}
    count = 0
    for country in Country.objects.filter(is_itu_member_state=True):
        code = str(country.code)
        organisation = upsert(
            Organisation,
            {"category": "member_state", "country": country},
            {"name": _country_names(code), "acronym": code, "wsis_stakeholder_type": "government"},
            save=services.save_organisation,
        )
        if code in by_code:
            _contact(organisation, by_code[code]["contact"])
        count += 1
    return count


def load_organisations() -> int:
    items = json.loads((DATA / "organisations.json").read_text(encoding="utf-8"))
    for item in items:
        flags = {
            field: sector in item.get("sectors", []) for sector, field in SECTOR_FIELDS.items()
        }
        organisation = upsert(
            Organisation,
            {"acronym": item["acronym"], "category": item["category"]},
            {
                "name": item["name"],
                "country_id": item.get("country"),
                "wsis_stakeholder_type": item.get("wsis_stakeholder_type", ""),
                **flags,
            },
            save=services.save_organisation,
        )
        for contact in item.get("contacts", []):
            _contact(organisation, contact)
    return len(items)
