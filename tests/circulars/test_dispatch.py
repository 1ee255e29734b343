import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.mail import get_connection
from django.test import Client, override_settings
from django.urls import reverse

from plenaria.circulars import dispatch, services
from plenaria.circulars.models import Delivery
from plenaria.circulars.sending import send_pending
from plenaria.directory.models import Country, Grouping
from tests.circulars.factories import ready_letter
from tests.circulars.smtp_sink import RunningSink, Sink, free_port
from tests.factories import ContactFactory, MemberStateFactory, OrganisationFactory

pytestmark = pytest.mark.django_db
SMTP = "django.core.mail.backends.smtp.EmailBackend"


def issued_letter(categories=("member_states",), **kwargs):
    letter = ready_letter(**kwargs)
    services.set_addressees(None, letter, list(categories))
    return services.issue_letter(None, letter, on=datetime.date(2023, 4, 12))


def smtp(port):
    return get_connection(SMTP, host="127.0.0.1", port=port, timeout=5)


def test_addressees_expand_to_contacts_of_matching_organisations():
    rwanda = MemberStateFactory(country=Country.objects.get(code="RW"))
    france = MemberStateFactory(country=Country.objects.get(code="FR"))
    university = OrganisationFactory(category="academia")
    in_rwanda = ContactFactory(organisation=rwanda, email="minict@gov.rw")
    ContactFactory(organisation=rwanda, email="")  # counted as not reachable
    ContactFactory(organisation=rwanda, email="old@gov.rw", is_active=False)
    ContactFactory(organisation=france, email="dgE@finances.gouv.fr")
    ContactFactory(organisation=university, email="dean@uni.example.org")

    letter = issued_letter(["member_states"])
    reach = dispatch.reach(letter)
    assert (reach.with_email, reach.without_email) == (2, 1)

    letter = ready_letter()
    services.set_addressees(None, letter, ["member_states"])
    letter.regions = ["africa"]
    services.save_letter(None, letter)
    letter.groupings.set(Grouping.objects.filter(code="LDC"))
    services.issue_letter(None, letter, on=datetime.date(2023, 4, 12))
    assert list(dispatch.addressed_contacts(letter).exclude(email="")) == [in_rwanda]


def test_queueing_twice_adds_nobody_twice_and_picks_each_contacts_language():
    organisation = OrganisationFactory(category="academia")
    ContactFactory(organisation=organisation, email="fr@uni.example.org", preferred_language="fr")
    ContactFactory(organisation=organisation, email="ru@uni.example.org", preferred_language="ru")
    letter = issued_letter(["academia"])
    assert dispatch.queue_dispatch(None, letter) == 2
    assert dispatch.queue_dispatch(None, letter) == 0
    languages = dict(Delivery.objects.values_list("email", "language"))
    assert languages == {"fr@uni.example.org": "fr", "ru@uni.example.org": "en"}


def test_only_issued_letters_with_addressees_are_queued():
    draft = ready_letter()
    with pytest.raises(ValidationError, match="Only an issued letter"):
        dispatch.queue_dispatch(None, draft)


def test_each_contact_receives_the_letter_in_their_language_with_the_pdf():
    organisation = OrganisationFactory(category="academia")
    for n, language in enumerate(["fr", "en", "es"]):
        ContactFactory(
            organisation=organisation, email=f"p{n}@uni.example.org", preferred_language=language
        )
    letter = issued_letter(["academia"])
    dispatch.queue_dispatch(None, letter)
    with RunningSink(Sink()) as running:
        report = send_pending(letter.pk, connection=smtp(running.port))
    received = {message["To"]: message for message in running.sink.received}
    assert report.sent == 3 and sorted(received) == [
        "p0@uni.example.org",
        "p1@uni.example.org",
        "p2@uni.example.org",
    ]
    assert received["p0@uni.example.org"]["Subject"].strip().startswith("CL-23/1 – Journ")
    assert "World Telecommunication" in received["p2@uni.example.org"]["Subject"]  # es → en
    attachment = next(part for part in received["p0@uni.example.org"].walk() if part.get_filename())
    assert attachment.get_filename() == "CL-23-1_fr.pdf"
    assert attachment.get_payload(decode=True).startswith(b"%PDF")
    assert set(Delivery.objects.values_list("state", flat=True)) == {"sent"}
    assert send_pending(letter.pk, connection=smtp(running.port)).sent == 0


