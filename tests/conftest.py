import pytest
from django.contrib.auth.models import Group

from plenaria.core.roles import SECRETARIAT, ensure_role_groups
from plenaria.directory import reference_data as reference_data_files
from plenaria.directory.models import Country, Grouping


@pytest.fixture(autouse=True)
def tasks_run_at_once(settings):
    """Queued work runs as it is queued, so a test sees its e-mails; tests of the worker
    itself choose the database queue."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


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
