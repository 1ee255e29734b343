"""Field by field on the five real letters, and the spans that point back into them."""

import re

import pytest

from plenaria.intake.extraction import extract

from .conftest import seed_text


@pytest.fixture(scope="module")
def seeds():
    return {n: (seed_text(n), extract(seed_text(n))) for n in range(5)}


def test_seed_copies_are_the_shared_letters(corpus):
    from .conftest import SEEDS

    if not SEEDS.exists():
        pytest.skip("shared seeds are not beside the repository")
    for n, path in enumerate(sorted(SEEDS.glob("*.txt"))):
        assert (corpus / f"seed_{n:03d}.txt").read_bytes() == path.read_bytes()


@pytest.mark.parametrize(
    ("n", "office", "place", "date", "reference"),
    [
        (0, "SG", "Geneve", "2021-05-06", "CL-21/20"),
        (1, "SG", "Genève", "2023-04-12", "CL-23/9"),
        (2, None, "Genève", "2021-02-03", "WSIS Forum 2021/01"),
        (3, "SG", "Genève", "2022-02-22", "DM-22/1002"),
        (4, "BDT", "Genève", "2021-09-06", "BDT/DIR/105"),
    ],
)
def test_letter_header(seeds, n, office, place, date, reference):
    _, result = seeds[n]
    assert (result.office.value["code"] if result.office else None) == office
    assert result.place.value == place
    assert result.date.value == date
    assert result.reference.value == reference
    assert result.language == "fr"


@pytest.mark.parametrize(
    ("n", "name", "phone", "fax", "email"),
    [
        (0, "Victoria Sukenik", None, "+41227306036", "strategy@itu.int"),
        (1, "Victoria Sukenik", "+41227306036", None, "strategy@itu.int"),
        (2, "Gitanjali Sah", "+41227306240", "+41227306453", "wsis-info@itu.int"),
        (3, "Stephen Bereaux", "+41227305131", "+41227305484", "wtdc@itu.int"),
        (4, "Ana Sepulveda", None, None, "Partner2Connect@itu.int"),
    ],
)
def test_contacts(seeds, n, name, phone, fax, email):
    _, result = seeds[n]
    assert result.contact_name.value == name
    assert (result.phone.value if result.phone else None) == phone
    assert (result.fax.value if result.fax else None) == fax
    assert result.email.value == email


def test_ocr_contact_block_run_together_with_addressees(seeds):
    text, result = seeds[0]
    # "Contact: Mme Victoria Sukenik Aux Etats Membres, ..." on one OCR line
    assert text[result.contact_name.start : result.contact_name.end] == "Victoria Sukenik"
    codes = [a.value["code"] for a in result.addressees]
    assert codes == ["member_state", "sector_member", "associate", "academia"]
    # "établissements" and "universitaires" stand on two lines split by "Courriel: ..."
    academia = result.addressees[-1]
    assert "établissements" in text[academia.start : academia.end]


def test_addressees_sector_and_stakeholders(seeds):
    _, bdt = seeds[4]
    assert [a.value for a in bdt.addressees] == [
        {"code": "member_state"},
        {"code": "sector_member", "sector": "ITU-D"},
        {"code": "academia"},
        {"code": "regional_org"},
        {"code": "un_agency"},
    ]
    _, wsis = seeds[2]
    assert [a.value["code"] for a in wsis.addressees] == [
        "government",
        "private_sector",
        "civil_society",
        "academia_technical",
        "international_org",
    ]


def test_subject_joins_ocr_lines_and_strips_markdown(seeds):
    _, ocr = seeds[0]
    assert ocr.subject.value == (
        "Journée mondiale des télécommunications et de la société de l'information (WTISD), "
        '17 mai 2021, "Accélérer la transformation numérique en ces temps difficiles"'
    )
    _, md = seeds[3]
    assert md.subject.value == (
        "Invitation à la Conférence mondiale de développement des télécommunications (CMDT-21)"
    )
    _, unlabelled = seeds[2]
    assert unlabelled.subject.value.startswith("Invitation au Forum 2021 du Sommet mondial")


def test_signatories(seeds):
    _, wsis = seeds[2]
    assert [s.values() for s in wsis.signatories] == [
        {"name": "Houlin Zhao", "title": "Secrétaire général de l'UIT"},
        {"name": "Audrey Azoulay", "title": "Directrice générale de l'UNESCO"},
        {"name": "Mukhisa Kituyi", "title": "Secrétaire général de la CNUCED"},
        {"name": "Achim Steiner", "title": "Administrateur du PNUD"},
    ]
    _, dm = seeds[3]
    assert [s.values() for s in dm.signatories] == [{"name": "Houlin Zhao", "title": None}]
    _, ocr = seeds[0]
    # the annex's "LE SECRETAIRE GENERAL" heading is not part of the signature
    assert [s.values() for s in ocr.signatories] == [
        {"name": "Houlin Zhao", "title": "Secrétaire général"}
    ]


