"""The demonstration's pledges written as rows: the pledges, their vocabularies, partners,
countries and history, each table in one bulk insert."""

import datetime
import uuid
from random import Random

from django.utils import translation
from django_countries import countries as country_names

from plenaria.contributions.choices import CommentKind, Moderation
from plenaria.contributions.data.demo_texts import (
    CLOSING,
    DECLINE_REASON,
    RETURN_COMMENTS,
    SENTENCES,
    TITLES,
)
from plenaria.contributions.demo import values
from plenaria.contributions.demo.plan import Planned
from plenaria.contributions.models import (
    BeneficiaryGroup,
    FocusArea,
    Pillar,
    Pledge,
    PledgeComment,
)
from plenaria.directory.choices import ItuRegion

# Every demo pledge's key derives from this and its number: the mark that it is loaded.
NAMESPACE = uuid.UUID("5b0c2f4e-8d1a-4f61-9c3e-2a7d6e1f0b93")
UTC = datetime.UTC


def key(number: int) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"demo-pledge-{number}")


def _moment(day: datetime.date, rng: Random) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(8), UTC) + datetime.timedelta(
        minutes=rng.randint(0, 600)
    )


def _place(planned: Planned) -> str:
    if planned.countries:
        with translation.override("en"):
            return str(country_names.name(planned.countries[0]))
    if planned.regions:
        return " and ".join(str(ItuRegion(r).label) for r in planned.regions)
    return "developing countries"


def _words(planned: Planned, rng: Random) -> tuple[dict, dict]:
    lead = planned.pillars[0]
    title = rng.choice(TITLES[lead]).format(place=_place(planned))
    sentences = [SENTENCES[pillar] for pillar in planned.pillars] + [CLOSING]
    return {"en": title}, {"en": " ".join(sentences)}


def pledge_row(planned: Planned, number: int, status: str, rng: Random, rates, campaign=None):
    published = _moment(planned.published_on, rng)
    submitted = published - datetime.timedelta(days=rng.randint(3, 30), hours=3)
    starts_on = max(
        datetime.date(2021, 1, 1), planned.published_on - datetime.timedelta(rng.randint(0, 90))
    )
    amount, currency, usd = values.stated(planned, rng, rates, starts_on.year)
    title, description = _words(planned, rng)
    name = planned.entity.organisation.name.get("en", "")
    pledge = Pledge(
        organisation=planned.entity.organisation,
        title=title,
        description=description,
        status=status,
        pledge_type=planned.pledge_type,
        is_global=planned.is_global,
        regions=planned.regions,
        amount=amount,
        currency=currency,
        amount_usd=usd,
        starts_on=starts_on,
        target_on=datetime.date(starts_on.year + rng.randint(1, 5), 12, 31),
        contact_name="Partnerships office",
        contact_email=f"pledges@{''.join(ch for ch in name.lower() if ch.isalnum())[:30]}.example",
        campaign=campaign,
        submission_key=key(number),
    )
    pledge.submitted_at = None if status == Moderation.DRAFT else submitted
    pledge.published_at = published if status == Moderation.PUBLISHED else None
    pledge.demo_created = submitted - datetime.timedelta(days=rng.randint(0, 20))
    return pledge


def insert(pairs: list[tuple[Pledge, Planned]], partners_from: list, rng: Random) -> None:
    """Write the pledges and everything hanging from them."""
    pledges = Pledge.objects.bulk_create([pledge for pledge, _planned in pairs])
    for pledge in pledges:
        pledge.created_at = pledge.updated_at = pledge.demo_created
    Pledge.objects.bulk_update(pledges, ["created_at", "updated_at"], batch_size=500)
    area_of = dict(Pillar.objects.values_list("code", "focus_area__code"))
    ids = {
        "area": dict(FocusArea.objects.values_list("code", "pk")),
        "pillar": dict(Pillar.objects.values_list("code", "pk")),
        "group": dict(BeneficiaryGroup.objects.values_list("code", "pk")),
    }
    links = {"focus_areas": [], "pillars": [], "beneficiaries": [], "sdgs": [], "countries": []}
    links["partners"] = []
    for pledge, planned in pairs:
        areas = {area_of[p] for p in planned.pillars}
        links["focus_areas"] += [(pledge.pk, ids["area"][a]) for a in sorted(areas)]
        links["pillars"] += [(pledge.pk, ids["pillar"][p]) for p in planned.pillars]
        links["beneficiaries"] += [(pledge.pk, ids["group"][g]) for g in planned.beneficiaries]
        links["sdgs"] += [(pledge.pk, number) for number in planned.sdgs]
        links["countries"] += [(pledge.pk, code) for code in planned.countries]
        if rng.random() < 0.2:
            chosen = {o.pk for o in rng.sample(partners_from, 2)} - {pledge.organisation_id}
            links["partners"] += [(pledge.pk, pk) for pk in sorted(chosen)]
    for name, pairs_of in links.items():
        relation = Pledge._meta.get_field(name)
        through = relation.remote_field.through
        own, other = relation.m2m_field_name(), relation.m2m_reverse_field_name()
        through.objects.bulk_create(
            [through(**{f"{own}_id": a, f"{other}_id": b}) for a, b in pairs_of]
        )
    _history(pledges)


def _history(pledges: list[Pledge]) -> None:
    steps = {
        Moderation.PUBLISHED: [CommentKind.SUBMITTED, CommentKind.PUBLISHED],
        Moderation.SUBMITTED: [CommentKind.SUBMITTED],
        Moderation.RETURNED: [CommentKind.SUBMITTED, CommentKind.RETURNED],
        Moderation.DECLINED: [CommentKind.SUBMITTED, CommentKind.DECLINED],
    }
    texts = {
        CommentKind.RETURNED: RETURN_COMMENTS[0],
        CommentKind.DECLINED: DECLINE_REASON,
    }
    comments = []
    for pledge in pledges:
        for kind in steps.get(pledge.status, []):
            when = pledge.published_at if kind == CommentKind.PUBLISHED else pledge.submitted_at
            if kind in (CommentKind.RETURNED, CommentKind.DECLINED):
                when = pledge.submitted_at + datetime.timedelta(days=4)
            comment = PledgeComment(pledge=pledge, kind=kind, text=texts.get(kind, ""))
            comment.demo_when = when
            comments.append(comment)
    PledgeComment.objects.bulk_create(comments)
    for comment in comments:
        comment.created_at = comment.demo_when
    PledgeComment.objects.bulk_update(comments, ["created_at"], batch_size=500)
