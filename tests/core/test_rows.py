"""Rows read with plain SQL come back as the same instances the ORM builds."""

import datetime

import pytest
from django.db import connection
from django.forms.models import model_to_dict
from django.utils import timezone

from plenaria.core import rows
from plenaria.events.models import Event
from plenaria.registration import services
from plenaria.registration.models import RegistrationSettings
from tests.registration.factories import open_event

pytestmark = pytest.mark.django_db


def every_value(instance) -> dict:
    return {
        field.attname: getattr(instance, field.attname) for field in type(instance)._meta.fields
    }


def test_an_instance_read_by_plain_sql_equals_the_orm_one():
    event = open_event(
        interpretation_languages=["ar", "zh"],
        interpretation_deadline=datetime.date(2030, 4, 20),
        approval_required=True,
        approval_categories=["member_state"],
        in_person_capacity=40,
    )
    Event.objects.filter(pk=event.pk).update(title={"en": "Day", "fr": "Journée"})
    for model, pk in ((Event, event.pk), (RegistrationSettings, event.registration_settings.pk)):
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {rows.columns(model, 't')} FROM {model._meta.db_table} t WHERE id = %s",
                [pk],
            )
            read = rows.instance(model, cursor.fetchone())
        expected = model.objects.get(pk=pk)
        assert every_value(read) == every_value(expected)
        assert not read._state.adding and read._state.db == "default"
    assert read.interpretation_languages == ["ar", "zh"]  # JSON, not its text
    assert isinstance(read.opens_at, datetime.datetime) and read.opens_at.tzinfo is not None


def test_the_public_form_reads_only_events_it_may_show():
    event = open_event()
    conf = services.public_settings(event.slug, ["published"])
    assert conf is not None and conf.event == event
    assert model_to_dict(conf.event) == model_to_dict(Event.objects.get(pk=event.pk))
    assert conf.is_open(timezone.now())
    assert services.public_settings(event.slug, ["draft"]) is None
    assert services.public_settings("no-such-event", ["published"]) is None
