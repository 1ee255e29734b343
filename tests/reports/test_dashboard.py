"""An event's dashboard: the figures shown are those of the registrations made, each chart
exportable; the secretariat refreshes them; a focal point sees their own delegation beside the
whole event's balance; everyone else is refused; an event with nothing yet says what to do."""

import pytest
from django.contrib.auth import get_user_model

from plenaria.circulars.models import Delivery
from plenaria.directory.models import Country
from plenaria.programme.models import SessionSpeaker
from plenaria.reports.figures import snapshots
from tests.circulars.factories import LetterFactory
from tests.factories import EventFactory, MemberStateFactory
from tests.programme.factories import HighLevelTypeFactory, SessionFactory, SpeakerFactory
from tests.registration.conftest import make_focal_point
from tests.registration.factories import open_event, register

pytestmark = pytest.mark.usefixtures("reference_data")


def url(event, language="en"):
    return f"/{language}/reports/events/{event.slug}/"


def chart(page, name):
    """The chart called ``name`` among the page's sections, or None."""
    drawn = (chart for _heading, group in page.context["sections"] for chart in group)
    return next((found for found in drawn if found.name == name), None)


def rows(page, name):
    found = chart(page, name)
    return {
        category: [s.values[i] for s in found.series] for i, category in enumerate(found.categories)
    }


def _rwanda():
    return MemberStateFactory(acronym="RW-GOV", country=Country.objects.get(code="RW"))


def test_the_secretariat_sees_the_figures_of_the_registrations_made(
    secretariat_client, secretariat_user
):
    event = open_event(in_person_capacity=2)
    rwanda = _rwanda()
    head = register(
        event, actor=secretariat_user, direct=True, organisation=rwanda, capacity="head"
    )
    register(event, actor=secretariat_user, direct=True, gender="man", organisation=rwanda)
    register(event, actor=secretariat_user, direct=True, gender="man")  # waits: the room is full
    register(event, mode="remote", gender="man", interpretation_language="fr")
    session = SessionFactory(event=event, type=HighLevelTypeFactory())
    SessionSpeaker.objects.create(session=session, speaker=SpeakerFactory(gender="woman"))
    letter = LetterFactory(reference="DIR/DASH/1")
    letter.events.add(event)
    Delivery.objects.create(letter=letter, email="a@example.org", language="en", state="sent")
    Delivery.objects.create(letter=letter, email="b@example.org", language="en", state="bounced")

    page = secretariat_client.get(url(event))
    assert page.status_code == 200
    html = page.content.decode()
    assert rows(page, "status") == {
        "Seat confirmed": [2],
        "On the waiting list": [1],
        "Approved": [1],
    }
    assert rows(page, "mode") == {"In person": [3, 2], "Remotely": [1, None]}
    assert rows(page, "seats") == {
        "Seats taken": [2],
        "Seats in the room": [2],
        "On the waiting list": [1],
    }
    assert rows(page, "capacity") == {"Head of delegation": [1], "Delegate": [3]}
    assert rows(page, "region")["Africa"] == [2] and rows(page, "region")["Not known"] == [2]
    assert rows(page, "countries") == {"Rwanda": [2], "Not known": [2]}
    assert rows(page, "groupings") == {
        "Least developed countries (LDC)": [2],
        "Landlocked developing countries (LLDC)": [2],
    }
    assert rows(page, "balance")["Everyone registered"] == [25.0, 0.0]
    assert rows(page, "balance")["Heads of delegation"] == [100.0, 0.0]
    assert rows(page, "interpretation") == {"French": [0, 1]}
    assert rows(page, "speakers") == {
        "All speakers of the programme": [1, 1],
        "High-level segment": [1, 1],
        "High-level dialogue": [1, 1],
    }
    assert rows(page, "letters") == {"DIR/DASH/1": [1, 1, 0, 0]}
    assert [line.label for line in chart(page, "registrations").lines] == [event.acronym]
    assert chart(page, "registrations").lines[0].points[-1][1] == 4
    assert "first edition of its series" in html and head.organisation.acronym not in html
    assert "Figures as of" in html and "Refresh now" in html
    assert f"{url(event)}?export=status&amp;format=csv" in html


def test_the_curve_is_laid_on_the_previous_edition_of_the_series(secretariat_client):
    before = open_event()
    register(before)
    register(before)
    event = open_event(
        event=EventFactory(
            series=before.series,
            start=before.start.replace(year=before.start.year + 1),
            end=before.end.replace(year=before.end.year + 1),
        )
    )
    register(event)
    page = secretariat_client.get(url(event))
    lines = {line.label: line.points[-1][1] for line in chart(page, "registrations").lines}
    assert lines == {event.acronym: 1, before.acronym: 2}
    assert f"Compared with the previous edition, {before.acronym}" in page.content.decode()
    # A previous edition nobody registered for has no curve, and the page says so.
    after = open_event(
        event=EventFactory(
            series=before.series,
            start=event.start.replace(year=event.start.year + 1),
            end=event.end.replace(year=event.end.year + 1),
        )
    )
    register(after)
    event.registrations.all().delete()
    snapshots.refresh(event)
    html = secretariat_client.get(url(after)).content.decode()
    assert f"The previous edition, {event.acronym}, received no registration" in html


def test_a_chart_is_downloaded_as_csv_or_xlsx(secretariat_client):
    event = open_event()
    register(event, gender="man")
    register(event)
    answer = secretariat_client.get(url(event), {"export": "balance", "format": "csv"})
    assert answer.status_code == 200
    assert f'filename="{event.slug}-balance.csv"' in answer["Content-Disposition"].lower()
    text = b"".join(answer.streaming_content).decode("utf-8-sig")
    assert text.splitlines()[:2] == ["Among,Women,Young people", "Everyone registered,50.0,0.0"]
    xlsx = secretariat_client.get(url(event), {"export": "countries", "format": "xlsx"})
    assert xlsx.status_code == 200 and b"".join(xlsx.streaming_content)[:2] == b"PK"


