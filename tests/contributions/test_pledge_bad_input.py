"""Every bad input a pledger can send gets a clear message and changes nothing."""

import datetime
import uuid
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plenaria.contributions.choices import Moderation
from plenaria.contributions.models import Pillar, Pledge, PledgeComment
from plenaria.contributions.pledges import submission
from plenaria.contributions.pledges.validation import clean_pledge
from plenaria.core.models import AuditEntry
from tests.contributions.factories import ExchangeRateFactory
from tests.contributions.pledging_data import form_post, good_data, pledger

pytestmark = pytest.mark.django_db


def _everything():
    """What a refusal must leave as it was."""
    return (
        list(Pledge.objects.values().order_by("pk")),
        PledgeComment.objects.count(),
        AuditEntry.objects.count(),
    )


BAD = [
    ({"amount": "-5"}, "amount", "cannot be negative"),
    ({"amount": "900000000000"}, "amount", "beyond any pledge"),
    ({"amount": "1000", "currency": "XQZ"}, "currency", "not a currency Plenaria knows"),
    ({"amount": "1000", "currency": "EUR"}, "currency", "No exchange rate is recorded for EUR"),
    ({"target_on": datetime.date(2022, 1, 1)}, "target_on", "cannot come before the start"),
    ({"countries": ["RW", "XX"]}, "countries", "XX: no such country"),
    ({"focus_areas": []}, "focus_areas", "at least one focus area"),
    ({"countries": [], "regions": []}, "countries", "or tick “global”"),
    ({"regions": ["atlantis"]}, "regions", "among the ITU regions"),
    ({"pillars": ["adoption"]}, "pillars", "pillars of the focus areas you chose"),
    ({"pledge_type": "bribe"}, "pledge_type", "Choose the type"),
    ({"starts_on": "31/12/2023"}, "starts_on", "year-month-day"),
]


@pytest.mark.parametrize(("changes", "field", "message"), BAD)
def test_the_service_refuses_bad_input_naming_the_field_and_changes_nothing(
    changes, field, message
):
    ExchangeRateFactory(currency="EUR", year=2020)  # EUR is known, but not for 2023
    user, organisation = pledger()
    draft = submission.save_draft(user, organisation, good_data(), uuid.uuid4())
    if changes.get("pillars") == ["adoption"]:  # a pillar of a focus area not chosen
        changes = {"pillars": list(Pillar.objects.exclude(focus_area__code="access")[:1])}
    before = _everything()
    with pytest.raises(ValidationError) as refused:
        submission.save_draft(user, organisation, good_data(**changes), uuid.uuid4())
    assert message in " ".join(refused.value.message_dict[field])
    with pytest.raises(ValidationError):
        submission.update_draft(user, draft, good_data(**changes))
    assert _everything() == before


def test_the_form_shows_the_message_beside_its_field_and_creates_nothing(client):
    ExchangeRateFactory(currency="EUR", year=2020)
    user, organisation = pledger()
    client.force_login(user)
    data = good_data(amount="1000", currency="EUR")
    page = client.post(
        reverse("contributions:new"), form_post(data, str(uuid.uuid4()), organisation)
    )
    assert page.status_code == 200
    assert "No exchange rate is recorded for EUR in 2023" in page.content.decode()
    absurd = form_post(
        good_data(target_on=datetime.date(2020, 1, 1)), str(uuid.uuid4()), organisation
    )
    absurd["countries"] = ["RW", "ZZ"]
    absurd["amount"] = "-1"
    body = client.post(reverse("contributions:new"), absurd).content.decode()
    assert "ZZ" in body and "cannot come before the start" in body
    assert not Pledge.objects.exists()


def test_the_same_form_sent_twice_makes_one_pledge(client):
    user, organisation = pledger()
    client.force_login(user)
    post = form_post(good_data(), str(uuid.uuid4()), organisation)
    first = client.post(reverse("contributions:new"), post)
    second = client.post(reverse("contributions:new"), post)  # a double click, a second tab
    assert Pledge.objects.count() == 1
    assert first["Location"] == second["Location"]
    assert (
        AuditEntry.objects.filter(action="create", object_id=str(Pledge.objects.get().pk)).count()
        == 1
    )


