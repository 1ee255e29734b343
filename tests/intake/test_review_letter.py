"""The review page creates the draft event and the draft circular letter together."""

import datetime
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from plenaria.circulars import services
from plenaria.circulars.demo import load_circulars_demo
from plenaria.circulars.models import (
    IssuingOffice,
    Letter,
    LetterVersion,
    NumberingSeries,
    Signatory,
)
from plenaria.core.services import save_validated
from plenaria.events.models import Event
from plenaria.intake import services as intake_services
from plenaria.intake.draft_letter import ReviewedLetter
from plenaria.intake.extraction import extract
from plenaria.intake.extraction.parts import letter_parts

pytestmark = pytest.mark.django_db
CORPUS = Path(__file__).resolve().parents[2] / "src/plenaria/intake/corpus"

# What each seed letter's draft must hold, read back from the database.
EXPECTED = {
    0: {
        "office": "SG",
        "series": "CL",
        "reference": "CL-21/20",
        "date": datetime.date(2021, 5, 6),
        "contact": ("Victoria Sukenik", "", "+41227306036", "strategy@itu.int"),
        "subject": "Journée mondiale des télécommunications et de la société de l'information",
        "body": "J'ai l'honneur de vous inviter à la célébration virtuelle",
        "closing": "Je vous prie d'agréer, Madame, Monsieur, l'assurance de ma considération",
        "signatories": [("Houlin Zhao", "Secrétaire général")],
        "annexes": [("Message pour la Journ", "MESSAGE POUR LA JOURNEE MONDIALE")],
        "addressees": ["member_states", "sector_members", "associates", "academia"],
        "relations": [],
        "event": ("WTISD-21", {"kind": "observance", "timezone": "Europe/Zurich"}),
    },
    1: {
        "office": "SG",
        "series": "CL",
        "reference": "CL-23/9",
        "date": datetime.date(2023, 4, 12),
        "contact": ("Victoria Sukenik", "+41227306036", "", "strategy@itu.int"),
        "subject": "Journée mondiale des télécommunications et de la société de l'information",
        "body": "Suite à la Lettre circulaire envoyée en mars 2023",
        "closing": "Veillez agréer, Madame, Monsieur",
        "signatories": [("Doreen Bogdan-Martin", "Secrétaire générale")],
        "annexes": [],
        "addressees": ["member_states", "sector_members", "associates", "academia"],
        "relations": [("follows", "", "CL-23/5")],
        "event": ("WTISD-23", {"kind": "observance"}),
    },
    2: {
        "office": "WSIS",
        "series": "WSIS Forum",
        "reference": "WSIS Forum 2021/01",
        "date": datetime.date(2021, 2, 3),
        "contact": ("Gitanjali Sah", "+41227306240", "+41227306453", "wsis-info@itu.int"),
        "subject": "Invitation au Forum 2021 du Sommet mondial",
        "body": "L'Union internationale des télécommunications (UIT)",
        "closing": "Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.",
        "signatories": [
            ("Houlin Zhao", "Secrétaire général de l'UIT"),
            ("Audrey Azoulay", "Directrice générale de l'UNESCO"),
            ("Mukhisa Kituyi", "Secrétaire général de la CNUCED"),
            ("Achim Steiner", "Administrateur du PNUD"),
        ],
        "annexes": [],
        "addressees": [
            "wsis_governments",
            "wsis_private_sector",
            "wsis_civil_society",
            "wsis_academia_technical",
            "wsis_international_orgs",
        ],
        "relations": [],
        "event": (None, {"kind": "forum", "format": "virtual", "timezone": "Europe/Zurich"}),
    },
    3: {
        "office": "SG",
        "series": "DM",
        "reference": "DM-22/1002",
        "date": datetime.date(2022, 2, 22),
        "contact": ("Stephen Bereaux", "+41227305131", "+41227305484", "wtdc@itu.int"),
        "subject": "Invitation à la Conférence mondiale de développement des télécommunications",
        "body": "En complément de la Lettre circulaire CL-22/006",
        "closing": "Veuillez agréer, Madame, Monsieur, l'assurance de ma considération distinguée.",
        "signatories": [("Houlin Zhao", "")],
        "annexes": [("Projet d'ordre du jour de la CMDT-21", "Projet d'ordre du jour")],
        "addressees": ["academia"],
        "relations": [("complements", "", "CL-22/006")],
        "event": ("WTDC-21", {"kind": "conference", "format": "hybrid"}),
    },
    4: {
        "office": "BDT",
        "series": "BDT/DIR",
        "reference": "BDT/DIR/105",
        "date": datetime.date(2021, 9, 6),
        "contact": None,
        "subject": 'LETTRE D\'INVITATION – Réunion "Partner2Connect"',
        "body": "En référence à ma lettre précédente",
        "closing": "Veillez agréer, Madame, Monsieur, l'expression de ma haute considération.",
        "signatories": [("Doreen Bogdan-Martin", "Directrice")],
        "annexes": [("Programme préliminaire", ""), ("Liste des intervenants potentiels", "")],
        "addressees": [
            "member_states",
            "sector_members_itu_d",
            "academia",
            "regional_orgs",
            "un_agencies",
        ],
        "relations": [],
        "event": (None, {"kind": "meeting", "acronym": "P2C-ADDIS"}),
    },
}


