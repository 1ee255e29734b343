"""Approval, seats, the waiting list and its automatic promotion."""

import pytest

from plenaria.registration import services
from plenaria.registration.models import Notification, Registration
from tests.factories import EventFactory, RoomFactory
from tests.registration.factories import open_event, register

pytestmark = pytest.mark.django_db


def test_capacity_defaults_from_the_room_and_modes_follow_the_format():
    room = RoomFactory(capacity=80)
    event = open_event(event=EventFactory(room=room, venue=room.venue, format="hybrid"))
    conf = event.registration_settings
    assert conf.in_person_capacity == 80
    assert conf.allowed_modes == ["in_person", "remote"]
    virtual = open_event(event=EventFactory(format="virtual"))
    assert virtual.registration_settings.allowed_modes == ["remote"]


def test_seats_then_waiting_list_then_promotion_in_order():
    event = open_event(in_person_capacity=2)
    first, second, third, fourth = (register(event) for _ in range(4))
    remote = register(event, mode="remote")
    assert [first.status, second.status, third.status, fourth.status] == [
        "seated",
        "seated",
        "waiting",
        "waiting",
    ]
    assert remote.status == "approved"  # remote has no limit unless one is set

    services.cancel(None, second)
    statuses = dict(Registration.objects.values_list("pk", "status"))
    assert statuses[second.pk] == "cancelled"
    assert statuses[third.pk] == "seated"  # the first in line, not the second
    assert statuses[fourth.pk] == "waiting"
    assert Notification.objects.filter(registration=third, kind="promoted").count() == 1


def test_raising_the_capacity_admits_the_waiting():
    event = open_event(in_person_capacity=1)
    register(event)
    waiting = register(event)
    services.configure(None, event, in_person_capacity=2)
    waiting.refresh_from_db()
    assert waiting.status == "seated"


def test_approval_required_only_for_the_chosen_categories(rwanda, university, rwanda_focal_point):
    event = open_event(approval_required=True, approval_categories=["member_state"])
    delegate = register(event, organisation=rwanda)
    academic = register(event, organisation=university)
    assert delegate.status == "pending"
    assert academic.status == "seated"

    services.decide(rwanda_focal_point, delegate, approve=True)
    delegate.refresh_from_db()
    assert delegate.status == "seated"

    other = register(event, organisation=rwanda)
    services.decide(rwanda_focal_point, other, approve=False, reason="Not in our delegation")
    other.refresh_from_db()
    assert (other.status, other.rejection_reason) == ("rejected", "Not in our delegation")


def test_focal_point_registering_directly_is_approved_at_once(rwanda, rwanda_focal_point):
    event = open_event(approval_required=True)
    delegate = register(event, actor=rwanda_focal_point, direct=True, organisation=rwanda)
    assert delegate.status == "seated"
    assert delegate.registered_by == rwanda_focal_point


def test_changing_mode_frees_the_seat_for_the_next_person():
    event = open_event(in_person_capacity=1)
    seated = register(event)
    waiting = register(event)
    services.change(None, seated, mode="remote", interpretation_language="")
    seated.refresh_from_db()
    waiting.refresh_from_db()
    assert (seated.status, waiting.status) == ("approved", "seated")


def test_passport_details_are_erased_once_the_event_is_over():
    import datetime

    event = open_event()
    person = register(
        event,
        visa_requested=True,
        passport_number="PC123456",
        passport_expiry=datetime.date(2031, 1, 1),
    )
    from plenaria.registration.personal_data import forget_passports

    assert forget_passports(None) == 0
    assert forget_passports(None, now=event.end + datetime.timedelta(days=1)) == 1
    person.refresh_from_db()
    assert (person.passport_number, person.passport_expiry) == ("", None)
    assert person.status == "seated"  # the registration itself stays
