"""The secretariat acts on registrations: search, a page per registration with its history
and messages, each action through its confirmation, bulk decisions, readable exports."""

import csv
import io

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

from plenaria.core.audit import CHANGED, history
from plenaria.registration import desk_actions, notifications
from plenaria.registration.models import Registration
from tests.factories import OrganisationFactory
from tests.registration.conftest import make_focal_point
from tests.registration.factories import open_event, register

pytestmark = pytest.mark.django_db


def _names(response):
    return sorted(r.first_name for r in response.context["page"].object_list)


def test_search_by_name_without_accents_email_organisation_and_country(
    secretariat_client, rwanda, university
):
    event = open_event()
    register(event, first_name="Chloé", last_name="Müller", organisation=university)
    register(event, first_name="Aline", organisation=rwanda, email="aline.k@gov.example.rw")
    other = OrganisationFactory(acronym="ORG", name={"en": "Space Agency", "fr": "Agence spatiale"})
    register(event, first_name="Bruno", organisation=other)
    url = f"/en/registration/manage/{event.slug}/"

    for typed in ("chloe", "CHLOE", "Chloé", "muller", "chloe mull"):
        assert _names(secretariat_client.get(url, {"q": typed})) == ["Chloé"], typed
    assert _names(secretariat_client.get(url, {"q": "ALINE.K@gov"})) == ["Aline"]
    assert _names(secretariat_client.get(url, {"q": "agence spatiale"})) == ["Bruno"]
    # The country in any of the six languages: Rwanda in Russian and in Arabic.
    assert _names(secretariat_client.get(url, {"q": "Руанда"})) == ["Aline"]
    assert _names(secretariat_client.get(url, {"q": "رواندا"})) == ["Aline"]
    register(event, first_name="ÉLODIE", last_name="ØSTERGÅRD")
    assert _names(secretariat_client.get(url, {"q": "elodie ostergard"})) == ["ÉLODIE"]
    assert _names(secretariat_client.get(url, {"q": "nobody-here"})) == []
    # Characters a regular expression would read are only text.
    assert secretariat_client.get(url, {"q": "a[(*+?\\"}).status_code == 200
    assert "Chloé" in secretariat_client.get(url, {"q": "chloe"}).content.decode()


@pytest.mark.parametrize("typed", ["rw", "RW", "Rwanda", "rwanda"])
def test_the_country_filter_takes_a_code_in_any_case_or_a_name(secretariat_client, rwanda, typed):
    event = open_event()
    register(event, first_name="Aline", organisation=rwanda)
    register(event, first_name="Bruno")
    url = f"/en/registration/manage/{event.slug}/"
    assert _names(secretariat_client.get(url, {"country": typed})) == ["Aline"]


def test_the_filters_are_lists_of_names(secretariat_client, rwanda):
    event = open_event()
    register(event, organisation=rwanda)
    html = secretariat_client.get(f"/fr/registration/manage/{event.slug}/").content.decode()
    assert '<option value="RW">Rwanda</option>' in html
    assert '<option value="africa">Afrique</option>' in html or 'value="africa"' in html
    assert f'<option value="{rwanda.pk}">Rwanda (RW-GOV)</option>' in html


def test_searching_keeps_the_query_count(secretariat_client, rwanda):
    event = open_event()
    url = f"/en/registration/manage/{event.slug}/"
    register(event, organisation=rwanda)
    with CaptureQueriesContext(connection) as few:
        secretariat_client.get(url, {"q": "amina rwanda"})
    for _ in range(15):
        register(event, organisation=rwanda)
    with CaptureQueriesContext(connection) as many:
        secretariat_client.get(url, {"q": "amina rwanda"})
    assert len(many) == len(few)


