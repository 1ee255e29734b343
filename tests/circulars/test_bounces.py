"""Bounces: real RFC 3464 reports about mails that really went through an SMTP server."""

import mailbox
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.urls import reverse

from plenaria.circulars import dispatch
from plenaria.circulars.bounces import record_bounce
from plenaria.circulars.models import Delivery
from plenaria.circulars.sending import send_pending
from plenaria.core.models import AuditEntry
from tests.circulars.smtp_sink import RunningSink, Sink
from tests.circulars.test_dispatch import issued_letter, smtp
from tests.factories import ContactFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def status_report(recipient: str, action="failed", diagnostic="smtp; 550 5.1.1 User unknown"):
    """A delivery-status part: one block about the message, one about the recipient."""
    about_message, about_recipient = Message(), Message()
    about_message["Reporting-MTA"] = "dns; mx.uni.example.org"
    about_recipient["Final-Recipient"] = f"rfc822; {recipient}"
    about_recipient["Action"] = action
    about_recipient["Status"] = "5.1.1" if action == "failed" else "4.4.7"
    about_recipient["Diagnostic-Code"] = diagnostic
    part = MIMEBase("message", "delivery-status")
    part.set_payload([about_message, about_recipient])
    return part


def dsn(original: Message, recipient: str, whole=False, **kwargs) -> MIMEMultipart:
    """What a receiving server sends back: text, the status, and the original (its headers,
    or the whole mail)."""
    report = MIMEMultipart("report", report_type="delivery-status")
    report["From"] = "MAILER-DAEMON@mx.uni.example.org"
    report["Subject"] = "Undelivered Mail Returned to Sender"
    report.attach(MIMEText("This is the mail system. Your message could not be delivered."))
    report.attach(status_report(recipient, **kwargs))
    if whole:
        report.attach(MIMEMessage(original))
    else:
        headers = "".join(f"{name}: {value}\n" for name, value in original.items())
        report.attach(MIMEText(headers, "rfc822-headers"))
    return report


@pytest.fixture
def sent_mails():
    organisation = OrganisationFactory(category="academia")
    for name in ("gone", "moved", "here", "late"):
        ContactFactory(organisation=organisation, email=f"{name}@uni.example.org")
    letter = issued_letter(["academia"])
    dispatch.queue_dispatch(None, letter)
    with RunningSink(Sink()) as running:
        send_pending(letter.pk, connection=smtp(running.port))
    return letter, {message["To"]: message for message in running.sink.received}


def test_bounces_in_an_mbox_and_an_eml_are_recorded_and_shown(
    sent_mails, tmp_path, secretariat_client
):
    letter, received = sent_mails
    box = mailbox.mbox(tmp_path / "bounces.mbox")
    box.add(dsn(received["gone@uni.example.org"], "gone@uni.example.org"))
    box.add(dsn(received["late@uni.example.org"], "late@uni.example.org", action="delayed"))
    box.add(MIMEText("Out of office until Monday."))
    box.flush()
    moved = dsn(
        received["moved@uni.example.org"],
        "moved@uni.example.org",
        whole=True,
        diagnostic="smtp; 550 5.1.6 Recipient has moved",
    )
    (tmp_path / "moved.eml").write_bytes(moved.as_bytes())

    out = StringIO()
    call_command(
        "record_bounces", str(tmp_path / "bounces.mbox"), str(tmp_path / "moved.eml"), stdout=out
    )
    assert "bounces recorded 2, refused 0, mails reporting no failure 2" in out.getvalue()
    states = dict(Delivery.objects.values_list("email", "state"))
    assert states == {
        "gone@uni.example.org": "bounced",
        "moved@uni.example.org": "bounced",
        "here@uni.example.org": "sent",
        "late@uni.example.org": "sent",  # a delay is not a failure
    }
    assert Delivery.objects.get(email="moved@uni.example.org").last_error == (
        "550 5.1.6 Recipient has moved"
    )
    assert AuditEntry.objects.filter(action="bounce").count() == 2
    # Reading the same reports again records nothing new.
    call_command("record_bounces", str(tmp_path / "bounces.mbox"), stdout=StringIO())
    assert AuditEntry.objects.filter(action="bounce").count() == 2

    progress = secretariat_client.get(reverse("circulars:progress", args=[letter.pk]))
    assert "Bounced: 2" in progress.content.decode() and "Sent: 2" in progress.content.decode()


def test_forged_or_mismatched_reports_change_nothing(sent_mails, tmp_path):
    _letter, received = sent_mails
    here = received["here@uni.example.org"]
    forged = Message()
    for name, value in here.items():
        forged[name] = value
    forged.replace_header("X-Plenaria-Delivery", "1:forgedsignature")
    box = mailbox.mbox(tmp_path / "forged.mbox")
    box.add(dsn(forged, "here@uni.example.org"))
    # A genuine header, but the report names another address than the one it was sent to.
    box.add(dsn(here, "someone.else@uni.example.org"))
    box.flush()
    (tmp_path / "empty.eml").write_bytes(b"")
    (tmp_path / "binary.eml").write_bytes(bytes(range(256)) * 4)

    errors = StringIO()
    call_command(
        "record_bounces",
        *(str(tmp_path / name) for name in ("forged.mbox", "empty.eml", "binary.eml")),
        stdout=StringIO(),
        stderr=errors,
    )
    assert errors.getvalue().count("names no mail sent by Plenaria") == 2
    assert set(Delivery.objects.values_list("state", flat=True)) == {"sent"}
    with pytest.raises(CommandError, match="No such file"):
        call_command("record_bounces", str(tmp_path / "missing.mbox"))


def test_record_bounce_by_address_and_only_after_sending():
    organisation = OrganisationFactory(category="academia")
    ContactFactory(organisation=organisation, email="a@uni.example.org")
    letter = issued_letter(["academia"])
    dispatch.queue_dispatch(None, letter)
    with pytest.raises(ValidationError, match="has not been sent"):
        record_bounce(None, Delivery.objects.get(), "550 no")
    Delivery.objects.update(state="sent")
    delivery = record_bounce(None, "A@Uni.example.org", "550 5.1.1 unknown")
    assert (delivery.state, delivery.last_error) == ("bounced", "550 5.1.1 unknown")
    with pytest.raises(ValidationError, match="No letter was sent to nobody@"):
        record_bounce(None, "nobody@uni.example.org", "550")
