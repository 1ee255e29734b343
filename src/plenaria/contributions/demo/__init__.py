"""The demonstration's pledges: about 850 from 408 entities that reproduce the coalition's
published figures as of 6 December 2023, three campaigns, two cycles of progress reports, a
few pledges waiting for the secretariat, and a login for one pledging organisation.

Seeded, so every load writes the same pledges; add-only, so a second load (found by the first
pledge's fixed submission key) writes nothing and a user's changes survive. Reads the
directory, events and letters; nothing there reads this."""

import dataclasses
import datetime
from random import Random

from django.contrib.auth import get_user_model
from django.utils import timezone

from plenaria.contributions.choices import Moderation
from plenaria.contributions.data.demo_rates import rate_table
from plenaria.contributions.demo import campaigns as campaign_data
from plenaria.contributions.demo import rows
from plenaria.contributions.demo.entities import PLEDGER_ORGANISATION, entities
from plenaria.contributions.demo.plan import Planned, plan
from plenaria.contributions.demo.progress import load_progress
from plenaria.contributions.demo.values import fit
from plenaria.contributions.models import BeneficiaryGroup, ExchangeRate, Pledge, PledgerAccess
from plenaria.contributions.pledges.reach import refresh_reach
from plenaria.directory.models import Organisation

PLEDGER_LOGIN = ("pledger", "plenaria-demo")
SEED = 20231206
DAY = datetime.timedelta(days=1)
S = Moderation
# Pledges on their way to the public: the demo pledger's own, then other organisations'.
PLEDGER_WORK = [S.DRAFT, S.SUBMITTED, S.RETURNED]
OTHERS_WORK = [S.SUBMITTED] * 4 + [S.RETURNED] * 2 + [S.DRAFT] * 2 + [S.DECLINED]
RECENTLY_PUBLISHED = 5


def load_rates() -> None:
    """The demo's exchange rates; a rate the secretariat recorded already is kept."""
    ExchangeRate.objects.bulk_create(
        [
            ExchangeRate(currency=c, year=y, usd_per_unit=rate)
            for (c, y), rate in rate_table().items()
        ],
        ignore_conflicts=True,
    )


def ensure_pledger_login(organisation: Organisation | None = None):
    username, password = PLEDGER_LOGIN
    user, created = get_user_model().objects.get_or_create(username=username)
    if created:
        user.set_password(password)
        user.save()
    organisation = (
        organisation or Organisation.objects.filter(name__en=PLEDGER_ORGANISATION).first()
    )
    if organisation is not None and not user.pledging_for.exists():
        PledgerAccess.objects.create(organisation=organisation, user=user)
    return user


def _give_pledger_pledges(planned: list[Planned], pledger) -> None:
    """The demo pledger's organisation holds at least five of its cell's pledges."""
    cell = [p for p in planned if p.entity.group == "private" and p.entity.region == "africa"]
    held = {}
    for pledge in cell:
        held[id(pledge.entity)] = held.get(id(pledge.entity), 0) + 1
    for pledge in cell:
        if held.get(id(pledger), 0) >= 5:
            return
        if pledge.entity is not pledger and held[id(pledge.entity)] > 1:
            held[id(pledge.entity)] -= 1
            pledge.entity = pledger
            held[id(pledger)] = held.get(id(pledger), 0) + 1


def _campaigns_of(rng: Random, planned: list[Planned], found: dict) -> dict[int, object]:
    """Pledges announced at the Roundtable (June 2022) and for WTISD-23 (spring 2023)."""
    chosen = {}
    order = rng.sample(range(len(planned)), len(planned))
    for index in order[:180]:
        planned[index].published_on = datetime.date(2022, 6, 7) + DAY * rng.randint(0, 20)
        chosen[index] = found[campaign_data.ROUNDTABLE]
    ldc = [i for i in order[180:] if planned[i].geography.startswith("ldc")]
    for index in ldc[:70]:
        planned[index].published_on = datetime.date(2023, 4, 17) + DAY * rng.randint(0, 30)
        chosen[index] = found[campaign_data.LDC]
    return chosen


def load_contributions_demo(today: datetime.date | None = None) -> int:
    """Load the demo's pledges once; the number of pledges written (0 when already there)."""
    today = today or timezone.localdate()
    load_rates()
    found_campaigns = campaign_data.campaigns(today)
    if Pledge.objects.filter(submission_key=rows.key(0)).exists():
        ensure_pledger_login()
        return 0
    rng = Random(SEED)
    found, where = entities(rng)
    pledger = next(e for e in found if e.organisation.name.get("en") == PLEDGER_ORGANISATION)
    groups = list(BeneficiaryGroup.objects.values_list("code", flat=True))
    planned = plan(rng, found, where, groups)
    _give_pledger_pledges(planned, pledger)
    fit(rng, planned)
    in_campaign = _campaigns_of(rng, planned, found_campaigns)
    rates = rate_table()
    user = ensure_pledger_login(pledger.organisation)
    pairs = [
        (rows.pledge_row(p, n, S.PUBLISHED, rng, rates, in_campaign.get(n)), p)
        for n, p in enumerate(planned)
    ]
    upcoming = found_campaigns[campaign_data.UPCOMING]
    work = [(pledger, s) for s in PLEDGER_WORK] + [(rng.choice(found), s) for s in OTHERS_WORK]
    work += [(rng.choice(found), S.PUBLISHED) for _n in range(RECENTLY_PUBLISHED)]
    for entity, status in work:
        like = rng.choice(planned)
        extra = dataclasses.replace(
            like,
            entity=entity,
            weight=like.weight / 5,
            published_on=today - DAY * rng.randint(1, 25),
        )
        row = rows.pledge_row(extra, len(pairs), status, rng, rates, upcoming)
        if entity is pledger:
            row.created_by = user
        if status == S.DECLINED:
            row.campaign = None
        pairs.append((row, extra))
    rows.insert(pairs, [e.organisation for e in found], rng)
    pledges = [pledge for pledge, _planned in pairs]
    refresh_reach(pledges)
    load_progress(rng, pledges[: len(planned)])
    return len(pairs)
