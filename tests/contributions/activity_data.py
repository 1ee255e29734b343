"""What a submitter types into the activity form, as the form posts it."""

import datetime
import uuid

from plenaria.contributions.models import PledgerAccess
from tests.contributions.factories import UserFactory
from tests.factories import OrganisationFactory


def submitter(username="submitter", organisation=False):
    """An active account with a confirmed address; acting for a new organisation if asked."""
    user = UserFactory(username=username)
    if not organisation:
        return user
    acting_for = OrganisationFactory(country_id="RW")
    PledgerAccess.objects.create(organisation=acting_for, user=user)
    return user, acting_for


def form_post(call, key=None, **changes) -> dict:
    day = call.held_from + datetime.timedelta(days=3)
    data = {
        "submission_key": key or str(uuid.uuid4()),
        "organiser_name": "Société genevoise des télécommunications",
        "title_en": "Digital skills for all",
        "title_fr": "Compétences numériques pour tous",
        "description_en": "A day of workshops for young people.",
        "kind": "workshop",
        "country": "CH",
        "city": "Genève",
        "starts_on": day.isoformat(),
        "start_time": "09:30",
        "ends_on": day.isoformat(),
        "end_time": "17:00",
        "timezone": "",
        "languages": ["fr", "en"],
        "audiences": ["public", "students"],
        "expected_participants": "150",
        "website": "https://example.org/day",
        "contact_name": "Léa Martin",
        "contact_email": "lea@example.org",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}
