"""The admin reads pledges and publishes them only through the moderation service."""

import pytest
from django.urls import reverse

from plenaria.contributions.choices import Moderation
from plenaria.contributions.models import Pledge
from plenaria.core.audit import history
from tests.contributions.factories import (
    CampaignFactory,
    ExchangeRateFactory,
    PledgeFactory,
    PledgerAccessFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("root", "r@example.org", "pw"))
    return client


def test_every_contributions_admin_page_opens(admin_client):
    pledge = PledgeFactory(status="submitted", campaign=CampaignFactory())
    rows = [pledge, pledge.campaign, ExchangeRateFactory(), PledgerAccessFactory()]
    for row in rows:
        meta = row._meta
        for url in (
            reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist"),
            reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[row.pk]),
        ):
            assert admin_client.get(url).status_code == 200, url
    for name in ("focusarea", "pillar", "beneficiarygroup", "sdg"):
        assert (
            admin_client.get(reverse(f"admin:contributions_{name}_changelist")).status_code == 200
        )


def test_the_admin_action_publishes_only_submitted_pledges_through_the_service(admin_client):
    waiting = PledgeFactory(status="submitted")
    draft = PledgeFactory(status="draft")
    url = reverse("admin:contributions_pledge_changelist")
    admin_client.post(
        url, {"action": "publish_selected", "_selected_action": [waiting.pk, draft.pk]}
    )
    assert Pledge.objects.get(pk=waiting.pk).status == Moderation.PUBLISHED
    assert Pledge.objects.get(pk=draft.pk).status == Moderation.DRAFT
    assert history(waiting).filter(action="published").exists()
    assert waiting.comments.filter(kind="published").exists()
