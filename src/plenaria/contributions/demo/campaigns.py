"""The demonstration's campaigns: the P2C Roundtable at WTDC-21, WTISD-23 for the least
developed countries, and an open one for the next WTISD, dated from today."""

import datetime

from plenaria.circulars.models import Letter
from plenaria.contributions.models import Campaign
from plenaria.events.models import Event

D = datetime.date
ROUNDTABLE, LDC, UPCOMING = "roundtable", "ldc", "upcoming"


def _campaign(slug: str, values: dict) -> Campaign:
    found = Campaign.objects.filter(slug=slug).first()
    return found or Campaign.objects.create(slug=slug, **values)


def _letter(reference: str):
    return Letter.objects.filter(reference=reference).first()


def _upcoming_wtisd(today: D):
    return (
        Event.objects.filter(series__acronym="WTISD", start__date__gt=today)
        .order_by("start")
        .first()
    )


def campaigns(today: D) -> dict[str, Campaign]:
    """The three campaigns, found by their address or created."""
    found = {
        ROUNDTABLE: _campaign(
            "p2c-roundtable-wtdc-21",
            {
                "title": {
                    "en": "P2C Roundtable at WTDC-21",
                    "fr": "Table ronde P2C à la CMDT-21",
                },
                "theme": {
                    "en": "Commitments to connect the hardest-to-connect communities",
                    "fr": "Des engagements pour connecter les communautés les plus difficiles à atteindre",
                },
                "opens_on": D(2022, 3, 1),
                "closes_on": D(2022, 6, 16),
                "event": Event.objects.filter(acronym="WTDC-21").first(),
                "letter": _letter("DM-22/1002"),
            },
        ),
        LDC: _campaign(
            "wtisd-23-ldc",
            {
                "title": {
                    "en": "WTISD-23: pledges for the least developed countries",
                    "fr": "JMTSI-23 : engagements en faveur des pays les moins avancés",
                },
                "theme": {
                    "en": "Empowering the least developed countries through ICTs",
                    "fr": "Donner des moyens d'action aux PMA grâce aux TIC",
                },
                "opens_on": D(2023, 3, 1),
                "closes_on": D(2023, 5, 17),
                "event": Event.objects.filter(acronym="WTISD-23").first(),
                "letter": _letter("CL-23/9"),
            },
        ),
    }
    event = _upcoming_wtisd(today)
    day = event.start.date() if event else D(today.year + 1, 5, 17)
    found[UPCOMING] = _campaign(
        f"wtisd-{day.year % 100:02d}",
        {
            "title": {
                "en": f"WTISD-{day.year % 100:02d}: pledges to connect the unconnected",
                "fr": f"JMTSI-{day.year % 100:02d} : engagements pour connecter les non-connectés",
            },
            "opens_on": today - datetime.timedelta(days=30),
            "closes_on": max(day, today),
            "event": event,
        },
    )
    return found
