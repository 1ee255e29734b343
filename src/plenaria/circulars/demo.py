"""Load the five seed letters as issued letters, through the services. Running it again
changes nothing: an issued letter is found by its reference and left as it is."""

import datetime
from pathlib import Path

from django.db import transaction

from plenaria.circulars import demo_letters as data
from plenaria.circulars import services
from plenaria.circulars.models import (
    Annex,
    IssuingOffice,
    Letter,
    LetterVersion,
    NumberingSeries,
    Signatory,
)
from plenaria.circulars.numbering import format_reference
from plenaria.core.services import save_validated
from plenaria.demo.languages import in_six
from plenaria.events.models import Event

TEXTS = Path(__file__).resolve().parent / "data" / "demo"
SALUTATIONS = {"fr": data.FR_SALUTATION, "en": data.EN_SALUTATION, **data.OTHER_SALUTATIONS}


def _text(name: str) -> str:
    return (TEXTS / name).read_text(encoding="utf-8").strip()


def _upsert(model, lookup: dict, values: dict):
    """The row ``lookup`` finds, left as it is; or a new one."""
    found = model.objects.filter(**lookup).first()
    if found is not None:
        return found
    instance = model(**lookup)
    for name, value in values.items():
        setattr(instance, name, value)
    return save_validated(None, instance)


def _offices_and_series() -> dict[str, NumberingSeries]:
    offices = {
        item["code"]: _upsert(
            IssuingOffice,
            {"code": item["code"]},
            {**item, "name": in_six(item["name"]), "place": in_six(item["place"])},
        )
        for item in data.OFFICES
    }
    return {
        item["code"]: _upsert(
            NumberingSeries,
            {"code": item["code"]},
            {**item, "name": in_six(item["name"]), "office": offices[item["office"]]},
        )
        for item in data.SERIES
    }


def _draft(item: dict, series: NumberingSeries) -> Letter:
    name, phone, fax, email = item["contact"]
    letter = services.save_letter(
        None,
        Letter(
            office=series.office,
            series=series,
            reference_suffix=item.get("suffix", ""),
            contact_name=name,
            contact_phone=phone,
            contact_fax=fax,
            contact_email=email,
        ),
    )
    for language, parts in item["versions"].items():
        version = services.save_part(
            None,
            LetterVersion(
                letter=letter,
                language=language,
                subject=parts["subject"],
                addressee_text=parts["addressees"],
                salutation=SALUTATIONS[language],
                body=_text(f"{item['key']}.{language}.md"),
                closing=parts["closing"],
            ),
        )
        for number, title in enumerate(parts.get("annexes", []), start=1):
            body = _text(f"{item['key']}.{language}.annex{number}.md")
            services.save_part(None, Annex(version=version, order=number, title=title, body=body))
    for order, signatory in enumerate(item["signatories"]):
        services.save_part(None, Signatory(letter=letter, order=order, **signatory))
    services.set_addressees(None, letter, item["addressees"])
    services.set_events(None, letter, Event.objects.filter(acronym__in=item["events"]))
    for kind, reference in item.get("relations", []):
        services.relate(None, letter, kind, reference=reference)
    return letter


@transaction.atomic
def load_circulars_demo() -> int:
    """Issue each seed letter once, with the number it bears in the real series."""
    all_series = _offices_and_series()
    for item in data.LETTERS:
        series = all_series[item["series"]]
        day = datetime.date(*item["date"])
        reference = format_reference(series.pattern, day.year, item["number"])
        if Letter.objects.filter(series=series, reference=reference).exists():
            continue
        letter = _draft(item, series)
        services.set_next_number(None, series, day.year, item["number"])
        services.issue_letter(None, letter, on=day)
    return len(data.LETTERS)