def test_a_refused_address_fails_with_its_error_and_the_others_go():
    organisation = OrganisationFactory(category="academia")
    ContactFactory(organisation=organisation, email="gone@uni.example.org")
    ContactFactory(organisation=organisation, email="here@uni.example.org")
    letter = issued_letter(["academia"])
    dispatch.queue_dispatch(None, letter)
    with RunningSink(Sink(refuse={"gone@uni.example.org"})) as running:
        send_pending(letter.pk, connection=smtp(running.port))
    assert running.sink.recipients() == ["here@uni.example.org"]
    gone = Delivery.objects.get(email="gone@uni.example.org")
    assert gone.state == "failed" and "No such mailbox" in gone.last_error


def test_a_server_that_is_down_means_a_later_retry_not_a_loss():
    ContactFactory(organisation=OrganisationFactory(category="academia"), email="a@uni.example.org")
    letter = issued_letter(["academia"])
    dispatch.queue_dispatch(None, letter)
    report = send_pending(letter.pk, connection=smtp(free_port()))  # nothing listens there
    delivery = Delivery.objects.get()
    assert report.retrying == 1 and delivery.state == "retrying" and delivery.attempts == 1
    assert delivery.next_attempt_at > delivery.claimed_at and delivery.last_error
    Delivery.objects.update(next_attempt_at=None)
    with RunningSink(Sink()) as running:
        send_pending(letter.pk, connection=smtp(running.port))
    assert running.sink.recipients() == ["a@uni.example.org"]
    assert Delivery.objects.get().state == "sent"


@override_settings(PLENARIA_MAIL_MAX_BYTES=2000)
def test_an_attachment_over_the_size_limit_is_a_recorded_failure():
    ContactFactory(organisation=OrganisationFactory(category="academia"), email="a@uni.example.org")
    letter = issued_letter(["academia"])
    dispatch.queue_dispatch(None, letter)
    with RunningSink(Sink()) as running:
        send_pending(letter.pk, connection=smtp(running.port))
    assert running.sink.received == []
    delivery = Delivery.objects.get()
    assert delivery.state == "failed" and "over the mail size limit" in delivery.last_error


def test_the_secretariat_sees_the_count_then_sends_from_the_letter_page(
    secretariat_client, mailoutbox, django_capture_on_commit_callbacks
):
    organisation = OrganisationFactory(category="academia")
    ContactFactory(organisation=organisation, email="a@uni.example.org")
    ContactFactory(organisation=organisation, email="b@uni.example.org")
    ContactFactory(organisation=organisation, email="")
    letter = issued_letter(["academia"])
    page = secretariat_client.get(reverse("circulars:detail", args=[letter.pk])).content.decode()
    assert (
        "2 addresses match the addressees" in page and "1 matching contacts have no e-mail" in page
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = secretariat_client.post(
            reverse("circulars:send", args=[letter.pk]), {"confirm": "1"}, follow=True
        )
    assert "2 new recipients queued." in response.content.decode()
    assert sorted(message.to[0] for message in mailoutbox) == [
        "a@uni.example.org",
        "b@uni.example.org",
    ]
    progress = secretariat_client.get(
        reverse("circulars:progress", args=[letter.pk])
    ).content.decode()
    assert "Sent: 2" in progress
    assert Client().get(reverse("circulars:progress", args=[letter.pk])).status_code in (302, 404)


def test_a_dead_workers_batch_leaves_one_mail_in_doubt_and_requeues_the_rest():
    from plenaria.circulars.sending import _claim_batch, recover_interrupted

    organisation = OrganisationFactory(category="academia")
    for n in range(5):
        ContactFactory(organisation=organisation, email=f"p{n}@uni.example.org")
    letter = issued_letter(["academia"])
    dispatch.queue_dispatch(None, letter)
    batch = _claim_batch("elsewhere:1", letter.pk, 4)
    assert [d.email for d in batch] == [f"p{n}@uni.example.org" for n in range(4)]
    assert _claim_batch("another:2", letter.pk, 4)[0].email == "p4@uni.example.org"
    Delivery.objects.filter(pk=batch[0].pk).update(state="sent")  # it went before the crash
    assert recover_interrupted(lease_seconds=0) == 2  # p1 of one batch, p4 of the other
    states = dict(Delivery.objects.values_list("email", "state"))
    assert states == {
        "p0@uni.example.org": "sent",
        "p1@uni.example.org": "uncertain",
        "p2@uni.example.org": "queued",
        "p3@uni.example.org": "queued",
        "p4@uni.example.org": "uncertain",
    }
    assert Delivery.objects.get(email="p2@uni.example.org").attempts == 0
    with RunningSink(Sink()) as running:
        send_pending(letter.pk, connection=smtp(running.port), batch_size=1)
    assert sorted(running.sink.recipients()) == ["p2@uni.example.org", "p3@uni.example.org"]
