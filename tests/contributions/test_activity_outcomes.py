"""After the day: the organiser reports what happened (only after the start, only for their
own approved activity, figures that can be true); the secretariat's totals weigh the shares
by participants, by ITU region and grouping; the call's public page shows the outcome."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from plenaria.contributions.activities.outcomes import report_outcome
from plenaria.contributions.activities.totals import totals
from plenaria.contributions.models import ActivityOutcome, PledgerAccess
from plenaria.core.models import AuditEntry
from plenaria.directory.models import Country
from tests.contributions.activity_factories import ActivityFactory, CallFactory
from tests.contributions.factories import UserFactory
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)


def past_call(**kwargs):
    today = timezone.localdate()
    return CallFactory(closed=True, held_from=today - 30 * DAY, held_until=today - DAY, **kwargs)


def held(call, **kwargs):
    return ActivityFactory(call=call, status="published", **kwargs)


def test_the_organiser_reports_on_the_page_and_may_correct_it(client):
    activity = held(past_call())
    client.force_login(activity.submitted_by)
    page = f"/en/activities/mine/{activity.pk}/outcome/"
    assert client.get(page).status_code == 200
    answer = client.post(
        page, {"participants": "140", "women_share": "55", "summary": "Full room."}
    )
    assert answer.status_code == 302
    outcome = ActivityOutcome.objects.get(activity=activity)
    assert (outcome.participants, outcome.women_share, outcome.young_share) == (140, 55, None)
    client.post(page, {"participants": "150", "women_share": "55"})
    outcome.refresh_from_db()
    assert outcome.participants == 150 and ActivityOutcome.objects.count() == 1
    actions = AuditEntry.objects.filter(object_id=str(outcome.pk)).values_list("action", flat=True)
    assert sorted(actions) == ["create", "update"]


def test_someone_acting_for_the_organisation_may_report_a_stranger_may_not(client):
    organisation = OrganisationFactory()
    activity = held(past_call(), organisation=organisation)
    colleague = UserFactory()
    PledgerAccess.objects.create(organisation=organisation, user=colleague)
    report_outcome(colleague, activity, {"participants": 30})
    stranger = UserFactory()
    with pytest.raises(PermissionDenied):
        report_outcome(stranger, activity, {"participants": 99})
    client.force_login(stranger)
    page = client.post(f"/en/activities/mine/{activity.pk}/outcome/", {"participants": "99"})
    assert page.status_code == 403
    assert ActivityOutcome.objects.get().participants == 30


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"participants": "-3"}, "participants"),
        ({"participants": "10", "women_share": "101"}, "women_share"),
        ({"participants": "10", "young_share": "-1"}, "young_share"),
        ({"participants": "many"}, "participants"),
    ],
)
def test_impossible_figures_are_refused_and_change_nothing(client, data, field):
    activity = held(past_call())
    client.force_login(activity.submitted_by)
    page = client.post(f"/en/activities/mine/{activity.pk}/outcome/", data)
    assert page.status_code == 200 and 'role="alert"' in page.content.decode()
    assert not ActivityOutcome.objects.exists()
    with pytest.raises(ValidationError):
        report_outcome(activity.submitted_by, activity, {"participants": -3, "women_share": 101})
    assert not ActivityOutcome.objects.exists()


def test_no_outcome_before_the_start_nor_for_an_activity_not_approved(client):
    upcoming = ActivityFactory(call=CallFactory(), status="published", day_offset=3)
    client.force_login(upcoming.submitted_by)
    page = client.get(f"/en/activities/mine/{upcoming.pk}/outcome/").content.decode()
    assert "has not started yet" in page and "<form" not in page.split("<main")[-1]
    with pytest.raises(ValidationError, match="not started yet"):
        report_outcome(upcoming.submitted_by, upcoming, {"participants": 10})
    waiting = ActivityFactory(call=past_call(), status="submitted")
    with pytest.raises(ValidationError, match="approved"):
        report_outcome(waiting.submitted_by, waiting, {"participants": 10})
    assert not ActivityOutcome.objects.exists()


def test_totals_weigh_shares_by_participants_per_region_and_grouping(
    secretariat_client, django_assert_max_num_queries
):
    call = past_call(slug="wtisd-past")
    rwanda, france = Country.objects.get(code="RW"), Country.objects.get(code="FR")
    for country, city, zone, participants, women in [
        (rwanda, "Kigali", "Africa/Kigali", 100, 50),
        (rwanda, "Kigali", "Africa/Kigali", 300, 10),
        (france, "Paris", "Europe/Paris", 50, None),
    ]:
        activity = held(call, country=country, city=city, timezone=zone)
        ActivityOutcome.objects.create(
            activity=activity, participants=participants, women_share=women
        )
    held(call)  # approved, no outcome yet
    ActivityFactory(call=call, status="declined")  # never counted

    with django_assert_max_num_queries(6):
        figures = totals(call)
    assert (figures.overall.approved, figures.overall.reported) == (4, 3)
    assert figures.overall.participants == 450 and figures.countries == 2
    assert figures.overall.women_share == 20  # (100×50 + 300×10) / 400, not (50+10)/2
    africa = next(line for line in figures.regions if line.key == "africa")
    assert (africa.reported, africa.participants, africa.women_share) == (2, 400, 20)
    europe = next(line for line in figures.regions if line.key == "europe")
    assert (europe.approved, europe.reported, europe.women_share) == (2, 1, None)
    ldc = next(line for line in figures.groupings if line.key == "LDC")
    assert (ldc.approved, ldc.reported, ldc.participants) == (2, 2, 400)

    page = secretariat_client.get("/en/activities/calls/manage/wtisd-past/outcomes/")
    body = page.content.decode()
    assert page.status_code == 200 and "<svg" in body and "<caption>" in body
    assert "Africa" in body and "20 %" in body


def test_the_public_outcome_appears_once_reported():
    from django.template.loader import render_to_string

    call = past_call()
    assert "What took place" not in render_to_string(
        "contributions/activities/public/_outcome.html", {"call": call}
    )
    activity = held(call, country=Country.objects.get(code="RW"), city="Kigali",
                    timezone="Africa/Kigali")  # fmt: skip
    ActivityOutcome.objects.create(activity=activity, participants=1200)
    shown = render_to_string("contributions/activities/public/_outcome.html", {"call": call})
    assert "What took place" in shown and "1,200" in shown and "Africa" in shown


def _jpeg_with_gps() -> bytes:
    import io

    from PIL import Image

    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (46.0, 12.0, 7.0)}  # where the photo was taken
    out = io.BytesIO()
    Image.new("RGB", (800, 600), (30, 90, 200)).save(out, "JPEG", exif=exif)
    return out.getvalue()


def test_photos_are_stored_without_metadata_and_a_bad_one_refuses_the_report(
    client, settings, tmp_path
):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    settings.MEDIA_ROOT = tmp_path
    activity = held(past_call())
    client.force_login(activity.submitted_by)
    page = f"/en/activities/mine/{activity.pk}/outcome/"
    fake = SimpleUploadedFile("crowd.jpg", b"not a picture at all", "image/jpeg")
    good = SimpleUploadedFile("room.jpg", _jpeg_with_gps(), "image/jpeg")
    refused = client.post(page, {"participants": "80", "photos": [good, fake]})
    assert refused.status_code == 200 and "crowd.jpg" in refused.content.decode()
    assert not ActivityOutcome.objects.exists() and not list(tmp_path.rglob("*.jpg"))

    good = SimpleUploadedFile("room.jpg", _jpeg_with_gps(), "image/jpeg")
    assert client.post(page, {"participants": "80", "photos": [good]}).status_code == 302
    photo = ActivityOutcome.objects.get().photos.get()
    photo_entries = AuditEntry.objects.filter(content_type__model="outcomephoto", action="create")
    assert list(photo_entries.values_list("object_id", flat=True)) == [str(photo.pk)]
    with Image.open(io.BytesIO(photo.image.read())) as stored:
        assert not stored.getexif()