@pytest.mark.parametrize(
    "query",
    [
        {"export": "nothing", "format": "csv"},
        {"export": "status", "format": "pdf"},
        {"export": "status\x00", "format": "csv"},
        {"export": "status", "format": "csv" * 400},
    ],
)
def test_a_forged_export_is_not_found(secretariat_client, query):
    event = open_event()
    # The site's input guard answers 400 to a NUL byte before the view; the view 404.
    assert secretariat_client.get(url(event), query).status_code in (400, 404)


def test_unknown_or_impossible_events_are_not_found(secretariat_client):
    assert secretariat_client.get("/en/reports/events/no-such-event/").status_code == 404
    assert secretariat_client.get("/en/reports/events/" + "a" * 500 + "/").status_code == 404
    assert secretariat_client.get("/en/reports/events/%00/").status_code in (400, 404)


def test_the_secretariat_refreshes_the_figures_at_once(secretariat_client):
    event = open_event()
    register(event)
    assert rows(secretariat_client.get(url(event)), "status") == {"Seat confirmed": [1]}
    register(event)  # not yet in the snapshot
    assert rows(secretariat_client.get(url(event)), "status") == {"Seat confirmed": [1]}
    answer = secretariat_client.post(f"{url(event)}refresh/", follow=True)
    assert answer.redirect_chain[-1][0] == url(event)
    assert "computed again just now" in answer.content.decode()
    assert rows(answer, "status") == {"Seat confirmed": [2]}
    assert secretariat_client.get(f"{url(event)}refresh/").status_code == 405


def test_a_focal_point_sees_their_delegation_beside_the_whole_event(client):
    event = open_event()
    rwanda = _rwanda()
    register(event, organisation=rwanda, gender="woman")
    register(event, organisation=rwanda, gender="woman", first_name="Aline")
    register(event, gender="man", first_name="Wanjiru")
    register(event, gender="man")
    snapshots.refresh(event)
    client.force_login(make_focal_point(rwanda, "fp-rwanda"))
    page = client.get(url(event))
    assert page.status_code == 200
    assert page.context["document"]["overall"]["n"] == 2
    assert rows(page, "balance")["Everyone registered"] == [100.0, 50.0, 0.0, 0.0]
    assert chart(page, "letters") is None and chart(page, "speakers") is None
    html = page.content.decode()
    assert "Refresh now" not in html and "Wanjiru" not in html
    assert client.post(f"{url(event)}refresh/").status_code == 403
    # The list of reports leads to it; an event of theirs only.
    other = open_event()
    register(other)
    index = client.get("/en/reports/").content.decode()
    assert url(event) in index and url(other) not in index
    assert client.get(url(other)).status_code == 403


def test_who_may_not_see_a_dashboard_is_refused(client):
    event = open_event()
    register(event)
    answer = client.get(url(event))
    assert answer.status_code == 302 and "/signin/" in answer["Location"]
    client.force_login(get_user_model().objects.create_user("visitor", "v@example.org", "pw"))
    assert client.get(url(event)).status_code == 403
    index = client.get("/en/reports/")
    assert index.status_code == 200 and "No dashboard for you yet" in index.content.decode()
    # A focal point does not see a draft, even with a registration in it.
    rwanda = _rwanda()
    draft = open_event(event=EventFactory(status="draft"))
    register(draft, organisation=rwanda)
    client.force_login(make_focal_point(rwanda, "fp-rwanda"))
    assert client.get(url(draft)).status_code == 403


def test_empty_states_say_what_to_do(secretariat_client):
    nothing = EventFactory(series=None)
    html = secretariat_client.get(url(nothing)).content.decode()
    assert "takes no registrations" in html
    alone = open_event(event=EventFactory(series=None))
    assert "not part of a series" in secretariat_client.get(url(alone)).content.decode()
    fresh = open_event()
    page = secretariat_client.get(url(fresh))
    html = page.content.decode()
    assert "No one has registered yet" in html and "first edition of its series" in html
    assert chart(page, "speaker-balance") is None  # one sentence for the speakers, not two
    for name in ("registrations", "status", "countries", "balance", "speakers", "letters"):
        assert chart(page, name).empty_text, name
    assert (
        "No event has received a registration yet"
        in secretariat_client.get("/en/reports/").content.decode()
    )


def test_the_secretariat_finds_an_event_in_the_list(secretariat_client):
    older = open_event(event=EventFactory(acronym="WTISD-21"))
    newer = open_event(
        event=EventFactory(
            acronym="WTISD-23",
            start=older.start.replace(year=2024),
            end=older.end.replace(year=2024),
        )
    )
    unregistered = EventFactory(acronym="SILENT-1")
    register(older)
    register(newer)
    html = secretariat_client.get("/en/reports/").content.decode()
    assert html.index("WTISD-23") < html.index("WTISD-21") and "SILENT-1" not in html
    assert "data-picker" in html
    answer = secretariat_client.get("/en/reports/", {"event": older.slug})
    assert answer.status_code == 302 and answer["Location"] == url(older)
    refused = secretariat_client.get("/en/reports/", {"event": unregistered.slug})
    assert refused.status_code == 200
    assert "No event of this list has that address." in refused.content.decode()
    assert secretariat_client.get("/en/reports/", {"event": "x" * 3000}).status_code == 200
