"""Factories for pledges: real rows, with the reach the services would keep beside them.

``PledgeFactory(countries=["RW", "KE"], focus_areas=["access"], status="published")`` gives a
published pledge whose regions and LDC/LLDC/SIDS flags are computed as the services do.
"""

import datetime
from decimal import Decimal

import factory
from django.utils import timezone

from plenaria.contributions.choices import Moderation, PledgeType
from plenaria.contributions.models import (
    BeneficiaryGroup,
    Campaign,
    ExchangeRate,
    FocusArea,
    Pillar,
    Pledge,
    PledgerAccess,
    Sdg,
)
from plenaria.contributions.pledges.reach import refresh_reach
from tests.factories import OrganisationFactory


class CampaignFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Campaign

    slug = factory.Sequence(lambda n: f"campaign-{n}")
    title = factory.Sequence(lambda n: {"en": f"Campaign {n}", "fr": f"Campagne {n}"})
    theme = {"en": "Connecting the least developed countries"}
    opens_on = datetime.date(2023, 1, 1)


class ExchangeRateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ExchangeRate
        django_get_or_create = ["year", "currency"]

    year = 2023
    currency = "EUR"
    usd_per_unit = Decimal("1.08")


def _codes(model, codes, field="code"):
    return list(model.objects.filter(**{f"{field}__in": codes}))


class PledgeFactory(factory.django.DjangoModelFactory):
    """A pledge; list arguments take codes: ``countries`` ISO codes, ``focus_areas``,
    ``pillars`` and ``beneficiaries`` vocabulary codes, ``sdgs`` numbers, ``partners``
    organisations. A published pledge gets ``published_at`` unless given."""

    class Meta:
        model = Pledge
        skip_postgeneration_save = True

    organisation = factory.SubFactory(OrganisationFactory)
    title = factory.Sequence(lambda n: {"en": f"Pledge {n}", "fr": f"Engagement {n}"})
    description = {"en": "Schools connected to the internet.", "fr": "Des écoles connectées."}
    status = Moderation.DRAFT
    pledge_type = PledgeType.PROGRAMMATIC
    amount = Decimal("1000000.00")
    currency = "USD"
    amount_usd = factory.LazyAttribute(lambda o: o.amount if o.currency == "USD" else None)
    starts_on = datetime.date(2023, 1, 1)
    published_at = factory.LazyAttribute(
        lambda o: timezone.now() if o.status == Moderation.PUBLISHED else None
    )
    submitted_at = factory.LazyAttribute(
        lambda o: timezone.now() if o.status != Moderation.DRAFT else None
    )

    @factory.post_generation
    def focus_areas(self, create, extracted, **kwargs):
        codes = ["access"] if extracted is None else extracted
        self.focus_areas.set(_codes(FocusArea, codes))

    @factory.post_generation
    def pillars(self, create, extracted, **kwargs):
        if extracted:
            self.pillars.set(_codes(Pillar, extracted))

    @factory.post_generation
    def beneficiaries(self, create, extracted, **kwargs):
        if extracted:
            self.beneficiaries.set(_codes(BeneficiaryGroup, extracted))

    @factory.post_generation
    def sdgs(self, create, extracted, **kwargs):
        if extracted:
            self.sdgs.set(_codes(Sdg, extracted, field="number"))

    @factory.post_generation
    def partners(self, create, extracted, **kwargs):
        if extracted:
            self.partners.set(extracted)

    @factory.post_generation
    def countries(self, create, extracted, **kwargs):
        if extracted:
            self.countries.set(extracted)
        refresh_reach([self])


class PledgerAccessFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PledgerAccess

    organisation = factory.SubFactory(OrganisationFactory)
    user = factory.SubFactory(
        "tests.contributions.factories.UserFactory",
    )


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "auth.User"
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"pledger{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    password = factory.PostGenerationMethodCall("set_password", "pw-pledger-1")

    @factory.post_generation
    def saved(self, create, extracted, **kwargs):
        if create:
            self.save()
