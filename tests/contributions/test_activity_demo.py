"""The demonstration's national activities: WTISD 2021 with a few hundred approved
activities in about 100 countries (most with an outcome), WTISD-23 mostly in the least
developed countries, an open call for the next WTISD with work for the review queue; a second
load adds nothing and keeps a user's change; the organiser signs in to its activities."""

import datetime

import pytest
from django.db import transaction
from django.db.models import Count

from plenaria.circulars.demo import load_circulars_demo
from plenaria.contributions.activities.totals import approved, totals
from plenaria.contributions.choices import Moderation
from plenaria.contributions.demo.activities import load_activities_demo
from plenaria.contributions.demo.activity_work import ORGANISER_LOGIN
from plenaria.contributions.models import Activity, ActivityCall, ActivityOutcome
from plenaria.contributions.pledges.access import organisations_of_pledger
from plenaria.demo import directory
from plenaria.demo.loader import load_events
from plenaria.demo.upcoming import wtisd_acronym

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 12, 2)


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Loaded once for the module, in a transaction rolled back after its last test."""
    with django_db_blocker.unblock(), transaction.atomic():
        directory.load_member_states()
        directory.load_organisations()
        load_events()
        load_circulars_demo()
        yield load_activities_demo(today=TODAY)
        transaction.set_rollback(True)


def call_of(acronym: str) -> ActivityCall:
    return ActivityCall.objects.select_related("letter").get(event__acronym=acronym)


def test_wtisd_2021_has_hundreds_of_activities_in_about_100_countries(demo):
    call = call_of("WTISD 2021")
    assert call.letter is not None and call.letter.reference == "CL-21/20"
    activities = approved(call)
    assert 300 <= activities.count() <= 400
    assert 95 <= activities.values("country").distinct().count() <= 105
    kinds = dict(activities.values_list("kind").annotate(n=Count("pk")).order_by())
    assert len(kinds) >= 6 and max(kinds.values()) < activities.count() / 2
    assert 0.05 < activities.filter(online=True).count() / activities.count() < 0.4
    assert not activities.filter(online=False, latitude__isnull=True).exists()
    # From four days before 17 May to a week after, local time (a day more either side in UTC).
    around = activities.filter(starts_at__date__range=("2021-05-12", "2021-05-25")).count()
    assert around == activities.count()
    assert activities.values("timezone").distinct().count() >= 30  # each in its local zone
    figures = totals(call)
    assert figures.overall.reported > 0.7 * figures.overall.approved
    assert not Activity.objects.filter(call=call, reminded_at__isnull=True).exists()


def test_wtisd_23_mostly_in_the_least_developed_countries(demo):
    call = call_of("WTISD-23")
    assert "least developed" in call.theme["en"]
    activities = approved(call)
    in_ldc = activities.filter(country__groupings__code="LDC").count()
    assert 50 <= activities.count() <= 120 and in_ldc > activities.count() / 2


def test_the_next_wtisd_call_is_open_with_work_for_the_review_queue(demo):
    call = call_of(wtisd_acronym(TODAY))
    assert call.opens_on <= TODAY <= call.closes_on
    statuses = dict(
        Activity.objects.filter(call=call).values_list("status").annotate(n=Count("pk")).order_by()
    )
    assert statuses[Moderation.SUBMITTED] >= 5 and statuses[Moderation.DRAFT] >= 2
    assert statuses[Moderation.PUBLISHED] >= 20
    returned = Activity.objects.filter(call=call, status=Moderation.RETURNED)
    assert returned.exists() and not returned.filter(comments__isnull=True).exists()
    assert not ActivityOutcome.objects.filter(activity__call=call).exists()


def test_a_second_load_adds_nothing_and_keeps_a_change(demo):
    changed = Activity.objects.filter(call__event__acronym="WTISD 2021").first()
    changed.city = "Changed by its organiser"
    changed.save()
    before = (
        Activity.objects.count(),
        ActivityOutcome.objects.count(),
        ActivityCall.objects.count(),
    )
    assert load_activities_demo(today=TODAY) == 0
    after = (
        Activity.objects.count(),
        ActivityOutcome.objects.count(),
        ActivityCall.objects.count(),
    )
    assert after == before
    changed.refresh_from_db()
    assert changed.city == "Changed by its organiser"


def test_the_organiser_signs_in_and_reports_on_its_activity(demo, client):
    username, password = ORGANISER_LOGIN
    assert client.login(username=username, password=password)
    user = client.session["_auth_user_id"]
    organisations = organisations_of_pledger(Activity.objects.filter(submitted_by_id=user)
                                             .first().submitted_by)  # fmt: skip
    assert organisations.count() == 1
    own = Activity.objects.filter(organisation__in=organisations)
    assert own.count() >= 7 and own.filter(status=Moderation.DRAFT).exists()
    past = own.filter(call__event__acronym="WTISD 2021").first()
    page = client.get(f"/en/activities/mine/{past.pk}/outcome/")
    assert page.status_code == 200


def test_the_public_pages_show_the_outcome_and_the_links_between_letter_event_and_call(
    demo, client
):
    call = call_of("WTISD 2021")
    page = client.get(f"/en/activities/{call.slug}/").content.decode()
    assert "What took place" in page
    link = f"/en/activities/{call.slug}/"
    assert link in client.get(f"/en/letters/{call.letter.pk}/").content.decode()
    assert link in client.get(f"/en/events/{call.event.slug}/").content.decode()
