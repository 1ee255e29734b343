"""A submitter writes a draft activity, changes it and submits it; who may submit to which
call; a second click creates nothing more."""

import datetime
import uuid
import zoneinfo
from decimal import Decimal

import pytest
from django.urls import reverse

from plenaria.contributions.choices import Moderation
from plenaria.contributions.models import Activity, PledgerAccess
from plenaria.core.audit import history
from tests.contributions.activity_data import form_post, submitter
from tests.contributions.activity_factories import ActivityFactory, CallFactory

pytestmark = pytest.mark.django_db


def test_a_submitter_writes_a_draft_changes_it_and_submits_it(client):
    call = CallFactory()
    user = submitter()
    client.force_login(user)
    page = client.get(reverse("activities:new", args=[call.slug]))
    assert page.status_code == 200 and 'name="title_en"' in page.content.decode()

    response = client.post(f"/fr/activities/mine/call/{call.slug}/new/", form_post(call))
    activity = Activity.objects.get()
    assert response["Location"] == reverse("activities:mine_activity", args=[activity.pk])
    # The city is found whatever its spelling, with its place and zone.
    assert (activity.city, activity.timezone) == ("Geneva", "Europe/Zurich")
    assert (activity.latitude, activity.longitude) == (Decimal("46.20222"), Decimal("6.14569"))
    day = call.held_from + datetime.timedelta(days=3)
    local = activity.starts_at.astimezone(zoneinfo.ZoneInfo("Europe/Zurich"))
    assert local.replace(tzinfo=None) == datetime.datetime.combine(day, datetime.time(9, 30))
    assert (activity.status, activity.submitted_by, activity.language) == ("draft", user, "fr")
    assert activity.languages == ["en", "fr"] and activity.audiences == ["public", "students"]

    changed = form_post(call, city="zurich", title_en="Digital skills for everyone")
    assert client.post(reverse("activities:edit", args=[activity.pk]), changed).status_code == 302
    activity.refresh_from_db()
    assert (activity.city, activity.title["en"]) == ("Zürich", "Digital skills for everyone")

    page = client.get(f"/en/activities/mine/{activity.pk}/").content.decode()
    assert "English, French" in page and "Open to the public, Students and young people" in page

    confirm = client.get(reverse("activities:submit", args=[activity.pk]))
    assert "Yes, submit the activity" in confirm.content.decode()
    client.post(reverse("activities:submit", args=[activity.pk]))
    activity.refresh_from_db()
    assert activity.status == Moderation.SUBMITTED and activity.submitted_at
    assert [c.kind for c in activity.comments.all()] == ["submitted"]
    assert [e.action for e in history(activity).order_by("at", "pk")] == [
        "create",
        "update",
        "submit",
    ]
    # Held by the secretariat now: a change is refused and changes nothing.
    refused = client.post(reverse("activities:edit", args=[activity.pk]), form_post(call))
    assert refused.status_code == 302
    activity.refresh_from_db()
    assert activity.title["en"] == "Digital skills for everyone"
    mine = client.get("/en/activities/mine/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert reverse("activities:mine_activity", args=[activity.pk]) in mine
    assert "Digital skills for everyone" in mine and "Submitted for review" in mine


def test_the_same_form_sent_twice_makes_one_activity(client):
    call = CallFactory()
    client.force_login(submitter())
    key = str(uuid.uuid4())
    url = reverse("activities:new", args=[call.slug])
    first = client.post(url, form_post(call, key))
    second = client.post(url, form_post(call, key))
    assert Activity.objects.count() == 1
    assert first["Location"] == second["Location"]


def test_a_members_call_takes_activities_only_for_a_member_organisation(client):
    call = CallFactory(who_may_submit="members")
    outsider = submitter("outsider")
    client.force_login(outsider)
    refused = client.post(reverse("activities:new", args=[call.slug]), form_post(call))
    assert refused.status_code == 403
    assert "member organisations only" in refused.content.decode()
    assert not Activity.objects.exists()

    member, organisation = submitter("member", organisation=True)
    client.force_login(member)
    data = form_post(call, organisation=str(organisation.pk), organiser_name="")
    assert client.post(reverse("activities:new", args=[call.slug]), data).status_code == 302
    activity = Activity.objects.get()
    assert activity.organisation == organisation and activity.organiser_name == ""
    # A colleague acting for the same organisation may change it too; a stranger may not.
    colleague = submitter("colleague")
    PledgerAccess.objects.create(organisation=organisation, user=colleague)
    client.force_login(colleague)
    changed = form_post(call, organisation=str(organisation.pk), title_en="Changed by a colleague")
    assert client.post(reverse("activities:edit", args=[activity.pk]), changed).status_code == 302
    activity.refresh_from_db()
    assert activity.title["en"] == "Changed by a colleague"


def test_the_list_of_my_activities_reads_in_a_fixed_number_of_queries(
    client, django_assert_max_num_queries
):
    user = submitter()
    call = CallFactory()
    ActivityFactory(call=call, submitted_by=user, status="submitted")
    ActivityFactory(call=call, title={"en": "Someone else's day"})
    client.force_login(user)
    with django_assert_max_num_queries(12) as few:
        client.get(reverse("activities:mine"))
    ActivityFactory.create_batch(20, call=call, submitted_by=user)
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = client.get(reverse("activities:mine")).content.decode()
    assert page.count("activities/mine/") >= 21
    assert "Someone else" not in page


def test_a_city_is_found_by_any_spelling_only_in_its_own_country():
    from plenaria.contributions.activities.places import cities_of, find_city, zone_for

    geneva = find_city("CH", "Geneva")
    assert geneva.timezone == "Europe/Zurich"
    assert find_city("CH", "  GENÈVE ") == find_city("ch", "Genf") == find_city("CH", "geneve")
    assert find_city("FR", "Geneva") is None and find_city("CH", "Atlantis") is None
    assert find_city("CN", "北京").name == "Beijing"
    # The zone: the city's; else the country's only one; else none (the submitter picks).
    assert zone_for("US", "Chicago") == "America/Chicago"
    assert zone_for("RW", "") == "Africa/Kigali" and zone_for("US", "") is None
    assert "Geneva" in [city.name for city in cities_of("CH")]


def test_the_form_suggests_the_cities_of_the_chosen_country(client):
    call = CallFactory()
    client.force_login(submitter())
    assert "Kigali" in client.get("/en/activities/mine/cities/RW/").json()["cities"]
    assert client.get("/en/activities/mine/cities/ZZ/").json() == {"cities": []}
    # Drawn again after a refusal, the form suggests the chosen country's cities already.
    refused = client.post(f"/en/activities/mine/call/{call.slug}/new/", form_post(call, city="X"))
    assert '<option value="Zürich">' in refused.content.decode()


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True)
def test_one_form_sent_from_four_tabs_at_once_makes_one_activity(reference_data):
    import threading

    from django.db import connection

    from plenaria.contributions.activities import submission

    if connection.vendor != "postgresql":
        pytest.skip("Needs PostgreSQL's parallel connections: run with DATABASE_URL=postgres://…")
    call = CallFactory()
    user = submitter()
    key = uuid.uuid4()
    data = {
        "organiser_name": "Kigali Digital Club",
        "title": {"en": "Code club"},
        "description": {"en": "An afternoon of code."},
        "kind": "workshop",
        "country": "RW",
        "city": "Kigali",
        "starts_on": call.held_from + datetime.timedelta(days=2),
    }
    start, made, errors = threading.Barrier(4), [], []

    def send():
        from django.db import connection as own_connection

        try:
            start.wait()
            made.append(submission.save_draft(user, call, data, key).pk)
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            own_connection.close()

    threads = [threading.Thread(target=send) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert Activity.objects.count() == 1 and set(made) == {Activity.objects.get().pk}


def test_an_approved_activity_s_page_leads_to_its_public_page_and_after_it_to_the_outcome(client):
    call = CallFactory(
        held_from=datetime.date.today() - datetime.timedelta(days=20),
    )
    user = submitter()
    past = ActivityFactory(call=call, submitted_by=user, status="published", day_offset=1)
    client.force_login(user)
    page = client.get(f"/en/activities/mine/{past.pk}/").content.decode()
    assert f"/en/activities/{call.slug}/{past.pk}/" in page
    assert f"/en/activities/mine/{past.pk}/outcome/" in page
