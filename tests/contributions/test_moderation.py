"""The secretariat reviews submitted pledges: publish, return with comments, decline; each
logged, written in the pledge's history and told to its pledgers in their language."""

import uuid

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from plenaria.contributions.choices import Moderation
from plenaria.contributions.models import Pledge
from plenaria.contributions.pledges import moderation, submission
from plenaria.core.audit import history
from tests.contributions.factories import CampaignFactory, PledgeFactory, PledgerAccessFactory
from tests.contributions.pledging_data import good_data, pledger

pytestmark = pytest.mark.django_db


def _submitted(username="pledger", **changes):
    user, organisation = pledger(username)
    pledge = submission.save_draft(user, organisation, good_data(**changes), uuid.uuid4())
    return user, submission.submit(user, pledge)


def test_the_secretariat_publishes_a_pledge_from_the_queue_through_its_confirmation(
    secretariat_client, django_capture_on_commit_callbacks
):
    user, pledge = _submitted()
    colleague = PledgerAccessFactory(organisation=pledge.organisation).user
    queue = secretariat_client.get(reverse("contributions:queue")).content.decode()
    assert "Submitted for review (1)" in queue and pledge.title.in_language() in queue
    review = secretariat_client.get(reverse("contributions:review", args=[pledge.pk]))
    assert "submit" in review.content.decode()  # the audit log's line
    url = reverse("contributions:decide", args=[pledge.pk, "publish"])
    assert "Yes, publish" in secretariat_client.get(url).content.decode()
    pledge.refresh_from_db()
    assert pledge.status == Moderation.SUBMITTED  # the confirmation page changed nothing
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        secretariat_client.post(url)
    pledge.refresh_from_db()
    assert pledge.status == Moderation.PUBLISHED and pledge.published_at and pledge.is_public
    assert [c.kind for c in pledge.comments.all()] == ["submitted", "published"]
    assert history(pledge).filter(action="published").exists()
    assert sorted(m.to[0] for m in mail.outbox) == sorted([user.email, colleague.email])
    # In the pledger's language: the link leads to the French page.
    assert f"/fr/pledges/mine/{pledge.pk}/" in mail.outbox[0].body


def test_a_returned_pledge_is_changed_and_submitted_again(
    secretariat_client, client, django_capture_on_commit_callbacks
):
    user, pledge = _submitted()
    url = reverse("contributions:decide", args=[pledge.pk, "return"])
    empty = secretariat_client.post(url, {"text": "  "})
    assert "required" in empty.content.decode()
    assert Pledge.objects.get().status == Moderation.SUBMITTED
    with django_capture_on_commit_callbacks(execute=True):
        secretariat_client.post(url, {"text": "Name the schools' districts, please."})
    pledge.refresh_from_db()
    assert pledge.status == Moderation.RETURNED
    assert "Name the schools" in mail.outbox[-1].body
    client.force_login(user)
    page = client.get(reverse("contributions:mine_pledge", args=[pledge.pk])).content.decode()
    assert "Name the schools&#x27; districts" in page
    form = client.get(reverse("contributions:edit", args=[pledge.pk])).content.decode()
    assert "What the secretariat asks" in form and "Name the schools&#x27; districts" in form
    submission.update_draft(user, pledge, good_data(title={"en": "Connect 500 schools"}))
    submission.submit(user, pledge)
    assert Pledge.objects.get().status == Moderation.SUBMITTED


def test_a_declined_pledge_stays_declined_and_a_second_decision_is_refused(secretariat_user):
    user, pledge = _submitted()
    with pytest.raises(ValidationError):
        moderation.decline(secretariat_user, pledge, "")
    moderation.decline(secretariat_user, pledge, "Outside the coalition's scope.")
    entries = history(pledge).count()
    with pytest.raises(ValidationError, match="no longer waiting for review"):
        moderation.publish(secretariat_user, pledge)
    with pytest.raises(ValidationError):
        submission.update_draft(user, pledge, good_data())
    pledge.refresh_from_db()
    assert pledge.status == Moderation.DECLINED and not pledge.is_public
    assert history(pledge).count() == entries


def test_only_the_secretariat_moderates():
    user, pledge = _submitted()
    with pytest.raises(PermissionDenied):
        moderation.publish(user, pledge)
    assert Pledge.objects.get().status == Moderation.SUBMITTED


def test_an_address_that_cannot_be_written_does_not_stop_the_others(
    secretariat_user, django_capture_on_commit_callbacks
):
    user, pledge = _submitted()
    broken = PledgerAccessFactory(organisation=pledge.organisation).user
    broken.email = "broken\n@example.org"
    broken.save()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True) as queued:
        moderation.publish(secretariat_user, pledge)
    assert len(queued) == 2  # one message each: the broken one is tried, and fails alone
    assert [m.to for m in mail.outbox] == [[user.email]]
    assert Pledge.objects.get().status == Moderation.PUBLISHED


def test_the_queue_filters_by_campaign_and_reads_a_fixed_number_of_queries(
    secretariat_client, django_assert_max_num_queries
):
    campaign = CampaignFactory(title={"en": "LDC5"})
    PledgeFactory(status="submitted", campaign=campaign, title={"en": "In LDC5"})
    PledgeFactory(status="submitted", title={"en": "Elsewhere"})
    url = reverse("contributions:queue")
    page = secretariat_client.get(url, {"campaign": campaign.slug}).content.decode()
    assert "In LDC5" in page and "Elsewhere" not in page
    with django_assert_max_num_queries(15) as few:
        secretariat_client.get(url)
    PledgeFactory.create_batch(20, status="submitted", campaign=campaign)
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = secretariat_client.get(url).content.decode()
    assert page.count('class="event-card"') == 22
    assert "nothing" not in secretariat_client.get(url, {"status": "nonsense"}).content.decode()
