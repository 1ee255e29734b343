import datetime

import pytest
from django.urls import reverse

from plenaria.circulars import services
from plenaria.circulars.models import Letter
from tests.circulars.factories import ready_letter

pytestmark = pytest.mark.django_db


def test_the_admin_pages_open_for_drafts_and_issued_letters(secretariat_client):
    draft = ready_letter()
    issued = services.issue_letter(None, ready_letter(), on=datetime.date(2023, 4, 12))
    for url in (
        reverse("admin:circulars_letter_changelist"),
        reverse("admin:circulars_letter_add"),
        reverse("admin:circulars_letter_change", args=[draft.pk]),
        reverse("admin:circulars_letter_change", args=[issued.pk]),
        reverse("admin:circulars_numberingseries_changelist"),
    ):
        assert secretariat_client.get(url).status_code == 200, url


def test_an_issued_letter_cannot_be_changed_through_the_admin(secretariat_client):
    issued = services.issue_letter(None, ready_letter(), on=datetime.date(2023, 4, 12))
    url = reverse("admin:circulars_letter_change", args=[issued.pk])
    response = secretariat_client.post(url, {"contact_name": "Someone else"})
    assert response.status_code == 403
    assert Letter.objects.get(pk=issued.pk).contact_name == "Victoria Sukenik"


def test_the_issue_action_numbers_ready_letters_and_reports_the_others(secretariat_client):
    ready, incomplete = ready_letter(), ready_letter()
    incomplete.addressees.all().delete()
    response = secretariat_client.post(
        reverse("admin:circulars_letter_changelist"),
        {"action": "issue_letters", "_selected_action": [ready.pk, incomplete.pk]},
        follow=True,
    )
    page = response.content.decode()
    assert "Choose at least one addressee category." in page
    ready.refresh_from_db()
    incomplete.refresh_from_db()
    assert ready.status == "issued" and incomplete.status == "draft"