def test_approve_from_the_page_through_the_confirmation(secretariat_client, rwanda):
    event = open_event(approval_required=True)
    pending = register(event, organisation=rwanda, first_name="Aline")
    assert pending.status == "pending"
    page = secretariat_client.get(f"/en/registration/manage/{event.slug}/{pending.pk}/")
    html = page.content.decode()
    assert "Aline" in html and "Registration received" in html and "create" in html
    confirm_url = f"/en/registration/manage/{event.slug}/{pending.pk}/approve/"
    assert confirm_url in html

    asked = secretariat_client.get(confirm_url)
    assert "Approve this registration?" in asked.content.decode()
    pending.refresh_from_db()
    assert pending.status == "pending"  # asking changes nothing

    done = secretariat_client.post(confirm_url, follow=True)
    pending.refresh_from_db()
    assert pending.status == "seated"
    assert "The registration was approved." in done.content.decode()
    assert any(entry.actor_id for entry in history(pending))


def test_reject_needs_a_reason_and_closed_ones_cannot_be_decided(secretariat_client, rwanda):
    event = open_event(approval_required=True)
    pending = register(event, organisation=rwanda)
    url = f"/en/registration/manage/{event.slug}/{pending.pk}/reject/"
    refused = secretariat_client.post(url, {"reason": "  "})
    assert refused.status_code == 400
    pending.refresh_from_db()
    assert pending.status == "pending"
    secretariat_client.post(url, {"reason": "Not a delegate."})
    pending.refresh_from_db()
    assert (pending.status, pending.rejection_reason) == ("rejected", "Not a delegate.")
    again = secretariat_client.post(
        f"/en/registration/manage/{event.slug}/{pending.pk}/approve/", follow=True
    )
    assert "no longer awaiting a decision" in again.content.decode()
    pending.refresh_from_db()
    assert pending.status == "rejected"
    assert secretariat_client.get(url.replace("reject", "explode")).status_code == 404


def test_cancel_gives_the_place_to_the_first_waiting_and_promote_goes_beyond(secretariat_client):
    event = open_event(in_person_capacity=1)
    seated = register(event, first_name="Aline")
    first, second = register(event, first_name="Bruno"), register(event, first_name="Chloé")
    assert (first.status, second.status) == ("waiting", "waiting")
    base = f"/en/registration/manage/{event.slug}"
    assert (
        "Cancel this registration?"
        in secretariat_client.get(f"{base}/{seated.pk}/cancel/").content.decode()
    )
    secretariat_client.post(f"{base}/{seated.pk}/cancel/")
    seated.refresh_from_db(), first.refresh_from_db()
    assert (seated.status, first.status) == ("cancelled", "seated")

    asked = secretariat_client.get(f"{base}/{second.pk}/promote/").content.decode()
    assert "Every place is taken (1 of 1)" in asked
    secretariat_client.post(f"{base}/{second.pk}/promote/")
    second.refresh_from_db()
    assert second.status == "seated"
    assert second.notifications.filter(kind="promoted").exists()


def test_change_mode_and_correct_details_are_audited_without_values(secretariat_client, rwanda):
    event = open_event()
    person = register(event, first_name="Alin", organisation=rwanda)
    other = register(event, email="taken@example.org")
    base = f"/en/registration/manage/{event.slug}/{person.pk}"
    secretariat_client.post(f"{base}/change/", {"mode": "remote", "interpretation_language": "fr"})
    person.refresh_from_db()
    assert (person.mode, person.interpretation_language, person.status) == (
        "remote",
        "fr",
        "approved",
    )
    details = {
        "first_name": "Aline",
        "last_name": "Uwase",
        "email": "aline@example.org",
        "gender": "woman",
        "year_of_birth": "1991",
        "nationality": "RW",
    }
    secretariat_client.post(f"{base}/correct/", details)
    person.refresh_from_db()
    assert (person.first_name, person.email, person.nationality_id) == (
        "Aline",
        "aline@example.org",
        "RW",
    )
    corrected = history(person).get(action="details corrected by the secretariat")
    assert corrected.changes["first_name"] == CHANGED and "Aline" not in str(corrected.changes)

    duplicate = secretariat_client.post(f"{base}/correct/", {**details, "email": other.email})
    assert duplicate.status_code == 400
    person.refresh_from_db()
    assert person.email == "aline@example.org"
    bad = secretariat_client.post(f"{base}/correct/", {**details, "year_of_birth": "abc"})
    assert bad.status_code == 400


