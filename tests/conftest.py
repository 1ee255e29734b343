import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import Group
from django.utils import translation

from plenaria.contributions.models import FocusArea
from plenaria.contributions.reference_data import load_current as load_vocabulary
from plenaria.core.roles import SECRETARIAT, ensure_role_groups
from plenaria.directory import reference_data as reference_data_files
from plenaria.directory.models import Country, Grouping
from tests.factories import EventFactory, RoomFactory


@pytest.fixture(autouse=True)
def tasks_run_at_once(settings):
    """Queued work runs as it is queued, so a test sees its e-mails; tests of the worker
    itself choose the database queue."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture(autouse=True)
def sign_in_without_second_factor(settings):
    """Staff signed in with ``force_login`` reach their pages without a code, and registrations
    are not rate-limited; the tests of two-factor sign-in and of the limits turn them on."""
    settings.PLENARIA_STAFF_2FA = False
    settings.PLENARIA_RATE_REGISTER = ""


@pytest.fixture(autouse=True)
def site_language_at_start():
    """Each test starts in the site's language, whatever an earlier test's request or
    ``activate`` left active in this thread (``reverse`` and translated text follow it)."""
    translation.activate(django_settings.LANGUAGE_CODE)
    yield
    translation.activate(django_settings.LANGUAGE_CODE)


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
    if not FocusArea.objects.exists():
        load_vocabulary()


@pytest.fixture
def wtisd23():
    """WTISD-23 as the letter CL-23/9 announces it: 17 May 2023, 14:30–16:30, Popov Room."""
    room = RoomFactory()
    return EventFactory(
        acronym="WTISD-23",
        slug="wtisd-23",
        room=room,
        venue=room.venue,
        title={
            "en": "World Telecommunication and Information Society Day 2023",
            "fr": "Journée mondiale des télécommunications et de la société de l'information 2023",
        },
        theme={
            "en": "Empowering the least developed countries",
            "fr": "Donner des moyens d'action aux PMA",
        },
    )
