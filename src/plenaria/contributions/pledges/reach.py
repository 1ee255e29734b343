"""What a pledge reaches: the ITU regions (named by the pledger, or those of its countries)
and whether it targets a least developed, landlocked developing or small island developing
country. Kept beside the pledge so that the figures count them in one grouped query."""

from collections.abc import Iterable

from plenaria.contributions.models import Pledge, PledgeRegion
from plenaria.directory.choices import ItuRegion
from plenaria.directory.models import Country

GROUPING_FLAGS = {"LDC": "targets_ldc", "LLDC": "targets_lldc", "SIDS": "targets_sids"}


def refresh_reach(pledges: Iterable[Pledge]) -> None:
    """Recompute the regions and grouping flags of ``pledges`` (saved, countries set), in a
    fixed number of queries whatever their number."""
    pledges = list(pledges)
    if not pledges:
        return
    through = Pledge.countries.through
    countries_of: dict[int, set[str]] = {pledge.pk: set() for pledge in pledges}
    for pledge_id, code in through.objects.filter(pledge__in=pledges).values_list(
        "pledge_id", "country_id"
    ):
        countries_of[pledge_id].add(code)
    every = set().union(*countries_of.values())
    region_of = dict(Country.objects.filter(code__in=every).values_list("code", "itu_region"))
    groupings_of: dict[str, set[str]] = {}
    for code, grouping in Country.groupings.through.objects.filter(
        country_id__in=every
    ).values_list("country_id", "grouping__code"):
        groupings_of.setdefault(code, set()).add(grouping)
    known = set(ItuRegion.values)
    rows = []
    for pledge in pledges:
        codes = countries_of[pledge.pk]
        regions = {region for region in pledge.regions or [] if region in known}
        regions |= {region_of[code] for code in codes if region_of.get(code)}
        rows += [PledgeRegion(pledge=pledge, region=region) for region in sorted(regions)]
        reached = set().union(*(groupings_of.get(code, set()) for code in codes))
        for grouping, flag in GROUPING_FLAGS.items():
            setattr(pledge, flag, grouping in reached)
    PledgeRegion.objects.filter(pledge__in=pledges).delete()
    PledgeRegion.objects.bulk_create(rows)
    Pledge.objects.bulk_update(pledges, list(GROUPING_FLAGS.values()))
