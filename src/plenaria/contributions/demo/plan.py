"""The demonstration's published pledges as plain records, before any row is written.

Counts are dealt out exactly (types per group, LDC and Africa, women among beneficiaries),
so the published marginals hold by construction; values are fitted afterwards (values.py).
"""

import datetime
from dataclasses import dataclass, field
from random import Random

from plenaria.contributions.data.demo_texts import TITLES
from plenaria.contributions.demo import targets
from plenaria.contributions.demo.entities import Entity, Places

DAY = datetime.timedelta(days=1)
# Pillars a pledge of each type most often serves first.
LEAD_PILLARS = {
    "programmatic": ["infrastructure", "skills", "digital_inclusion", "digital_services",
                     "innovation", "affordability"],
    "financial": ["investment", "financing", "infrastructure"],
    "policy": ["policy_regulation", "cybersecurity", "affordability"],
    "advocacy": ["digital_inclusion", "skills", "affordability", "cybersecurity"],
}  # fmt: skip
OTHER_SDGS = [4, 5, 8, 10, 1, 3, 17, 11, 16]
PILLARS = sorted(TITLES)


@dataclass
class Planned:
    entity: Entity
    pledge_type: str
    geography: str
    countries: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    is_global: bool = False
    pillars: list[str] = field(default_factory=list)
    beneficiaries: list[str] = field(default_factory=list)
    sdgs: list[int] = field(default_factory=list)
    weight: float = 1.0
    published_on: datetime.date = targets.AS_OF


def _deal(rng: Random, counts: dict[str, int]) -> list[str]:
    labels = [label for label, count in counts.items() for _n in range(count)]
    rng.shuffle(labels)
    return labels


def pledgers(rng: Random, found: list[Entity]) -> list[Entity]:
    """One entity per pledge: each pledges once, the rest go mostly to a few large ones."""
    result = []
    for group, by_region in targets.PLEDGES_BY.items():
        for region, count in by_region.items():
            cell = [e for e in found if e.group == group and e.region == region]
            weights = [rng.paretovariate(1.5) for _e in cell]
            result += cell + rng.choices(cell, weights, k=count - len(cell))
    return result


def _geography(rng: Random, pledges: list[Planned], where: Places) -> None:
    natural = {}
    for pledge in pledges:
        own = pledge.entity.country
        ldc, africa = own in where.ldc, where.region_of.get(own) == "africa"
        natural[id(pledge)] = (
            ("ldc_africa" if africa else "ldc_elsewhere")
            if ldc
            else ("africa_only" if africa else "elsewhere")
        )
    left = dict(targets.GEOGRAPHY)
    order = sorted(pledges, key=lambda p: (p.entity.group != "government", rng.random()))
    for pledge in order:
        wanted = natural[id(pledge)]
        if pledge.entity.group == "government" and left[wanted] and rng.random() < 0.7:
            pledge.geography = wanted
            left[wanted] -= 1
    rest = _deal(rng, left)
    for pledge in order:
        if not pledge.geography:
            pledge.geography = rest.pop()
    _countries(rng, pledges, where, natural)


def _countries(rng, pledges, where: Places, natural) -> None:
    pool = [code for codes in where.pool.values() for code in codes]
    africa = {code for code in pool if where.region_of[code] == "africa"}
    kinds = {
        "ldc_africa": ([c for c in pool if c in where.ldc and c in africa], africa),
        "ldc_elsewhere": (
            [c for c in pool if c in where.ldc and c not in africa],
            {c for c in pool if c not in africa},
        ),
        "africa_only": ([c for c in africa if c not in where.ldc],) * 2,
        "elsewhere": ([c for c in pool if c not in africa and c not in where.ldc],) * 2,
    }
    africa_regions = targets.AFRICA_BY_REGION_ONLY
    elsewhere = _deal(
        rng,
        {
            "global": targets.ELSEWHERE_GLOBAL,
            "regions": targets.ELSEWHERE_BY_REGION,
            "countries": targets.GEOGRAPHY["elsewhere"]
            - targets.ELSEWHERE_GLOBAL
            - targets.ELSEWHERE_BY_REGION,
        },
    )
    not_africa = [r for r in targets.REGIONS if r != "africa"]
    # Pledges away from their pledger's own country take the named regions and global first.
    for pledge in sorted(pledges, key=lambda p: natural[id(p)] == p.geography):
        first, extra = kinds[pledge.geography]
        if pledge.geography == "africa_only" and africa_regions:
            africa_regions -= 1
            pledge.regions = ["africa"]
            continue
        if pledge.geography == "elsewhere":
            how = elsewhere.pop()
            if how == "global":
                pledge.is_global = True
                continue
            if how == "regions":
                pledge.regions = sorted(rng.sample(not_africa, rng.choice([1, 1, 2])))
                continue
        own = pledge.entity.country
        lead = own if natural[id(pledge)] == pledge.geography else rng.choice(sorted(first))
        more = rng.choices([0, 1, 2, 4], [60, 18, 12, 10])[0]
        others = rng.sample(sorted(set(extra) - {lead}), more)
        pledge.countries = [lead, *others]


def _themes(rng: Random, pledge: Planned, groups: list[str], women: bool) -> None:
    lead = rng.choice(LEAD_PILLARS[pledge.pledge_type])
    extra = rng.sample([p for p in PILLARS if p != lead], rng.choice([0, 1, 1, 2]))
    pledge.pillars = [lead, *extra]
    others = [g for g in groups if g != "women_girls"]
    chosen = rng.sample(others, rng.choice([1, 1, 2, 3]))
    pledge.beneficiaries = (["women_girls"] if women else []) + chosen
    sdgs = {9} if rng.random() < 0.8 else set()
    sdgs |= set(rng.sample(OTHER_SDGS, rng.choice([1, 2, 3])))
    if women and rng.random() < 0.6:
        sdgs.add(5)
    pledge.sdgs = sorted(sdgs)


def plan(rng: Random, found: list[Entity], where: Places, groups: list[str]) -> list[Planned]:
    by = pledgers(rng, found)
    types = {group: _deal(rng, counts) for group, counts in targets.TYPES_BY.items()}
    pledges = [Planned(entity=e, pledge_type=types[e.group].pop(), geography="") for e in by]
    _geography(rng, pledges, where)
    women = set(rng.sample(range(len(pledges)), round(len(pledges) * targets.WOMEN_SHARE)))
    span = (targets.AS_OF - targets.FIRST_PLEDGE).days - 1
    for index, pledge in enumerate(pledges):
        _themes(rng, pledge, groups, index in women)
        pledge.published_on = targets.FIRST_PLEDGE + DAY * rng.randint(0, span)
    return pledges
