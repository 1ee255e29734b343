"""The demonstration: hundreds of mixed registrations, loaded twice without duplicates."""

import pytest
from django.core.management import call_command

from plenaria.registration.demo import FOCAL_POINT_LOGIN, load_registration_demo
from plenaria.registration.models import Registration

pytestmark = pytest.mark.django_db


def test_demo_registrations_are_mixed_and_idempotent(client, capsys):
    call_command("load_demo")
    first = Registration.objects.count()
    load_registration_demo()
    assert Registration.objects.count() == first >= 300
    statuses = set(Registration.objects.values_list("status", flat=True))
    assert {"pending", "approved", "seated", "waiting", "rejected", "cancelled"} <= statuses
    wtisd = Registration.objects.filter(event__acronym="WTISD-23")
    assert wtisd.filter(status="seated").count() == 60

    username, password = FOCAL_POINT_LOGIN
    assert client.login(username=username, password=password)
    slug = Registration.objects.filter(event__acronym="WTDC-21").first().event.slug
    page = client.get(f"/en/registration/delegations/{slug}/")
    names = {r.organisation.country_id for r in page.context["registrations"]}
    assert names == {"RW"}
