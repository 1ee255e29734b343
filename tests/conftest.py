import pytest
from django.contrib.auth.models import Group

from plenaria.core.roles import SECRETARIAT, ensure_role_groups
from plenaria.directory import reference_data as reference_data_files
from plenaria.directory.models import Country, Grouping


@pytest.fixture
def secretariat_user(django_user_model):
    ensure_role_groups()
    user = django_user_model.objects.create_user(
        "officer", "officer@itu.example.org", "pw-officer-1", is_staff=True
    )
    user.groups.add(Group.objects.get(name=SECRETARIAT))
    return user


@pytest.fixture
def secretariat_client(client, secretariat_user):
    client.force_login(secretariat_user)
    return client


@pytest.fixture
def reference_data(transactional_db):
    """Countries and groupings for tests whose database is emptied between tests (the live
    server's): the migration loaded them once, a flush took them away."""
    if not Country.objects.exists():
        reference_data_files.load(Country, Grouping)
