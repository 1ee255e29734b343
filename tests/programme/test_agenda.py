"""The numbered agenda: the WTDC-21 draft agenda of DM-22/1002, moves and renumbering."""

import datetime
import io

import pytest
from django.core.exceptions import ValidationError
from pypdf import PdfReader

from plenaria.core.models import AuditEntry
from plenaria.programme import queries, services
from plenaria.programme.demo import load_agenda
from plenaria.programme.demo_agendas import WTDC21_AGENDA
from plenaria.programme.models import AgendaItem
from plenaria.programme.numbering import flatten, letters, roman
from tests.factories import EventFactory

pytestmark = pytest.mark.django_db


def numbers(text: str) -> list[str]:
    return text.split()


SEED_NUMBERS = numbers(
    "I 1) 2) 3) 4) a) b) c) II 5) 6) 7) 8) 9) 10) a) b) 11) a) b) 12) III 13) 14)"
)


@pytest.fixture
def wtdc():
    event = EventFactory(acronym="WTDC-21", slug="wtdc-21", timezone="Africa/Kigali")
    load_agenda(event, WTDC21_AGENDA)
    return event


def numbered(event, language="fr"):
    return [
        (node.label, node.item.title.in_language(language))
        for node in flatten(queries.agenda(event))
    ]


def item(event, fr_title):
    return AgendaItem.objects.get(event=event, title__fr=fr_title)


def test_number_styles():
    assert [roman(n) for n in (1, 4, 9, 14, 40)] == ["I", "IV", "IX", "XIV", "XL"]
    assert [letters(n) for n in (1, 3, 26, 27)] == ["a", "c", "z", "aa"]


def test_the_seed_agenda_is_numbered_as_in_the_letter(wtdc):
    agenda = numbered(wtdc)
    assert [label for label, _title in agenda] == SEED_NUMBERS
    assert agenda[0] == ("I", "Rapport sur la mise en œuvre du Plan d'action de Buenos Aires")
    assert agenda[7] == (
        "c)",
        "Assemblée mondiale de normalisation des télécommunications (AMNT-20)",
    )
    assert agenda[-3] == (
        "III",
        "Coalition pour le numérique Partner2Connect (P2C) – non statutaire",
    )
    assert agenda[-1] == ("14)", "Divers")
    english = numbered(wtdc, "en")
    assert english[4] == (
        "4)",
        "Report on the implementation of the outcomes of other ITU conferences, assemblies "
        "and meetings relevant to the work of ITU-D:",
    )
    assert english[-1] == ("14)", "Any other business")


def test_moving_an_item_renumbers_the_agenda(wtdc):
    # "Déclaration d'Addis-Abeba" (9) moves to the top of part I: it becomes 1, the rest follow.
    addis = item(wtdc, "Déclaration d'Addis-Abeba")
    part_one = item(wtdc, "Rapport sur la mise en œuvre du Plan d'action de Buenos Aires")
    services.move_agenda_item(None, addis, part_one, 0)
    agenda = numbered(wtdc)
    assert agenda[1] == ("1)", "Déclaration d'Addis-Abeba")
    assert agenda[2][0] == "2)" and agenda[2][1].startswith("Point sur la transformation")
    assert ("9)", "Plan d'action de l'UIT-D pour la période 2022-2025") in agenda  # was 8)
    assert [label for label, _t in agenda] == numbers(
        "I 1) 2) 3) 4) 5) a) b) c) II 6) 7) 8) 9) 10) a) b) 11) a) b) 12) III 13) 14)"
    )
    assert AuditEntry.objects.filter(action="move", object_id=str(addis.pk)).exists()

    # A sub-item moves up to become an item of its own; the letters close the gap.
    wtsa = item(wtdc, "Assemblée mondiale de normalisation des télécommunications (AMNT-20)")
    services.move_agenda_item(None, wtsa, part_one, 99)
    labels = [label for label, _t in numbered(wtdc)]
    assert labels[:10] == ["I", "1)", "2)", "3)", "4)", "5)", "a)", "b)", "6)", "II"]
    assert labels[-1] == "15)"


def test_an_item_cannot_move_under_itself_or_its_sub_items(wtdc):
    study_groups = item(wtdc, "Commissions d'études")
    before = numbered(wtdc)
    with pytest.raises(ValidationError, match="cannot be moved under itself"):
        services.move_agenda_item(None, study_groups, study_groups, 0)
    sub_item = item(wtdc, "Questions à l'étude")
    with pytest.raises(ValidationError, match="cannot be moved under itself"):
        services.move_agenda_item(None, study_groups, sub_item, 0)
    assert numbered(wtdc) == before


def test_an_item_cannot_move_into_another_events_agenda(wtdc):
    other = EventFactory()
    foreign = services.add_agenda_item(None, other, {"en": "Opening"})
    with pytest.raises(ValidationError, match="same agenda"):
        services.move_agenda_item(None, item(wtdc, "Divers"), foreign, 0)


def test_adding_and_deleting_keep_the_numbers_gapless(wtdc):
    part_two = item(wtdc, "Programme de travail de l'UIT-D pour la période 2022-2025")
    services.add_agenda_item(
        None, wtdc, {"en": "Election", "fr": "Élection"}, parent=part_two, position=0
    )
    assert numbered(wtdc)[9] == ("5)", "Élection")
    services.delete_agenda_item(None, item(wtdc, "Élection"))
    assert [label for label, _t in numbered(wtdc)] == SEED_NUMBERS


def test_status_history_names_the_body_and_date(wtdc):
    part_one = item(wtdc, "Rapport sur la mise en œuvre du Plan d'action de Buenos Aires")
    assert str(part_one.current_status) == "Approved (TDAG) 2021-11-12"
    with pytest.raises(ValidationError, match="Name the body"):
        services.record_agenda_status(None, part_one, "approved", datetime.date(2022, 6, 1))
    services.record_agenda_status(None, part_one, "adopted", datetime.date(2022, 6, 6), "WTDC-21")
    assert (
        str(AgendaItem.objects.get(pk=part_one.pk).current_status) == "Adopted (WTDC-21) 2022-06-06"
    )


def test_the_agenda_page_in_french_and_english(client, wtdc):
    french = client.get("/fr/events/wtdc-21/programme/agenda/").content.decode()
    assert "Ordre du jour" in french or "Agenda" in french
    assert "Coalition pour le numérique P2C" in french and ">14)<" in french
    english = client.get("/en/events/wtdc-21/programme/agenda/").content.decode()
    assert "Any other business" in english and "Approved by TDAG" in english


def test_the_agenda_as_pdf(client, wtdc):
    response = client.get("/fr/events/wtdc-21/programme/agenda.pdf")
    assert response["Content-Type"] == "application/pdf"
    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert "Rapport sur la mise en œuvre du Plan d'action de Buenos Aires" in text
    assert "a)" in text and "III" in text
