"""Values for the demonstration's pledges: drawn at random, then scaled so that the sums by
pledger's group, by type, for the LDCs and for Africa match the published figures at once
(iterative proportional fitting), then stated in the pledger's currency and converted back at
the year's rate as the pledging services do (both amounts kept)."""

from decimal import ROUND_HALF_UP, Decimal
from random import Random

from plenaria.contributions.data.demo_rates import currency_of
from plenaria.contributions.demo import targets
from plenaria.contributions.demo.plan import Planned

CENT = Decimal("0.01")
# Typical size of a pledge (natural log of US dollars) by group; advocacy costs little.
SCALE = {"government": 16.0, "private": 17.5, "other": 15.0}


def _partitions():
    total = targets.TOTAL_USD
    return [
        (lambda p: p.entity.group, targets.GROUP_USD),
        (
            lambda p: p.pledge_type == "programmatic",
            {True: targets.PROGRAMMATIC_USD, False: total - targets.PROGRAMMATIC_USD},
        ),
        (
            lambda p: p.geography.startswith("ldc"),
            {True: targets.LDC_USD, False: total - targets.LDC_USD},
        ),
        (
            lambda p: p.geography in ("ldc_africa", "africa_only"),
            {True: targets.AFRICA_USD, False: total - targets.AFRICA_USD},
        ),
    ]


def fit(rng: Random, pledges: list[Planned]) -> None:
    """Set each pledge's ``weight`` to its value in US dollars."""
    for pledge in pledges:
        pledge.weight = rng.lognormvariate(SCALE[pledge.entity.group], 1.3)
        if pledge.pledge_type == "advocacy":
            pledge.weight *= 0.2
    partitions = _partitions()
    for _round in range(80):
        for key, goals in partitions:
            sums: dict = {}
            for pledge in pledges:
                sums[key(pledge)] = sums.get(key(pledge), 0.0) + pledge.weight
            for pledge in pledges:
                pledge.weight *= float(goals[key(pledge)]) / sums[key(pledge)]


def stated(pledge: Planned, rng: Random, rates: dict, year: int) -> tuple[Decimal, str, Decimal]:
    """The value as its pledger states it (three significant figures, in its currency most
    often) and in US dollars at ``year``'s rate."""
    currency = currency_of(pledge.entity.country)
    if (pledge.entity.group != "government" and rng.random() < 0.4) or (
        (currency, year) not in rates and currency != "USD"
    ):
        currency = "USD"
    rate = Decimal(1) if currency == "USD" else rates[(currency, year)]
    amount = Decimal(f"{pledge.weight / float(rate):.3g}").quantize(CENT)
    return amount, currency, (amount * rate).quantize(CENT, rounding=ROUND_HALF_UP)
