"""Badges: who gets one, what the PDF holds, and who may print which."""

import io
import unicodedata

import pytest
from django.core.exceptions import ValidationError
from pypdf import PdfReader

from plenaria.registration import services
from plenaria.registration.badge_fonts import FACES, FONT_DIRS, shape_arabic
from plenaria.registration.badges import badge_code, badge_from_code, issue_badge, replace_badge
from plenaria.registration.models import Badge
from tests.registration.factories import open_event, register

pytestmark = pytest.mark.django_db

NAMES = [("Zoë", "Ngô-Žáček"), ("Ольга", "Иванова"), ("José", "Núñez"), ("Aline", "Mukamana")]


def _pdf(response):
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def event(rwanda, kenya):
    event = open_event(in_person_capacity=5)
    for first, last in NAMES:
        register(event, first_name=first, last_name=last, organisation=rwanda)
    register(event, first_name="Wanjiru", last_name="Kamau", organisation=kenya)
    register(event, first_name="Remote", last_name="Person", mode="remote", organisation=rwanda)
    register(event, first_name="Waiting", last_name="Person", organisation=rwanda)
    cancelled = register(event, first_name="Gone", last_name="Away", organisation=kenya)
    services.cancel(None, cancelled)
    return event


def test_all_badges_on_a6_and_a4_hold_the_admitted_names(event, secretariat_client):
    url = f"/en/registration/badges/{event.slug}/print/"
    reader, text = _pdf(secretariat_client.post(url, {"layout": "a6"}))
    # Five seats: four from Rwanda and Kenya's delegate; no badge for the others.
    assert len(reader.pages) == 5
    for first, last in [*NAMES, ("Wanjiru", "Kamau")]:
        assert first in text and last in text
    assert "Remote" not in text and "Waiting" not in text and "Gone" not in text
    assert "Rwanda" in text and "Head of delegation" not in text and "Delegate" in text

    reader, text = _pdf(secretariat_client.post(url, {"layout": "a4"}))
    assert len(reader.pages) == 2  # five cards, four to a sheet
    assert "Zoë" in text and "Иванова" in text
    # Printing all again printed the same five badges: none revoked.
    assert Badge.objects.filter(revoked_at__isnull=True).count() == 5
    assert not Badge.objects.filter(revoked_at__isnull=False).exists()


def test_one_badge_and_its_code(event, secretariat_user):
    person = event.registrations.get(first_name="Zoë")
    badge = issue_badge(secretariat_user, person)
    code = badge_code(badge)
    assert len(code) < 80 and badge_from_code(code) == badge
    badge_id, rest = code.split(".", 1)
    assert badge_from_code(f"{int(badge_id) + 1}.{rest}") is None  # another id, same signature
    assert badge_from_code(code[:-1] + ("A" if code[-1] != "A" else "B")) is None
    assert badge_from_code("") is None and badge_from_code("x" * 5000) is None

    again = issue_badge(secretariat_user, person)
    badge.refresh_from_db()
    assert again == badge and badge.revoked_at is None  # the same badge, printed again
    new = replace_badge(secretariat_user, person)
    badge.refresh_from_db()
    assert badge.revoked_at is not None and new.revoked_at is None and new != badge
    assert badge_from_code(code) == badge  # still known, but revoked: the desk refuses it


def test_people_not_admitted_in_person_get_no_badge(event, secretariat_client, secretariat_user):
    remote = event.registrations.get(first_name="Remote")
    with pytest.raises(ValidationError):
        issue_badge(secretariat_user, remote)
    response = secretariat_client.post(
        f"/en/registration/badges/{event.slug}/print/",
        {"layout": "a6", "registration": remote.pk},
        follow=True,
    )
    assert "get a badge: none here" in response.content.decode()
    assert not Badge.objects.exists()


def test_bad_print_requests_change_nothing(event, secretariat_client):
    url = f"/en/registration/badges/{event.slug}/print/"
    assert secretariat_client.post(url, {"layout": "a5"}).status_code == 302
    assert (
        secretariat_client.post(url, {"layout": "a6", "registration": "1' OR 1=1"}).status_code
        == 404
    )
    assert (
        secretariat_client.post(url, {"layout": "a6", "registration": "9" * 40}).status_code == 404
    )
    assert secretariat_client.get(url).status_code == 405
    assert not Badge.objects.exists()


