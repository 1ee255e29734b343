import datetime

import pytest
from django.core.management import call_command

from plenaria.core.models import AuditEntry
from plenaria.directory.models import Contact, FocalPoint, Organisation
from plenaria.events.models import Event, EventRelation, Venue

pytestmark = pytest.mark.django_db
UTC = datetime.UTC


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (Organisation, Contact, FocalPoint, Event, EventRelation, Venue, AuditEntry)
    }


@pytest.fixture
def demo(capsys):
    call_command("load_demo")
    return capsys.readouterr().out


def event(acronym):
    return Event.objects.get(acronym=acronym)


def test_loading_twice_creates_nothing_new_and_logs_nothing_new(demo):
    first = counts()
    call_command("load_demo")
    assert counts() == first
    assert (
        first["Event"] == 7 + 5 and first["Organisation"] == 194 + 43 + 252
    )  # + invented pledgers


def test_it_prints_the_address_and_the_secretariat_login(demo, client):
    assert "http://127.0.0.1:8000/" in demo and "secretariat / plenaria-demo" in demo
    assert client.login(username="secretariat", password="plenaria-demo")
    assert client.get("/en/admin/events/event/").status_code == 200


def test_the_facts_of_the_letters(demo):
    wtisd21, forum = event("WTISD 2021"), event("WSIS Forum 2021")
    assert (wtisd21.start, wtisd21.end) == (
        datetime.datetime(2021, 5, 17, 11, 0, tzinfo=UTC),
        datetime.datetime(2021, 5, 17, 12, 30, tzinfo=UTC),
    )
    assert wtisd21.format == "virtual" and wtisd21.local.times == "13:00–14:30 CEST (UTC+2)"
    assert EventRelation.objects.filter(source=wtisd21, kind="part_of", target=forum).exists()
    assert wtisd21.theme["fr"] == "Accélérer la transformation numérique en ces temps difficiles"
    assert (forum.local.start.date(), forum.local.end.date()) == (
        datetime.date(2021, 5, 17),
        datetime.date(2021, 5, 21),
    )
    assert [(o.organisation.acronym, o.role) for o in forum.organiser_links.all()] == [
        ("ITU", "organiser"),
        ("UNESCO", "co_organiser"),
        ("UNCTAD", "co_organiser"),
        ("UNDP", "co_organiser"),
    ]

    wtdc = event("WTDC-21")
    assert wtdc.timezone == "Africa/Kigali" and wtdc.venue.country_id == "RW"
    assert (wtdc.local.start.date(), wtdc.local.end.date()) == (
        datetime.date(2022, 6, 6),
        datetime.date(2022, 6, 16),
    )
    assert EventRelation.objects.filter(
        source=wtdc, kind="preceded_by", target__acronym="GCYS 2022"
    ).exists()
    assert EventRelation.objects.filter(
        source__acronym="P2C Roundtable 2022", kind="part_of", target=wtdc
    ).exists()
    assert event("GCYS 2022").local.start.date() == datetime.date(2022, 6, 2)
    assert event("P2C Roundtable 2022").local.end.date() == datetime.date(2022, 6, 9)

    p2c = event("P2C Road to Addis 2021")
    assert p2c.format == "virtual" and p2c.timezone == "America/New_York"
    assert p2c.shown_for("Europe/Zurich").times == "14:30–17:30 CEST (UTC+2)"

    wtisd23 = event("WTISD-23")
    assert wtisd23.format == "hybrid" and wtisd23.local.times == "14:30–16:30 CEST (UTC+2)"
    assert (
        wtisd23.room.name["fr"] == "Salle Popov" and wtisd23.venue.name["en"] == "ITU headquarters"
    )
    assert wtisd23.theme["fr"].startswith("Donner des moyens d'action aux pays les moins avancés")


def test_the_directory_has_every_member_state_with_a_focal_point_and_valid_phones(demo):
    member_states = Organisation.objects.filter(category="member_state")
    assert member_states.count() == 194
    assert FocalPoint.objects.filter(contact__organisation__category="member_state").count() == 194
    assert not Contact.objects.exclude(phone="").exclude(phone__startswith="+").exists()
    categories = set(Organisation.objects.values_list("category", flat=True))
    assert {"sector_member", "associate", "academia", "regional_org", "un_agency"} <= categories
    itu = Organisation.objects.get(acronym="ITU")
    assert itu.contacts.filter(email="strategy@itu.int", phone="+41227306036").exists()
