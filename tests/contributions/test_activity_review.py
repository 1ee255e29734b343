"""The secretariat reviews submitted activities: approve, return with comments, decline,
merge a duplicate; each after a confirmation, logged, written in the activity's history and
told to its submitter in their language. The queue counts activities per country."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from plenaria.contributions.activities import moderation
from plenaria.contributions.choices import Moderation
from plenaria.contributions.models import Activity
from plenaria.core.audit import history
from tests.contributions.activity_factories import ActivityFactory, CallFactory

pytestmark = pytest.mark.django_db


def _submitted(**kwargs):
    return ActivityFactory(status=Moderation.SUBMITTED, **kwargs)


def test_the_secretariat_approves_an_activity_from_the_queue_through_its_confirmation(
    secretariat_client, django_capture_on_commit_callbacks
):
    activity = _submitted(language="fr", title={"en": "Digital day", "fr": "Journée numérique"})
    queue = secretariat_client.get(reverse("activities:queue")).content.decode()
    assert "Submitted for review (1)" in queue and "Digital day" in queue
    review = secretariat_client.get(reverse("activities:review_activity", args=[activity.pk]))
    assert review.status_code == 200 and "Merge as a duplicate" in review.content.decode()
    url = reverse("activities:decide", args=[activity.pk, "approve"])
    assert "Yes, approve" in secretariat_client.get(url).content.decode()
    activity.refresh_from_db()
    assert activity.status == Moderation.SUBMITTED  # the confirmation page changed nothing
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        secretariat_client.post(url)
    activity.refresh_from_db()
    assert activity.status == Moderation.PUBLISHED and activity.published_at
    assert [c.kind for c in activity.comments.all()] == ["published"]
    assert history(activity).filter(action="published").exists()
    assert [m.to for m in mail.outbox] == [[activity.submitted_by.email]]
    # In the submitter's language: French words, and the link to the French page.
    assert "Journée numérique" in mail.outbox[0].body
    assert f"/fr/activities/mine/{activity.pk}/" in mail.outbox[0].body
    # Decided once: a second approval is refused and changes nothing.
    again = secretariat_client.post(url, follow=True).content.decode()
    assert "no longer waiting for review" in again
    assert activity.comments.count() == 1


def test_returned_then_changed_and_declined_with_reasons(
    secretariat_client, django_capture_on_commit_callbacks
):
    activity = _submitted()
    url = reverse("activities:decide", args=[activity.pk, "return"])
    empty = secretariat_client.post(url, {"text": "  "})
    assert "required" in empty.content.decode()
    assert Activity.objects.get().status == Moderation.SUBMITTED
    with django_capture_on_commit_callbacks(execute=True):
        secretariat_client.post(url, {"text": "Give the venue's address."})
    activity.refresh_from_db()
    assert activity.status == Moderation.RETURNED
    assert "Give the venue's address." in mail.outbox[-1].body
    # Its submitter reads the comment on their page.
    page = secretariat_client.get(reverse("activities:mine_activity", args=[activity.pk]))
    assert "Give the venue&#x27;s address." in page.content.decode()

    other = _submitted()
    decline = reverse("activities:decide", args=[other.pk, "decline"])
    with django_capture_on_commit_callbacks(execute=True):
        secretariat_client.post(decline, {"text": "Not related to the Day."})
    other.refresh_from_db()
    assert other.status == Moderation.DECLINED
    assert "Reason: Not related to the Day." in mail.outbox[-1].body


def test_a_duplicate_is_merged_into_the_activity_it_repeats(
    secretariat_client, django_capture_on_commit_callbacks
):
    call = CallFactory()
    kept = ActivityFactory(call=call, status=Moderation.PUBLISHED, title={"en": "Kigali day"})
    duplicate = _submitted(call=call)
    elsewhere = _submitted(call=CallFactory())
    review = secretariat_client.get(reverse("activities:review_activity", args=[duplicate.pk]))
    assert "Perhaps the same activity" in review.content.decode()
    assert f"#{kept.pk} Kigali day" in review.content.decode()
    url = reverse("activities:decide", args=[duplicate.pk, "merge"])
    page = secretariat_client.get(url).content.decode()
    assert "Kigali day" in page and elsewhere.title["en"] not in page
    # An activity of another call is not a choice: refused, nothing changed.
    refused = secretariat_client.post(url, {"into": elsewhere.pk})
    assert refused.status_code == 200
    duplicate.refresh_from_db()
    assert duplicate.status == Moderation.SUBMITTED and duplicate.duplicate_of is None
    with django_capture_on_commit_callbacks(execute=True):
        secretariat_client.post(url, {"into": kept.pk, "text": "Same day, same place."})
    duplicate.refresh_from_db()
    assert (duplicate.status, duplicate.duplicate_of) == (Moderation.DECLINED, kept)
    assert history(duplicate).filter(action="merge").exists()
    assert "Kigali day" in mail.outbox[-1].body and "Same day, same place." in mail.outbox[-1].body
    kept.refresh_from_db()
    assert kept.status == Moderation.PUBLISHED


def test_only_the_secretariat_decides(django_user_model):
    activity = _submitted()
    with pytest.raises(PermissionDenied):
        moderation.approve(activity.submitted_by, activity)
    with pytest.raises(ValidationError):
        moderation.merge(activity.submitted_by, activity, activity)
    assert Activity.objects.get().status == Moderation.SUBMITTED


def test_the_queue_counts_per_country_and_filters_in_a_fixed_number_of_queries(
    secretariat_client, django_assert_max_num_queries
):
    call = CallFactory()
    _submitted(call=call)
    ActivityFactory(call=call, status=Moderation.PUBLISHED)
    ActivityFactory(call=call)  # a draft: not the secretariat's yet
    with django_assert_max_num_queries(20) as few:
        secretariat_client.get(reverse("activities:queue"), {"call": call.slug})
    for code, city in [("RW", "Kigali"), ("KE", "Nairobi"), ("FR", "Lyon")]:
        _submitted(call=call, country_id=code, city=city, timezone="UTC")
        _submitted(call=call, country_id=code, city=city, timezone="UTC")
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = secretariat_client.get(reverse("activities:queue"), {"call": call.slug})
    body = page.content.decode()
    assert "Submitted for review (7)" in body and "Published (1)" in body
    rwanda = body[body.index(">Rwanda</a>") :].split("</tr>")[0]
    assert '<td class="number">2</td>' in rwanda
    only_kenya = secretariat_client.get(
        reverse("activities:queue"), {"call": call.slug, "country": "KE"}
    ).content.decode()
    assert only_kenya.count('class="event-card"') == 2


def test_the_queue_reads_hostile_filters_without_a_server_error(secretariat_client):
    _submitted()
    for value in ["%00", "%ED%A0%80", "x" * 2000, "<script>", "-1"]:
        response = secretariat_client.get(
            f"/en/activities/review/?call={value}&country={value}&status={value}&page={value}"
        )
        if value.startswith("%"):  # refused by the site before any page, as a bad request
            assert response.status_code == 400
            continue
        assert response.status_code == 200
        assert "Submitted for review (1)" in response.content.decode()


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True)
def test_two_officers_deciding_at_once_decide_once(reference_data, secretariat_user):
    import threading

    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("Needs PostgreSQL's parallel connections: run with DATABASE_URL=postgres://…")
    activity = _submitted()
    start, outcomes = threading.Barrier(2), []

    def decide(action):
        from django.db import connection as own_connection

        try:
            start.wait()
            action(secretariat_user, activity)
            outcomes.append("done")
        except ValidationError as refusal:
            outcomes.append(refusal.messages[0])
        finally:
            own_connection.close()

    actions = [moderation.approve, lambda user, a: moderation.decline(user, a, "Off topic.")]
    threads = [threading.Thread(target=decide, args=(action,)) for action in actions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes.count("done") == 1 and len(outcomes) == 2
    assert "no longer waiting for review" in next(o for o in outcomes if o != "done")
    assert activity.comments.count() == 1