def test_a_pledge_submitted_twice_is_refused_the_second_time(client):
    user, organisation = pledger()
    pledge = submission.save_draft(user, organisation, good_data(), uuid.uuid4())
    client.force_login(user)
    url = reverse("contributions:submit", args=[pledge.pk])
    client.post(url)
    before = _everything()
    second = client.post(url, follow=True)
    assert "review: it cannot be changed now" in second.content.decode()
    assert _everything() == before
    with pytest.raises(ValidationError, match="waits for the secretariat"):
        submission.update_draft(user, pledge, good_data(title={"en": "Sneaked in"}))
    assert Pledge.objects.get().status == Moderation.SUBMITTED


def test_a_pledger_cannot_touch_another_organisations_pledge(client):
    owner, organisation = pledger("owner")
    pledge = submission.save_draft(owner, organisation, good_data(), uuid.uuid4())
    intruder, _own = pledger("intruder")
    before = _everything()
    with pytest.raises(PermissionDenied):
        submission.update_draft(intruder, pledge, good_data(title={"en": "Mine now"}))
    with pytest.raises(PermissionDenied):
        submission.submit(intruder, pledge)
    with pytest.raises(PermissionDenied):
        submission.save_draft(intruder, organisation, good_data(), uuid.uuid4())
    client.force_login(intruder)
    edit = form_post(good_data(title={"en": "Mine now"}), str(uuid.uuid4()))
    assert client.post(reverse("contributions:edit", args=[pledge.pk]), edit).status_code == 403
    assert client.post(reverse("contributions:submit", args=[pledge.pk])).status_code == 403
    # Choosing the other organisation in the form is refused by the form itself.
    post = form_post(good_data(), str(uuid.uuid4()), organisation)
    page = client.post(reverse("contributions:new"), post)
    assert page.status_code == 200 and 'id="id_organisation_error"' in page.content.decode()
    assert _everything() == before
    assert Pledge.objects.get().title["en"] == "Connect 500 rural schools"


def test_an_exact_value_in_dollars_needs_no_rate():
    user, organisation = pledger()
    data = good_data(amount=Decimal("0.50"), currency="usd")
    pledge = submission.save_draft(user, organisation, data, uuid.uuid4())
    assert pledge.amount_usd == Decimal("0.50") and pledge.currency == "USD"


def test_a_form_without_its_key_still_saves_once(client):
    user, organisation = pledger()
    client.force_login(user)
    post = form_post(good_data(), "not-a-key", organisation)
    assert client.post(reverse("contributions:new"), post).status_code == 302
    assert Pledge.objects.count() == 1


# What can reach a service: the input guard refuses NUL and lone surrogates before any view.
TYPED = st.characters(blacklist_categories=("Cs", "Cc"))


@pytest.mark.django_db
@given(
    amount=st.one_of(st.text(TYPED, max_size=30), st.decimals(allow_nan=True, allow_infinity=True)),
    currency=st.text(TYPED, max_size=6),
    starts_on=st.one_of(st.text(TYPED, max_size=12), st.dates()),
    countries=st.lists(st.text(TYPED, max_size=4), max_size=3),
    others=st.one_of(st.text(TYPED, max_size=5), st.integers()),
)
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_whatever_is_typed_the_checks_answer_with_a_message_or_a_pledge(
    amount, currency, starts_on, countries, others
):
    ExchangeRateFactory(currency="EUR", year=2023)
    data = good_data(amount=amount, currency=currency, starts_on=starts_on, countries=countries)
    data.update(campaign=others, partners=[others], sdgs=[others], pledge_type=others)
    try:
        fields, _relations = clean_pledge(data, None)
    except ValidationError as refusal:
        assert all(messages for messages in refusal.message_dict.values())
    else:
        assert fields["amount"] is None or fields["amount_usd"] is not None