def _posted(value):
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()[:5] if isinstance(value, datetime.time) else value.isoformat()
    return "" if value is None else value


def review_and_post(client, text: str, **changes):
    """Read the letter, then send the proposed values back as a reviewer would."""
    page = client.post(reverse("intake:upload"), {"text": text})
    event_form, letter_form = page.context["form"], page.context["letter_form"]
    data = {name: _posted(value) for name, value in event_form.initial.items()}
    if letter_form is not None:
        data.update({f"letter-{name}": _posted(v) for name, v in letter_form.initial.items()})
    data.pop("status", None)
    data.setdefault("times_announced", "on" if data.get("start_time") else "")
    data.update(changes)
    return client.post(reverse("intake:create"), data)


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_each_seed_becomes_one_draft_event_and_one_draft_letter(
    secretariat_client, offices_and_series, seed
):
    expected = EXPECTED[seed]
    acronym, changes = expected["event"]
    text = (CORPUS / f"seed_{seed:03d}.txt").read_text(encoding="utf-8")
    response = review_and_post(secretariat_client, text, **changes)
    assert response.status_code == 302, response.context["form"].errors
    event, letter = Event.objects.get(), Letter.objects.get()
    assert event.status == "draft" and letter.status == "draft"
    assert acronym is None or event.acronym == acronym
    assert (letter.office.code, letter.series.code) == (expected["office"], expected["series"])
    assert letter.reference == expected["reference"] and letter.number is None
    assert letter.date == expected["date"]
    if expected["contact"]:
        contact = (letter.contact_name, letter.contact_phone, letter.contact_fax)
        assert (*contact, letter.contact_email) == expected["contact"]
    version = LetterVersion.objects.get(letter=letter)
    assert version.language == "fr" and version.salutation == "Madame, Monsieur"
    assert version.subject.startswith(expected["subject"])
    assert version.body.startswith(expected["body"])
    assert version.closing.startswith(expected["closing"])
    signatories = Signatory.objects.filter(letter=letter)
    assert [(s.name, s.position.get("fr", "")) for s in signatories] == expected["signatories"]
    annexes = list(version.annexes.all())
    assert len(annexes) == len(expected["annexes"])
    for annex, (title, body) in zip(annexes, expected["annexes"], strict=True):
        assert annex.title.lower().startswith(title.lower()) and body in annex.body
    assert [a.category for a in letter.addressees.all()] == expected["addressees"]
    relations = [
        (r.kind, r.target_id or "", r.target_reference) for r in letter.relations_out.all()
    ]
    assert relations == expected["relations"]
    assert list(letter.events.all()) == [event]


def _issue(series_code: str, number: int, day: datetime.date) -> Letter:
    series = NumberingSeries.objects.get(code=series_code)
    letter = services.save_letter(None, Letter(office=series.office, series=series))
    services.save_part(
        None,
        LetterVersion(
            letter=letter, language="fr", subject="S", salutation="M", body="B", closing="C"
        ),
    )
    services.save_part(None, Signatory(letter=letter, name="Houlin Zhao"))
    services.set_addressees(None, letter, ["member_states"])
    services.set_next_number(None, series, day.year, number)
    return services.issue_letter(None, letter, on=day)


