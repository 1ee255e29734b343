"""A pledger writes a draft, changes it and submits it; several people of one organisation
share its pledges; nothing is public before the secretariat publishes it."""

import uuid
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from plenaria.contributions.choices import Moderation
from plenaria.contributions.models import Pledge, PledgerAccess
from plenaria.contributions.pledges import submission
from plenaria.core.audit import history
from plenaria.directory.models import FocalPoint
from tests.contributions.factories import ExchangeRateFactory, PledgeFactory
from tests.contributions.pledging_data import form_post, good_data, pledger
from tests.factories import ContactFactory

pytestmark = pytest.mark.django_db


def test_a_pledger_writes_a_draft_changes_it_and_submits_it(client):
    user, organisation = pledger()
    client.force_login(user)
    page = client.get(reverse("contributions:new"))
    assert page.status_code == 200 and 'name="submission_key"' in page.content.decode()

    key = str(uuid.uuid4())
    response = client.post("/fr/pledges/mine/new/", form_post(good_data(), key, organisation))
    pledge = Pledge.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("contributions:mine_pledge", args=[pledge.pk])
    assert (pledge.status, pledge.organisation, pledge.created_by) == ("draft", organisation, user)
    assert pledge.title["fr"] == "Connecter 500 écoles rurales" and pledge.language == "fr"
    assert (pledge.amount, pledge.amount_usd) == (Decimal("2000000.00"), Decimal("2000000.00"))
    # Its reach is kept beside it: Rwanda is a landlocked LDC in Africa, Fiji a SIDS.
    assert pledge.targets_ldc and pledge.targets_lldc and pledge.targets_sids
    assert set(pledge.reach.values_list("region", flat=True)) == {"africa", "asia_pacific"}
    assert sorted(pledge.sdgs.values_list("number", flat=True)) == [4, 9]

    changed = form_post(good_data(countries=["KE"]), str(uuid.uuid4()))
    changed["title_en"] = "Connect 600 rural schools"
    edit = reverse("contributions:edit", args=[pledge.pk])
    assert client.post(edit, changed).status_code == 302
    pledge.refresh_from_db()
    assert pledge.title["en"] == "Connect 600 rural schools"
    assert not (pledge.targets_ldc or pledge.targets_sids)  # Kenya alone now

    confirm = client.get(reverse("contributions:submit", args=[pledge.pk]))
    assert "Oui, soumettre l" in confirm.content.decode()  # the pledger writes in French
    client.post(reverse("contributions:submit", args=[pledge.pk]))
    pledge.refresh_from_db()
    assert pledge.status == Moderation.SUBMITTED and pledge.submitted_at and not pledge.is_public
    assert [c.kind for c in pledge.comments.all()] == ["submitted"]
    assert [entry.action for entry in history(pledge).order_by("at", "pk")] == [
        "create",
        "update",
        "submit",
    ]
    # The audit log names the change but keeps the public contact's details out of it.
    created = history(pledge).get(action="create")
    assert created.changes["contact_email"] == "changed" and "Pledge #" in created.object_repr


def test_a_value_in_another_currency_is_kept_with_its_worth_in_dollars_at_the_start_year():
    ExchangeRateFactory(currency="EUR", year=2023, usd_per_unit=Decimal("1.08"))
    ExchangeRateFactory(currency="EUR", year=2024, usd_per_unit=Decimal("1.20"))
    user, organisation = pledger()
    data = good_data(amount=Decimal("1000000"), currency="eur")
    pledge = submission.save_draft(user, organisation, data, uuid.uuid4())
    assert (pledge.amount, pledge.currency) == (Decimal("1000000.00"), "EUR")
    assert pledge.amount_usd == Decimal("1080000.00")


def test_the_people_of_one_organisation_share_its_pledges_and_no_one_else_sees_them(client):
    user, organisation = pledger("colleague")
    focal_user, _org = pledger("focal-login")  # a login of its own, pledging elsewhere
    contact = ContactFactory(organisation=organisation)
    FocalPoint.objects.create(contact=contact, user=focal_user)
    pledge = submission.save_draft(user, organisation, good_data(), uuid.uuid4())
    # The focal point changes what the colleague wrote.
    submission.update_draft(focal_user, pledge, good_data(title={"en": "Shared"}))
    client.force_login(focal_user)
    assert "Shared" in client.get(reverse("contributions:mine")).content.decode()
    outsider, _other = pledger("outsider")
    client.force_login(outsider)
    assert "Shared" not in client.get(reverse("contributions:mine")).content.decode()
    assert client.get(reverse("contributions:mine_pledge", args=[pledge.pk])).status_code == 403


def test_my_pledges_says_how_to_start(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("nobody", "n@example.org", "pw"))
    page = client.get(reverse("contributions:mine")).content.decode()
    assert reverse("contributions:signup") in page and "focal point" in page
    user, _organisation = pledger()
    client.force_login(user)
    page = client.get(reverse("contributions:mine")).content.decode()
    assert "no pledge yet" in page and reverse("contributions:new") in page


def test_my_pledges_reads_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    user, organisation = pledger()
    client.force_login(user)
    PledgeFactory(organisation=organisation)
    with django_assert_max_num_queries(12) as few:
        client.get(reverse("contributions:mine"))
    PledgeFactory.create_batch(15, organisation=organisation, status="submitted")
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = client.get(reverse("contributions:mine"))
    assert page.content.decode().count('class="event-card"') == 16


def test_a_focal_point_authorises_a_colleague_who_then_pledges_and_can_be_withdrawn(
    client, django_user_model
):
    focal_user = django_user_model.objects.create_user("focal", "focal@example.org", "pw")
    contact = ContactFactory()
    FocalPoint.objects.create(contact=contact, user=focal_user)
    colleague = django_user_model.objects.create_user("colleague", "col@example.org", "pw")
    client.force_login(focal_user)
    assert (
        reverse("contributions:pledgers")
        in client.get(reverse("contributions:mine")).content.decode()
    )
    url = reverse("contributions:pledgers")
    unknown = client.post(url, {"organisation": contact.organisation_id, "email": "no@example.org"})
    assert "No active account uses this address" in unknown.content.decode()
    client.post(url, {"organisation": contact.organisation_id, "email": "COL@example.org"})
    access = PledgerAccess.objects.get(user=colleague)
    entry = history(contact.organisation).get(action="authorise pledger")
    assert entry.changes == {"pledger": [None, colleague.pk]}
    pledge = submission.save_draft(colleague, contact.organisation, good_data(), uuid.uuid4())
    assert pledge.created_by == colleague
    # The colleague, not a focal point, may not authorise anyone.
    client.force_login(colleague)
    assert client.get(url).status_code == 403
    assert (
        client.post(reverse("contributions:withdraw_pledger", args=[access.pk])).status_code == 403
    )
    client.force_login(focal_user)
    client.post(reverse("contributions:withdraw_pledger", args=[access.pk]))
    assert not PledgerAccess.objects.exists()
    with pytest.raises(PermissionDenied):
        submission.update_draft(colleague, pledge, good_data())
