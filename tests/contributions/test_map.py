"""The world map: its data equals what is counted, in a constant number of queries, its
shapes are a static file of the site, and the page loads nothing from elsewhere."""

import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.templatetags.static import static

from plenaria.contributions.choices import PledgeType
from tests.contributions.factories import PledgeFactory

pytestmark = pytest.mark.django_db

DATA = "/en/pledges/map/data.json"


def published(**kwargs):
    return PledgeFactory(status="published", **kwargs)


def test_map_data_equals_the_pledges_counted_per_country(client):
    published(countries=["RW", "KE"], amount=Decimal("1000.50"))
    published(countries=["RW"], amount=Decimal("250.25"), pledge_type=PledgeType.FINANCIAL)
    published(countries=["FR"], amount=None)  # a value not given counts as nothing
    published(is_global=True)  # global only: on no country
    PledgeFactory(countries=["RW", "FJ"], status="submitted")  # not public

    countries = client.get(DATA).json()["countries"]

    assert {code: (c["pledges"], c["usd"]) for code, c in countries.items()} == {
        "RW": (2, "1250.75"),
        "KE": (1, "1000.50"),
        "FR": (1, "0.00"),
    }
    assert countries["RW"]["name"] == "Rwanda"
    assert countries["RW"]["url"] == "/en/pledges/country/RW/"

    filtered = client.get(DATA, {"type": "financial"}).json()["countries"]
    assert {code: c["pledges"] for code, c in filtered.items()} == {"RW": 1}
    refused = client.get(DATA, {"type": "bribe"}).json()
    assert refused["problems"] and len(refused["countries"]) == 3


def test_the_map_page_shows_the_same_figures_as_a_table(client):
    published(countries=["KE"], amount=Decimal("1234567"))
    body = client.get("/en/pledges/map/").content.decode()
    row = re.search(r'<a href="/en/pledges/country/KE/">Kenya</a></th>(.*?)</tr>', body, re.S)
    assert row and re.sub(r"\D", "", row.group(1)) == "1" + "1234567"


def test_map_queries_do_not_grow_with_the_pledges(client, django_assert_max_num_queries):
    published(countries=["RW"])
    with django_assert_max_num_queries(50) as few:
        client.get(DATA)
        client.get("/en/pledges/map/")
    for code in ["KE", "UG", "FR", "FJ", "BR", "IN", "DE", "TZ"]:
        published(countries=[code, "RW"])
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(DATA)
        client.get("/en/pledges/map/")


def test_the_country_shapes_are_served_by_the_site(client):
    url = static("contributions/world-map.json")
    assert finders.find("contributions/world-map.json")
    page = client.get("/en/pledges/map/").content.decode()
    assert f'data-shapes="{url}"' in page
    answer = client.get(url)
    assert answer.status_code == 200
    shapes = b"".join(answer.streaming_content) if answer.streaming else answer.content
    assert all(f'"{code}":"M'.encode() in shapes for code in ["RW", "FR", "FJ", "BR"])


def test_nothing_is_loaded_from_elsewhere(client):
    published(countries=["RW"])
    page = client.get("/en/pledges/map/").content.decode()
    assert not re.search(r'(src|href|data-[a-z]+)="(https?:)?//', page)
    assert f'<script src="{static("contributions/map.js")}" defer></script>' in page
    script = Path(finders.find("contributions/map.js")).read_text()
    # The SVG namespace is a name, never fetched; no other address appears.
    assert re.findall(r"https?://[^\"']+", script) == ["http://www.w3.org/2000/svg"]
    assert "<script>" not in page and 'style="' not in page