def test_an_earlier_letter_plenaria_holds_is_linked_itself(secretariat_client, offices_and_series):
    earlier = _issue("CL", 5, datetime.date(2023, 3, 1))
    assert earlier.reference == "CL-23/5"
    text = (CORPUS / "seed_001.txt").read_text(encoding="utf-8")
    assert review_and_post(secretariat_client, text, kind="observance").status_code == 302
    relation = Letter.objects.get(status="draft").relations_out.get()
    assert (relation.kind, relation.target, relation.target_reference) == ("follows", earlier, "")


def test_without_any_issuing_office_only_the_event_is_drafted(secretariat_client):
    text = (CORPUS / "seed_001.txt").read_text(encoding="utf-8")
    page = secretariat_client.post(reverse("intake:upload"), {"text": text})
    assert page.context["letter_form"] is None
    assert "No issuing office is set up yet" in page.content.decode()
    assert review_and_post(secretariat_client, text, kind="observance").status_code == 302
    assert Event.objects.get().acronym == "WTISD-23" and not Letter.objects.exists()


def test_an_unknown_office_and_series_are_left_to_the_reviewer(secretariat_client):
    save_validated(
        None, IssuingOffice(code="SG", name={"en": "General Secretariat"}, place={"en": "Geneva"})
    )
    text = (CORPUS / "seed_004.txt").read_text(encoding="utf-8")
    response = review_and_post(secretariat_client, text, kind="meeting", acronym="P2C")
    body = response.content.decode()
    assert response.status_code == 200 and "This field is required." in body
    assert not Event.objects.exists() and not Letter.objects.exists()
    office = save_validated(
        None, IssuingOffice(code="BDT", name={"en": "Development Bureau"}, place={"en": "Geneva"})
    )
    series = save_validated(
        None, NumberingSeries(office=office, code="DIR", name={"en": "C"}, pattern="BDT/DIR/{n:03}")
    )
    response = review_and_post(
        secretariat_client, text, kind="meeting", acronym="P2C", **{"letter-office": office.pk}
    )
    assert response.status_code == 302
    assert Letter.objects.get().series == series  # found once the office was chosen


def test_a_letter_already_held_is_refused_and_nothing_is_created(secretariat_client):
    load_circulars_demo()
    letters = Letter.objects.count()
    text = (CORPUS / "seed_000.txt").read_text(encoding="utf-8")
    response = review_and_post(secretariat_client, text, kind="observance")
    assert response.status_code == 200
    assert "Plenaria already holds a letter CL-21/20" in response.content.decode()
    assert Letter.objects.count() == letters and not Event.objects.filter(status="draft").exists()


def test_a_failing_part_takes_the_event_back_with_the_letter(
    secretariat_client, offices_and_series
):
    """The letter fails after the event was saved (its reference was taken in between):
    neither stays."""
    _issue("CL", 20, datetime.date(2021, 5, 1))
    text = (CORPUS / "seed_000.txt").read_text(encoding="utf-8")
    extraction = extract(text)
    series = NumberingSeries.objects.get(code="CL")
    event = Event(
        title={"fr": "WTISD"},
        acronym="WTISD-21",
        slug="wtisd-21",
        kind="observance",
        format="virtual",
        start=datetime.datetime(2021, 5, 17, 11, tzinfo=datetime.UTC),
        end=datetime.datetime(2021, 5, 17, 12, tzinfo=datetime.UTC),
    )
    reviewed = ReviewedLetter(
        letter=Letter(office=series.office, series=series),
        language="fr",
        reference="CL-21/20",
        subject="WTISD",
        salutation="Madame, Monsieur",
        closing="Je vous prie d'agréer…",
        addressees=["member_states"],
    )
    with pytest.raises(ValidationError, match="Another letter already has this reference"):
        intake_services.create_drafts(None, event, reviewed, extraction, letter_parts(text))
    assert not Event.objects.exists() and Letter.objects.count() == 1
