import pytest
from django.contrib.auth import get_user_model

from plenaria.directory.models import FocalPoint
from tests.factories import ContactFactory, MemberStateFactory, OrganisationFactory


@pytest.fixture(autouse=True)
def locmem_mail(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def make_focal_point(organisation, username):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw-fp-12345")
    FocalPoint.objects.create(contact=ContactFactory(organisation=organisation), user=user)
    return user


@pytest.fixture
def rwanda(db):
    return MemberStateFactory(acronym="RW-GOV", name={"en": "Rwanda", "fr": "Rwanda"})


@pytest.fixture
def kenya(db):
    from plenaria.directory.models import Country

    return MemberStateFactory(
        acronym="KE-GOV", name={"en": "Kenya"}, country=Country.objects.get(code="KE")
    )


@pytest.fixture
def university(db):
    return OrganisationFactory(acronym="UNI")


@pytest.fixture
def rwanda_focal_point(rwanda):
    return make_focal_point(rwanda, "fp-rwanda")


@pytest.fixture
def kenya_focal_point(kenya):
    return make_focal_point(kenya, "fp-kenya")
