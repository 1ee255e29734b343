"""The public pledge pages in English and French; what is not published never shows; the
figures page and the list make as many queries for 50 pledges as for 5."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.contributions.factories import PledgeFactory
from tests.contributions.test_figures import build_coalition

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = [
    "/{lang}/pledges/",
    "/{lang}/pledges/list/",
    "/{lang}/pledges/report/?as_of=2024-12-31",
    "/{lang}/pledges/export/?format=csv",
]


@pytest.fixture
def coalition():
    return build_coalition()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_pages_render_in_the_readers_language_and_hide_what_is_not_published(
    client, coalition, lang
):
    for address in PUBLIC_PAGES:
        response = client.get(address.format(lang=lang))
        assert response.status_code == 200, address
        body = b"".join(response.streaming_content) if response.streaming else response.content
        text = body.decode()
        assert "Hidden" not in text and "999" + "999" not in text.replace(",", ""), address
    figures_page = client.get(f"/{lang}/pledges/").content.decode()
    if lang == "fr":
        assert "Câbles insulaires" in client.get("/fr/pledges/list/").content.decode()
        # The vocabularies' own names (the interface's words come with the catalogues).
        assert "Création de valeur" in figures_page and "Femmes et filles" in figures_page
    else:
        assert "Value creation" in figures_page and "Women and girls" in figures_page
    assert "<svg" in figures_page and "<caption>" in figures_page
    pledge = client.get(f"/{lang}/pledges/{coalition['p1'].pk}/").content.decode()
    assert ("Écoles connectées au Rwanda" if lang == "fr" else "Schools online in Rwanda") in pledge
    assert "LDC5" in pledge or "PMA5" in pledge
    for hidden in coalition["hidden"]:
        assert client.get(f"/{lang}/pledges/{hidden.pk}/").status_code == 404


def test_an_organisation_page_lists_only_its_published_pledges(client, coalition):
    company = coalition["p2"].organisation
    body = client.get(f"/en/pledges/by/{company.pk}/").content.decode()
    assert "Island cables" in body and "Hidden" not in body
    only_hidden = PledgeFactory(status="submitted").organisation
    assert client.get(f"/en/pledges/by/{only_hidden.pk}/").status_code == 404


def test_a_filter_the_site_does_not_know_is_named_and_the_page_still_answers(client, coalition):
    response = client.get("/en/pledges/?type=bogus&grouping=SIDS&year=soon")
    assert response.status_code == 200
    body = response.content.decode()
    assert "“bogus”" in body and "“soon”" in body
    assert 'name="grouping" value="SIDS" checked>' in body  # the form keeps what was chosen
    assert 'name="type" value="financial">' in body
    assert "Island cables" in client.get("/en/pledges/list/?grouping=SIDS").content.decode()
    assert "Schools online" not in client.get("/en/pledges/list/?grouping=SIDS").content.decode()


def test_a_bad_report_day_falls_back_to_today_with_a_message(client, coalition):
    response = client.get("/en/pledges/report/?as_of=31-12-2023")
    assert response.status_code == 200
    assert "is not a date" in response.content.decode()


def queries_for(client, address: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(address).status_code == 200
    return len(captured)


@pytest.mark.parametrize(
    "address",
    ["/en/pledges/", "/en/pledges/?type=financial&grouping=LDC&q=o", "/en/pledges/list/"],
)
def test_the_figures_and_the_list_query_the_same_for_5_and_50_pledges(client, address):
    def publish(count):
        for number in range(count):
            PledgeFactory(
                status="published", countries=["RW", "FJ"][: number % 3],
                pillars=["skills"], beneficiaries=["women_girls"], sdgs=[number % 17 + 1],
                pledge_type="financial",
            )  # fmt: skip

    publish(5)
    few = queries_for(client, address)
    publish(45)
    assert queries_for(client, address) == few


def test_the_page_shows_a_new_publication_at_once(client, coalition):
    """The figures and their rendered breakdowns are kept a few minutes, under a key that
    changes with every publication."""
    assert "<dt>Pledges</dt><dd>3</dd>" in client.get("/en/pledges/").content.decode()
    declined = next(p for p in coalition["hidden"] if p.status == "declined")
    declined.status = "published"
    declined.save()
    body = client.get("/en/pledges/").content.decode()
    assert "<dt>Pledges</dt><dd>4</dd>" in body
    assert 'Accelerate</a></th><td class="number">1</td>' in body


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_pledge_pages_fit_a_phone_and_keep_to_the_content_policy(live_server, reference_data):
    """At 360 px nothing makes a page wider than the screen; the content security policy
    refuses nothing (no inline script or style)."""
    from tests.browser.conftest import in_chromium
    from tests.browser.test_phone_layout import PHONE, widest

    found = build_coalition()
    base = f"{live_server.url}/en/pledges"
    paths = ["/", "/?grouping=SIDS", "/list/", f"/{found['p2'].pk}/",
             f"/by/{found['p2'].organisation.pk}/", "/report/?as_of=2024-12-31"]  # fmt: skip
    too_wide, refused = {}, []

    def journey(page):
        page.on(
            "console", lambda m: refused.append(m.text) if "Security Policy" in m.text else None
        )
        page.set_viewport_size(PHONE)
        for path in paths:
            response = page.goto(base + path, wait_until="networkidle")
            assert response.status == 200, path
            if page.evaluate("document.documentElement.scrollWidth") > PHONE["width"]:
                too_wide[path] = widest(page)

    in_chromium(journey)
    assert not too_wide, too_wide
    assert not refused, refused