def test_annexes_and_cited_letters(seeds):
    assert [a.value for a in seeds[3][1].annexes] == ["Projet d'ordre du jour de la CMDT-21"]
    assert [a.value for a in seeds[4][1].annexes] == [
        "programme préliminaire",
        "liste des intervenants potentiels",
    ]
    assert [r.value for r in seeds[1][1].references] == [
        {"reference": "CL-23/5", "relation": "follows"}
    ]
    assert [r.value for r in seeds[3][1].references] == [
        {"reference": "CL-22/006", "relation": "complements"}
    ]
    assert seeds[0][1].references == []


def test_wtisd_2021_virtual_event(seeds):
    (event,) = seeds[0][1].events
    values = event.values()
    assert values["acronym"] == "WTISD-21"
    assert values["acronym_written"] == "WTISD 2021"
    assert (values["start_date"], values["start_time"], values["end_time"]) == (
        "2021-05-17",
        "13:00",
        "14:30",
    )
    assert values["time_zone"] == "Europe/Zurich"
    assert values["format"] == "virtual"
    assert values["city"] is None and values["venue"] is None
    assert [(r["acronym"], r["relation"]) for r in values["related"]] == [("WSIS Forum", "part_of")]


def test_wtisd_2023_hybrid_event_and_deadline(seeds):
    text, result = seeds[1]
    (event,) = result.events
    assert event.room.value == "Salle Popov"
    assert event.venue.value == "siège de l'UIT"
    assert (event.city.value, event.country.value) == ("Genève", "CH")
    assert event.format.value == "hybrid"
    assert event.theme.value.startswith("Donner des moyens d'action")
    (deadline,) = result.deadlines
    assert deadline.values() == {
        "kind": "interpretation",
        "date": "2023-04-20",
        "time": None,
        "channel": "strategy@itu.int",
    }
    assert text[deadline.date.start : deadline.date.end] == "20 avril 2023"


def test_wsis_forum_organisers(seeds):
    (event,) = seeds[2][1].events
    assert [o.value for o in event.co_organisers] == ["ITU", "UNESCO", "UNCTAD", "UNDP"]
    assert [o.value for o in event.organisers] == ["ITU"]
    assert (event.start_date.value, event.end_date.value) == ("2021-05-17", "2021-05-21")
    assert event.format is None and event.time_zone is None  # not stated


def test_wtdc_acronym_place_and_related(seeds):
    (event,) = seeds[3][1].events
    values = event.values()
    assert (values["acronym"], values["acronym_written"], values["edition"]) == (
        "WTDC-21",
        "CMDT-21",
        2021,
    )
    assert (values["city"], values["country"], values["time_zone"]) == (
        "Kigali",
        "RW",
        "Africa/Kigali",
    )
    related = {r["relation"]: r for r in values["related"]}
    assert related["preceded_by"]["name"] == "Sommet mondial de la jeunesse Generation Connect"
    assert (related["preceded_by"]["start_date"], related["preceded_by"]["end_date"]) == (
        "2022-06-02",
        "2022-06-04",
    )
    assert related["includes"]["start_date"] == "2022-06-07"


def test_partner2connect_meeting_est(seeds):
    (event,) = seeds[4][1].events
    assert event.name.value == 'Réunion "Partner2Connect"'
    assert event.time_zone.value == "America/New_York"
    assert (event.start_time.value, event.end_time.value) == ("08:30", "11:30")
    assert event.format.value == "virtual"
    assert {(r.name.value, r.relation.value) for r in event.related} == {
        ("En route pour Addis", "part_of"),
        ("Assemblée générale des Nations Unies", "alongside"),
    }


@pytest.mark.parametrize("n", range(5))
def test_every_span_points_into_the_original(seeds, n):
    text, result = seeds[n]
    found = result.found()
    assert found
    for path, item in found:
        assert 0 <= item.start < item.end <= len(text), path
        assert 0.0 <= item.confidence <= 1.0, path
        assert text[item.start : item.end].strip(), path


@pytest.mark.parametrize("n", range(5))
def test_verbatim_values_match_their_span(seeds, n):
    text, result = seeds[n]
    for field in (result.email, result.reference, result.contact_name):
        if field is not None:
            assert (
                field.value in text[field.start : field.end]
                or field.value == text[field.start : field.end]
            )
    for number in (result.phone, result.fax):
        if number is not None:
            digits = re.sub(r"\D", "", text[number.start : number.end])
            assert number.value.endswith(digits[-9:])


def test_to_dict_is_json(seeds):
    import json

    data = seeds[3][1].to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["events"][0]["start_date"]["value"] == "2022-06-06"
    assert set(data["events"][0]["start_date"]) == {"value", "start", "end", "confidence"}
