"""The demonstration's pledging organisations: Member States (the governments), a few
organisations already in the demo directory, and invented ones to make up the 408."""

from dataclasses import dataclass
from random import Random

from plenaria.contributions.data import demo_entities as words
from plenaria.contributions.demo import targets
from plenaria.directory.models import Country, Organisation

PLEDGER_ORGANISATION = "Sahel Fibre Networks"
PLEDGER_COUNTRY = "NE"


@dataclass
class Entity:
    organisation: Organisation
    group: str  # government, private, other
    region: str
    country: str


@dataclass
class Places:
    """The 138 countries of the demo and what each is: its region, whether an LDC."""

    pool: dict[str, list[str]]  # region: country codes
    region_of: dict[str, str]
    ldc: set[str]


def places(rng: Random, reused: list[Organisation]) -> Places:
    # The Holy See has no connectivity programmes to pledge for.
    members = Country.objects.filter(is_itu_member_state=True).exclude(itu_region="")
    members = members.exclude(code="VA")
    region_of = dict(members.values_list("code", "itu_region"))
    ldc = set(members.filter(groupings__code="LDC").values_list("code", flat=True))
    required = ldc | {org.country_id for org in reused} | {PLEDGER_COUNTRY}
    pool = {}
    for region, size in targets.POOL_BY.items():
        codes = sorted(code for code, where in region_of.items() if where == region)
        chosen = [code for code in codes if code in required]
        rest = [code for code in codes if code not in required]
        pool[region] = chosen + rng.sample(rest, max(0, size - len(chosen)))
    return Places(pool=pool, region_of=region_of, ldc=ldc)


def _reused() -> dict[str, list[Organisation]]:
    found = Organisation.objects.exclude(category="member_state").exclude(country=None)
    return {
        group: sorted(found.filter(acronym__in=acronyms), key=lambda org: org.acronym)
        for group, acronyms in targets.REUSED.items()
    }


def _invented_names(group: str, region: str):
    """Names of the group's kind for the region, in a fixed order."""
    kinds = (
        ["private"] if group == "private" else [k for k, w in words.OTHER_KINDS for _ in range(w)]
    )
    places_of = words.PLACES[region]
    for round_ in range(100):
        for index, place in enumerate(places_of):
            kind = kinds[(index + round_) % len(kinds)]
            nouns = words.KINDS[kind][2]
            yield kind, f"{place} {nouns[(index + round_) % len(nouns)]}"


def entities(rng: Random) -> tuple[list[Entity], Places]:
    """Every pledging entity, creating the invented organisations missing from the directory."""
    reused = _reused()
    where = places(rng, reused["private"] + reused["other"])
    governments = {
        org.country_id: org for org in Organisation.objects.filter(category="member_state")
    }
    existing = {
        org.name.get("en"): org
        for org in Organisation.objects.exclude(category="member_state").only("name", "country")
    }
    found, new = [], []
    for region in targets.REGIONS:
        pool = where.pool[region]
        chosen = rng.sample(pool, targets.ENTITIES_BY["government"][region])
        found += [Entity(governments[c], "government", region, c) for c in chosen]
        # Countries no government of the demo pledges from still have a pledger.
        uncovered = [code for code in pool if code not in chosen]
        for group in ("private", "other"):
            mine = [org for org in reused[group] if where.region_of.get(org.country_id) == region]
            found += [Entity(org, group, region, org.country_id) for org in mine]
            names = _invented_names(group, region)
            for _n in range(targets.ENTITIES_BY[group][region] - len(mine)):
                kind, name = next(names)
                if name == PLEDGER_ORGANISATION:
                    country = PLEDGER_COUNTRY
                else:
                    country = uncovered.pop() if uncovered else rng.choice(pool)
                org = existing.get(name) or _organisation(kind, name, country)
                if org.pk is None:
                    new.append(org)
                found.append(Entity(org, group, region, org.country_id))
    Organisation.objects.bulk_create(new)
    return found, where


def _organisation(kind: str, name: str, country: str) -> Organisation:
    category, stakeholder, _nouns = words.KINDS[kind]
    return Organisation(
        name={"en": name},
        acronym=words.acronym(name),
        category=category,
        wsis_stakeholder_type=stakeholder,
        country_id=country,
    )
