"""The secretariat's intake page: a letter in, a checked draft event out."""

import datetime
import json
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from plenaria.events.models import Event, EventRelation
from tests.factories import EventFactory, OrganisationFactory, SeriesFactory

pytestmark = pytest.mark.django_db
CORPUS = Path(__file__).resolve().parents[2] / "src/plenaria/intake/corpus"
WTISD_23 = (CORPUS / "seed_001.txt").read_text(encoding="utf-8")
WTISD_21 = CORPUS / "seed_000.txt"


def review(client, **data):
    return client.post(reverse("intake:upload"), data)


def letter_data(page) -> dict:
    """The draft letter's values as proposed (these tests look at the event)."""
    initial = page.context["letter_form"].initial
    return {f"letter-{name}": str(value) for name, value in initial.items() if name != "addressees"}


def test_the_public_and_other_staff_cannot_use_it(client, django_user_model):
    assert client.get(reverse("intake:upload")).status_code == 302
    client.force_login(django_user_model.objects.create_user("clerk", is_staff=True))
    assert client.post(reverse("intake:create"), {}).status_code == 403  # refused, not re-asked
    assert not Event.objects.exists()


def test_a_pasted_letter_is_proposed_as_a_draft_with_its_facts_marked(secretariat_client):
    SeriesFactory(acronym="WTISD")
    response = review(secretariat_client, text=WTISD_23)
    body = response.content.decode()
    form = response.context["form"]
    assert form.initial["acronym"] == "WTISD-23"
    assert form.initial["start_time"] == "14:30" and form.initial["timezone"] == "Europe/Zurich"
    assert form.initial["format"] == "hybrid" and form.initial["kind"] == "observance"
    assert form.initial["series"] is not None
    assert '<mark title="reference" data-field="reference">CL-23/9</mark>' in body
    assert "strategy@itu.int" in body and "20 April 2023" in body  # the interpretation deadline


def test_creating_the_draft_stores_the_reviewed_values(secretariat_client, offices_and_series):
    SeriesFactory(acronym="WTISD")
    OrganisationFactory(
        acronym="ITU", category="un_agency", wsis_stakeholder_type="international_org"
    )
    page = review(secretariat_client, text=WTISD_23)
    form = page.context["form"]
    data = {name: value for name, value in form.initial.items() if value is not None}
    data.update(letter_data(page))
    data.update(
        title_en="World Telecommunication and Information Society Day 2023",
        times_announced="on",
        series=form.initial["series"],
        kind="observance",
        format="hybrid",
    )
    data.pop("status", None)
    response = secretariat_client.post(reverse("intake:create"), data)
    assert response.status_code == 302
    event = Event.objects.get(acronym="WTISD-23")
    assert event.status == "draft" and event.local.times == "14:30–16:30 CEST (UTC+2)"
    assert event.title["en"].startswith("World Telecommunication")
    assert response["Location"] == reverse("admin:events_event_change", args=[event.pk])


def test_a_related_event_already_known_is_linked(secretariat_client, offices_and_series):
    forum = EventFactory(
        acronym="WSIS Forum 2021",
        series=SeriesFactory(acronym="WSIS Forum"),
        day=datetime.date(2021, 5, 17),
    )
    OrganisationFactory(
        acronym="ITU", category="un_agency", wsis_stakeholder_type="international_org"
    )
    upload = SimpleUploadedFile("cl-21-20.txt", WTISD_21.read_bytes(), content_type="text/plain")
    page = review(secretariat_client, file=upload)
    form = page.context["form"]
    assert form.initial["timezone"] == "Europe/Zurich" and form.initial["format"] == "virtual"
    data = {k: v for k, v in form.initial.items() if v is not None and k != "status"}
    data.update(letter_data(page))
    data.update(times_announced="on", kind="observance", acronym="WTISD 2021")
    assert secretariat_client.post(reverse("intake:create"), data).status_code == 302
    created = Event.objects.get(acronym="WTISD 2021")
    assert EventRelation.objects.get(source=created, target=forum).kind == "part_of"
    assert [link.organisation.acronym for link in created.organiser_links.all()] == ["ITU"]


def test_events_named_by_their_dates_are_linked_the_right_way_round(
    secretariat_client, offices_and_series
):
    summit = EventFactory(
        acronym="GCYS 2022", timezone="Africa/Kigali", day=datetime.date(2022, 6, 2)
    )
    roundtable = EventFactory(
        acronym="P2C RT 2022", timezone="Africa/Kigali", day=datetime.date(2022, 6, 7)
    )
    text = (CORPUS / "seed_003.txt").read_text(encoding="utf-8")
    page = review(secretariat_client, text=text)
    form = page.context["form"]
    data = {k: v for k, v in form.initial.items() if v is not None and k != "status"}
    data.update(letter_data(page))
    data.update(title_en="WTDC-21", kind="conference", format="hybrid")
    assert secretariat_client.post(reverse("intake:create"), data).status_code == 302
    wtdc = Event.objects.get(acronym="WTDC-21")
    assert wtdc.status == "draft" and wtdc.timezone == "Africa/Kigali"
    assert set(EventRelation.objects.values_list("source__acronym", "kind", "target__acronym")) == {
        ("WTDC-21", "preceded_by", summit.acronym),
        (roundtable.acronym, "part_of", "WTDC-21"),
    }


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("empty.txt", b""), "The submitted file is empty."),
        (SimpleUploadedFile("blank.txt", b"\xef\xbb\xbf  \n"), "The file is empty."),
        (
            SimpleUploadedFile("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
            "Only text files",
        ),
        (
            SimpleUploadedFile("notes.txt", "Liste des courses : pain, lait, œufs.".encode()),
            "does not look like a letter",
        ),
    ],
)
def test_bad_files_get_a_clear_message_and_create_nothing(secretariat_client, upload, message):
    response = review(secretariat_client, file=upload)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Event.objects.exists()


def test_an_invalid_review_is_shown_again_with_its_errors(secretariat_client):
    form = review(secretariat_client, text=WTISD_23).context["form"]
    data = {k: v for k, v in form.initial.items() if v is not None and k != "status"}
    data.update(title_en="WTISD 2023", times_announced="on", kind="observance", end_time="10:00")
    response = secretariat_client.post(reverse("intake:create"), data)
    assert "The event must end after it starts." in response.content.decode()
    assert not Event.objects.exists()


def test_the_command_prints_json_and_fails_when_nothing_can_be_read(capsys, tmp_path):
    call_command("intake", str(WTISD_21))
    printed = json.loads(capsys.readouterr().out)
    assert printed["letter"]["reference"]["value"] == "CL-21/20"
    assert printed["letter"]["events"][0]["start_time"]["value"] == "13:00"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(CommandError):
        call_command("intake", str(empty))
    assert json.loads(capsys.readouterr().out)["code"] == "empty"


def test_the_evaluation_command_reports_a_wrong_expectation(tmp_path, capsys):
    expected = json.loads((CORPUS / "seed_001.expected.json").read_text(encoding="utf-8"))
    expected["letter"]["reference"] = "CL-23/99"
    (tmp_path / "letter.txt").write_text(WTISD_23, encoding="utf-8")
    (tmp_path / "letter.expected.json").write_text(json.dumps(expected), encoding="utf-8")
    call_command("evaluate_intake", str(tmp_path))
    printed = capsys.readouterr().out
    assert "other: 1 letters" in printed and "field accuracy 100.0%" not in printed
    assert "CL-23/99" in printed
    with pytest.raises(CommandError):
        call_command("evaluate_intake", str(tmp_path / "missing"))