def test_resend_the_private_link_sends_a_mail_with_the_link(secretariat_client):
    event = open_event()
    person = register(event, email="aline@example.org")
    mail.outbox.clear()
    notifications.send_unsent()
    mail.outbox.clear()
    url = f"/en/registration/manage/{event.slug}/{person.pk}/resend/"
    done = secretariat_client.post(url, follow=True)
    assert "The private link is being sent" in done.content.decode()
    notifications.send_unsent()
    assert [m.to for m in mail.outbox] == [["aline@example.org"]]
    assert "/registration/mine/" in mail.outbox[0].body
    again = secretariat_client.post(url, follow=True)
    assert "less than a minute ago" in again.content.decode()
    assert person.notifications.filter(kind="link").count() == 1
    assert history(person).filter(action="private link sent by the secretariat").exists()


def test_bulk_decisions_ask_first_say_how_many_and_use_plurals(secretariat_client, rwanda):
    event = open_event(approval_required=True)
    pending = [register(event, organisation=rwanda) for _ in range(3)]
    url = f"/en/registration/manage/{event.slug}/bulk/"
    ticked = {"action": "approve", "registrations": [r.pk for r in pending[:2]]}
    asked = secretariat_client.post(url, ticked)
    assert "Approve 2 registrations?" in asked.content.decode()
    assert Registration.objects.filter(status="pending").count() == 3

    done = secretariat_client.post(url, {**ticked, "confirmed": "yes"}, follow=True)
    html = done.content.decode()
    assert "2 registrations approved." in html and "(s)" not in html
    one = {"action": "reject", "registrations": [pending[2].pk], "confirmed": "yes"}
    refused = secretariat_client.post(url, one, follow=True)
    assert "Give the reason" in refused.content.decode()
    done = secretariat_client.post(url, {**one, "reason": "Late."}, follow=True)
    assert "1 registration rejected." in done.content.decode()
    # A registration of another event, or none ticked: refused, nothing changes.
    elsewhere = register(open_event())
    outside = {"action": "cancel", "registrations": [elsewhere.pk], "confirmed": "yes"}
    secretariat_client.post(url, outside)
    elsewhere.refresh_from_db()
    assert elsewhere.status == "seated"
    nothing = secretariat_client.post(url, {"action": "cancel"}, follow=True)
    assert "Tick at least one registration." in nothing.content.decode()


def test_exports_have_translated_headers_and_readable_values(secretariat_client, rwanda):
    event = open_event()
    register(event, first_name="Aline", organisation=rwanda, nationality_id="RW")
    export = secretariat_client.get(f"/fr/registration/manage/{event.slug}/", {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode())))
    header, aline = rows
    assert "first_name" not in header and "nationality_id" not in header
    row = dict(zip(header, aline, strict=True))
    assert row["Prénom"] == "Aline"
    assert "Rwanda" in aline and "Femme" in aline


def test_only_the_secretariat_acts(client, rwanda):
    event = open_event()
    person = register(event, organisation=rwanda)
    client.force_login(make_focal_point(rwanda, "fp"))
    base = f"/en/registration/manage/{event.slug}/{person.pk}"
    assert client.get(f"{base}/").status_code == 403
    assert client.post(f"{base}/cancel/").status_code == 403
    assert client.post(f"{base}/resend/").status_code == 403
    person.refresh_from_db()
    assert person.status == "seated"
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        desk_actions.promote(None, person)


def test_another_events_registration_is_not_found(secretariat_client):
    person = register(open_event())
    other = open_event()
    assert (
        secretariat_client.get(f"/en/registration/manage/{other.slug}/{person.pk}/").status_code
        == 404
    )
