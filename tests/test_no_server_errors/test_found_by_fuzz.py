"""The server errors the fuzzers found, one test each, so that each stays fixed."""

import pytest
from django.urls import reverse

from tests.programme.factories import ForumEventFactory, SessionFactory
from tests.registration.factories import open_event

pytestmark = pytest.mark.django_db


def test_a_parameter_named_items_keeps_the_programme_and_its_filters(client):
    # The time-zone picker looped over request.GET.items: ?items=… made that its value.
    forum = ForumEventFactory(slug="wsis-items")
    url = reverse("programme:programme", kwargs={"event_slug": forum.slug})
    response = client.get(url, {"items": "1", "track": "forum"})
    assert response.status_code == 200
    assert b'name="track" value="forum"' in response.content


@pytest.mark.parametrize("page", ["events:list", "circulars:list"])
def test_a_year_of_five_thousand_digits_is_no_year(client, page):
    response = client.get(reverse(page), {"year": "9" * 5000})
    assert response.status_code == 200


def test_an_organisation_past_any_integer_is_ignored(secretariat_client):
    event = open_event()
    url = reverse("registration:manage", kwargs={"slug": event.slug})
    for value in ("76783723943378468864", "9" * 5000, "²"):
        assert secretariat_client.get(url, {"organisation": value}).status_code == 200


@pytest.mark.parametrize("back", ["-1", "1e308", "²", "[]"])
def test_starring_with_a_next_that_is_not_a_path_redirects(client, back):
    # redirect() took a bare word for the name of a view to reverse, and failed.
    forum = ForumEventFactory(slug="wsis-star")
    session = SessionFactory(event=forum)
    url = reverse("programme:star", kwargs={"event_slug": forum.slug, "pk": session.pk})
    response = client.post(url, {"next": back})
    assert response.status_code == 302