def test_a_focal_point_prints_only_their_delegation(event, client, rwanda_focal_point, kenya):
    client.force_login(rwanda_focal_point)
    page = client.get(f"/en/registration/badges/{event.slug}/")
    assert page.status_code == 200 and "Kenya" not in page.content.decode()
    url = f"/en/registration/badges/{event.slug}/print/"
    reader, text = _pdf(client.post(url, {"layout": "a6"}))
    assert len(reader.pages) == 4 and "Kamau" not in text and "Núñez" in text

    kenyan = event.registrations.get(last_name="Kamau")
    assert client.post(url, {"layout": "a6", "organisation": kenya.pk}).status_code == 404
    assert client.post(url, {"layout": "a6", "registration": kenyan.pk}).status_code == 404
    assert not Badge.objects.filter(registration=kenyan).exists()


def test_people_without_a_role_may_not_print(event, client, django_user_model):
    url = f"/en/registration/badges/{event.slug}/"
    assert client.get(url).status_code == 302  # to the sign-in page
    client.force_login(django_user_model.objects.create_user("someone", password="pw-12345678"))
    assert client.get(url).status_code == 403
    assert client.post(url + "print/", {"layout": "a6"}).status_code == 403


def _fonts_of(page) -> dict[str, bool]:
    """Each font of the page → whether the PDF carries its outlines."""
    fonts = page["/Resources"]["/Font"]
    embedded = {}
    for font in (fonts[key].get_object() for key in fonts):
        parts = [font, *(part.get_object() for part in font.get("/DescendantFonts", []))]
        descriptors = [
            part["/FontDescriptor"].get_object() for part in parts if "/FontDescriptor" in part
        ]
        embedded[str(font["/BaseFont"])] = any(
            key in descriptor for descriptor in descriptors for key in ("/FontFile2", "/FontFile3")
        )
    return embedded


def test_arabic_and_chinese_names_print(rwanda, secretariat_client):
    event = open_event()
    register(event, first_name="محمد", last_name="الحسن", organisation=rwanda)
    register(event, first_name="伟", last_name="王", organisation=rwanda)
    reader, text = _pdf(
        secretariat_client.post(f"/en/registration/badges/{event.slug}/print/", {"layout": "a6"})
    )
    assert len(reader.pages) == 2
    # Drawn as joined forms, right to left; the reader gives them back in reading order.
    assert shape_arabic("محمد") in text and shape_arabic("محمد") != "محمد"
    assert "محمد" in unicodedata.normalize("NFKC", text)
    assert "王" in text
    if not any((folder / FACES["BadgeCJK"][0]).exists() for folder in FONT_DIRS):
        pytest.skip("The CJK font (Debian's fonts-wqy-microhei) is not installed: not embedded.")
    # Every name, the Chinese one too, is drawn in a font the PDF itself carries (Helvetica is
    # only the PDF library's initial font, listed but never drawn with).
    fonts = _fonts_of(reader.pages[1])
    fonts.pop("/Helvetica", None)
    assert all(fonts.values()) and any("WenQuanYi" in name for name in fonts), fonts


def test_the_badges_page_queries_do_not_grow_with_delegations(
    secretariat_client, django_assert_max_num_queries
):
    from tests.factories import OrganisationFactory

    event = open_event()
    url = f"/en/registration/badges/{event.slug}/?name=a"

    def add_delegations(count):
        for _ in range(count):
            register(event, first_name="Ana", organisation=OrganisationFactory())

    add_delegations(2)
    with django_assert_max_num_queries(12) as few:
        secretariat_client.get(url)
    add_delegations(10)
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = secretariat_client.get(url)
    assert page.content.decode().count('name="organisation"') == 12


def test_the_printed_qr_code_reads_back_as_the_badge_code(event, secretariat_user):
    """Decode the modules a badge prints with an independent QR reader."""
    import zxingcpp
    from PIL import Image

    from plenaria.registration.badge_qr import qr_modules

    code = badge_code(issue_badge(secretariat_user, event.registrations.get(first_name="Zoë")))
    modules = qr_modules(code)
    quiet, scale = 4, 6
    side = (len(modules) + 2 * quiet) * scale
    image = Image.new("L", (side, side), 255)
    for row, cells in enumerate(modules):
        for column, dark in enumerate(cells):
            if dark:
                left, top = (column + quiet) * scale, (row + quiet) * scale
                image.paste(0, (left, top, left + scale, top + scale))
    found = zxingcpp.read_barcodes(image)
    assert [result.text for result in found] == [code]
    assert badge_from_code(found[0].text) is not None
