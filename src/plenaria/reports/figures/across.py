"""The figures of several events side by side (a series' editions, a period, a chosen set),
read from their snapshots: one query for the snapshots whatever the number of events, one for
the countries of the UN groupings, one for the Member States that took part in none."""

from dataclasses import dataclass

from plenaria.directory.choices import ItuRegion
from plenaria.directory.models import Country
from plenaria.directory.queries import country_choices
from plenaria.reports.figures import snapshots
from plenaria.reports.figures.tally import share
from plenaria.reports.figures.timeline import cumulative

GROUPINGS = ("LDC", "LLDC", "SIDS")


@dataclass
class Edition:
    """One event's measures, as the across pages compare them."""

    event: object
    registrations: int
    in_person: int
    remote: int
    women_share: float | None
    young_share: float | None
    heads_women_share: float | None
    countries: int
    # Per grouping code: registrations from its countries, and how many of them took part.
    grouping_registrations: dict
    grouping_countries: dict
    curve: list  # cumulative registrations: (days before the opening, total so far)


def grouping_members() -> dict[str, set[str]]:
    links = Country.groupings.through.objects.filter(grouping__code__in=GROUPINGS)
    members: dict[str, set[str]] = {code: set() for code in GROUPINGS}
    for country, code in links.values_list("country_id", "grouping__code"):
        members[code].add(country)
    return members


def taking_part(document: dict) -> set[str]:
    return {code for code, found in document.get("by_country", {}).items() if code and found["n"]}


def edition(event, document: dict, members: dict[str, set[str]]) -> Edition:
    overall = document["overall"]
    countries = taking_part(document)
    groupings = document.get("by_grouping", {})
    return Edition(
        event=event,
        registrations=overall["n"],
        in_person=overall["in_person"],
        remote=overall["remote"],
        women_share=share(overall["women"], overall["n"]),
        young_share=share(overall["young"], overall["n"]),
        heads_women_share=share(overall["heads_women"], overall["heads"]),
        countries=len(countries),
        grouping_registrations={code: groupings.get(code, {}).get("n", 0) for code in GROUPINGS},
        grouping_countries={code: len(countries & members[code]) for code in GROUPINGS},
        curve=cumulative(document.get("registered_per_day", [])),
    )


def compare(events) -> tuple[list[Edition], set[str]]:
    """Each event's measures, oldest first as given, and the countries that took part in any."""
    events = list(events)
    documents = snapshots.figures_of(events)
    members = grouping_members()
    found = [edition(event, documents[event.pk], members) for event in events]
    present = set().union(*(taking_part(documents[event.pk]) for event in events))
    return found, present


def absent_member_states(present: set[str]) -> list[dict]:
    """The ITU Member States that took part in none of the events, by name."""
    labels = dict(ItuRegion.choices)
    absent = Country.objects.filter(is_itu_member_state=True).exclude(code__in=present)
    regions = {str(code): region for code, region in absent.values_list("code", "itu_region")}
    names, _search = country_choices(regions)
    return [
        {"code": code, "name": name, "region": labels.get(regions[code], "")}
        for code, name in names
    ]
