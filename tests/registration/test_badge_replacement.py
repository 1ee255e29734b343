"""Printing badges never invalidates those handed out; replacing one lost badge is a
separate, confirmed action for one person, after which only the new badge gets in."""

import pytest

from plenaria.registration.badges import badge_code
from plenaria.registration.checkin import check_in
from plenaria.registration.models import Badge, CheckIn
from tests.registration.conftest import make_focal_point
from tests.registration.factories import open_event, register

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(rwanda, kenya):
    event = open_event()
    for first in ("Aline", "Jean", "Claudine"):
        register(event, first_name=first, last_name="Mukamana", organisation=rwanda)
    register(event, first_name="Wanjiru", last_name="Kamau", organisation=kenya)
    return event


def print_(client, event, **target):
    response = client.post(
        f"/en/registration/badges/{event.slug}/print/", {"layout": "a6", **target}
    )
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"


def valid_codes(event) -> dict[int, str]:
    badges = Badge.objects.filter(registration__event=event, revoked_at__isnull=True)
    return {badge.registration_id: badge_code(badge) for badge in badges}


def test_printing_all_twice_keeps_every_badge_valid(event, secretariat_client, secretariat_user):
    print_(secretariat_client, event)
    first = valid_codes(event)
    assert len(first) == 4
    print_(secretariat_client, event)
    print_(secretariat_client, event, organisation=event.registrations.first().organisation_id)
    assert valid_codes(event) == first
    assert not Badge.objects.filter(revoked_at__isnull=False).exists()
    for code in first.values():
        assert check_in(secretariat_user, event, code).outcome == "checked_in"


def test_printing_gives_a_badge_to_those_without_one_only(event, secretariat_client, rwanda):
    print_(secretariat_client, event)
    before = valid_codes(event)
    late = register(event, first_name="Late", last_name="Comer", organisation=rwanda)
    print_(secretariat_client, event)
    after = valid_codes(event)
    assert set(after) == {*before, late.pk}
    assert {pk: after[pk] for pk in before} == before


def test_a_focal_points_delegation_print_revokes_nothing(event, client, rwanda):
    client.force_login(make_focal_point(rwanda, "fp-rwanda-badges"))
    print_(client, event)
    first = valid_codes(event)
    assert len(first) == 3  # Rwanda's delegation only
    print_(client, event, organisation=rwanda.pk)
    assert valid_codes(event) == first


def test_replacing_a_lost_badge_asks_first_then_refuses_the_old_one(
    event, secretariat_client, secretariat_user
):
    print_(secretariat_client, event)
    aline = event.registrations.get(first_name="Aline")
    old = valid_codes(event)[aline.pk]
    url = f"/en/registration/badges/{event.slug}/replace/{aline.pk}/"

    confirm = secretariat_client.get(url)
    html = confirm.content.decode()
    assert confirm.status_code == 200
    assert "Aline" in html and "refused at check-in" in html
    assert valid_codes(event)[aline.pk] == old  # asking changed nothing

    search = secretariat_client.get(f"/en/registration/badges/{event.slug}/", {"name": "Aline"})
    assert url in search.content.decode()

    assert secretariat_client.post(url, {"layout": "bogus"}).status_code == 200
    assert valid_codes(event)[aline.pk] == old  # a wrong choice changes nothing

    response = secretariat_client.post(url, {"layout": "a6"})
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    new = valid_codes(event)[aline.pk]
    assert new != old

    refused = check_in(secretariat_user, event, old)
    assert refused.outcome == "refused" and "no longer valid" in refused.message
    assert not CheckIn.objects.exists()
    assert check_in(secretariat_user, event, new).outcome == "checked_in"
    # The others' badges were not touched.
    others = {pk: code for pk, code in valid_codes(event).items() if pk != aline.pk}
    assert len(others) == 3 and Badge.objects.filter(revoked_at__isnull=False).count() == 1


def test_replacing_is_for_admitted_people_of_ones_own_scope(event, client, kenya, rwanda):
    remote = register(event, first_name="Remote", mode="remote", organisation=rwanda)
    wanjiru = event.registrations.get(first_name="Wanjiru")
    client.force_login(make_focal_point(rwanda, "fp-rwanda-replace"))
    for person in (remote, wanjiru):  # not admitted in person; another delegation
        url = f"/en/registration/badges/{event.slug}/replace/{person.pk}/"
        assert client.get(url).status_code == 404
        assert client.post(url, {"layout": "a6"}).status_code == 404
    assert not Badge.objects.exists()
