"""Yearly progress reports: each published pledge is asked once per cycle and reminded once,
in its pledger's language; the report is written, submitted, reviewed and shown over time."""

import datetime
import threading

import pytest
from django.core import mail
from django.db import connection, connections
from django.template.loader import render_to_string
from django.test import Client
from django.utils import timezone

from plenaria.contributions.choices import Moderation
from plenaria.contributions.mail import send_one
from plenaria.contributions.models import ProgressReport, ProgressRequest
from plenaria.contributions.pledges import progress
from plenaria.contributions.pledges.progress_view import cycles, published_reports
from plenaria.core import schedule
from plenaria.core.models import AuditEntry
from tests.circulars.smtp_sink import RunningSink, Sink, free_port
from tests.contributions.factories import PledgeFactory, PledgerAccessFactory, UserFactory
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

CYCLE = 2026
REPORT_DAY = datetime.date(CYCLE, 6, 1)
DUE = datetime.date(CYCLE, 7, 31)
BEFORE = datetime.datetime(2025, 3, 1, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def yearly_date(settings):
    settings.PLENARIA_PLEDGE_REPORT_DAY = "06-01"
    settings.PLENARIA_PLEDGE_REPORT_WITHIN_DAYS = 60
    settings.PLENARIA_PLEDGE_REMIND_DAYS_BEFORE = 7


def pledger_of(organisation, name):
    return PledgerAccessFactory(organisation=organisation, user=UserFactory(username=name)).user


def published(organisation=None, **kwargs):
    return PledgeFactory(
        organisation=organisation or OrganisationFactory(),
        status=Moderation.PUBLISHED,
        published_at=kwargs.pop("published_at", BEFORE),
        **kwargs,
    )


def sent_to(address):
    return [message for message in mail.outbox if address in message.to]


def test_each_published_pledge_is_asked_once_in_its_pledgers_language():
    french = published(language="fr")
    pledger_of(french.organisation, "amina")
    english = published(language="en")
    pledger_of(english.organisation, "john")
    PledgeFactory(status=Moderation.DRAFT)
    late = published(published_at=datetime.datetime(CYCLE, 6, 10, tzinfo=datetime.UTC))
    pledger_of(late.organisation, "late")

    assert progress.open_cycle(REPORT_DAY - datetime.timedelta(days=1)) == 0
    assert progress.open_cycle(REPORT_DAY) == 2
    for day in [REPORT_DAY, REPORT_DAY + datetime.timedelta(days=1)]:  # re-runs
        assert progress.open_cycle(day) == 0

    assert ProgressRequest.objects.filter(cycle=CYCLE).count() == 2
    assert not ProgressRequest.objects.filter(pledge=late).exists()  # published after the day
    (to_amina,) = sent_to("amina@example.org")
    assert french.title["fr"] in to_amina.subject
    assert "31 juillet 2026" in to_amina.body  # the due date, in French
    assert f"/fr/pledges/mine/{french.pk}/reports/{CYCLE}/" in to_amina.body
    (to_john,) = sent_to("john@example.org")
    assert "31 July 2026" in to_john.body and "/en/pledges/mine/" in to_john.body
    assert len(mail.outbox) == 2


def test_a_rerun_queues_no_second_task(settings):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    pledges = [published() for _ in range(3)]
    for n, pledge in enumerate(pledges):
        pledger_of(pledge.organisation, f"queued{n}")
    assert progress.open_cycle(REPORT_DAY) == 3
    assert progress.open_cycle(REPORT_DAY) == 0
    queued = sorted(task.args_kwargs["args"][0] for task in DBTaskResult.objects.all())
    assert queued == [f"queued{n}@example.org" for n in range(3)]
    asked = ProgressRequest.objects.filter(pledge__in=pledges)
    assert asked.count() == 3 and not asked.filter(sent_at=None).exists()


@pytest.mark.django_db(transaction=True)
def test_two_workers_opening_the_cycle_together_ask_each_pledge_once(settings, reference_data):
    if connection.vendor != "postgresql":
        pytest.skip("Needs PostgreSQL: SQLite runs one writer at a time, so there is no race.")
    pledges = [published() for _ in range(30)]
    for n, pledge in enumerate(pledges):
        pledger_of(pledge.organisation, f"p{n}")
    start, queued, errors = threading.Barrier(2), [], []

    def worker():
        try:
            start.wait(timeout=30)
            queued.append(progress.open_cycle(REPORT_DAY))
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            connections.close_all()

    with RunningSink(Sink(delay=0.01)) as running:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", running.port
        threads = [threading.Thread(target=worker) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
    assert not errors
    assert sum(queued) == 30
    assert sorted(running.sink.recipients()) == sorted(f"p{n}@example.org" for n in range(30))
    assert ProgressRequest.objects.count() == 30


def test_a_reminder_goes_once_before_the_deadline_to_those_who_have_not_submitted():
    waiting = published()
    pledger_of(waiting.organisation, "waiting")
    answered = published()
    writer = pledger_of(answered.organisation, "answered")
    progress.open_cycle(REPORT_DAY)
    report = progress.save_report(
        writer, answered, CYCLE, {"progress": "in_progress", "share_achieved": 40,
                                  "narrative": "Forty schools connected."}
    )  # fmt: skip
    progress.submit_report(writer, report)
    mail.outbox.clear()

    assert progress.remind(DUE - datetime.timedelta(days=8)) == 0
    assert progress.remind(DUE - datetime.timedelta(days=7)) == 1
    assert progress.remind(DUE - datetime.timedelta(days=3)) == 0
    (reminder,) = mail.outbox
    assert reminder.to == ["waiting@example.org"] and "Reminder" in reminder.subject
    expected = {"cycle": CYCLE, "asked": 2, "answered": 1, "published": 0, "share": 50}
    assert cycles() == [expected]


def test_a_report_written_returned_resubmitted_and_published(secretariat_client):
    pledge = published(language="fr")
    writer = pledger_of(pledge.organisation, "writer")
    progress.open_cycle(REPORT_DAY)
    client = Client()  # the pledger's browser; the secretariat has its own
    client.force_login(writer)
    assert str(pledge.title["fr"]) in client.get("/fr/pledges/mine/reports/").content.decode()

    form = f"/en/pledges/mine/{pledge.pk}/reports/{CYCLE}/"
    answer = client.post(form, {"progress": "in_progress", "share_achieved": "40",
                                "disbursed": "250000", "disbursed_currency": "USD",
                                "narrative": "Forty schools connected.",
                                "links": "https://example.org/news\n"})  # fmt: skip
    assert answer.status_code == 302 and answer["Location"].endswith("submit/")
    assert client.post(answer["Location"]).status_code == 302
    assert client.post(answer["Location"]).status_code == 302  # a second click
    report = ProgressReport.objects.get(pledge=pledge, cycle=CYCLE)
    assert report.state == Moderation.SUBMITTED
    assert AuditEntry.objects.filter(action="submit", object_id=str(report.pk)).count() == 1

    queue = secretariat_client.get("/en/pledges/review/reports/").content.decode()
    assert f"/en/pledges/review/reports/{report.pk}/" in queue
    decide = f"/en/pledges/review/reports/{report.pk}/"
    secretariat_client.post(decide + "return/", {"comment": "Name the schools, please."})
    returned = sent_to("writer@example.org")[-1]  # after the yearly request
    assert "Name the schools, please." in returned.body and pledge.title["fr"] in returned.subject
    assert "Name the schools" in client.get(form).content.decode()

    client.post(form, {"progress": "completed", "share_achieved": "100", "disbursed": "",
                       "disbursed_currency": "", "narrative": "Forty named schools.",
                       "links": ""})  # fmt: skip
    client.post(form + "submit/")
    secretariat_client.post(decide + "publish/")
    report.refresh_from_db()
    assert report.state == Moderation.PUBLISHED and report.published_at and not report.comment
    assert [r.pk for r in published_reports(pledge)] == [report.pk]
    assert "publi" in sent_to("writer@example.org")[-1].subject
    actions = list(
        AuditEntry.objects.filter(object_id=str(report.pk))
        .order_by("pk")
        .values_list("action", flat=True)
    )
    assert actions == ["create", "submit", "returned", "update", "submit", "published"]


def test_the_lists_keep_their_query_count(secretariat_client, django_assert_max_num_queries):
    organisation = OrganisationFactory()
    writer = pledger_of(organisation, "busy")
    pledges = [published(organisation) for _ in range(25)]
    progress.open_cycle(REPORT_DAY)
    for pledge in pledges:
        report = progress.save_report(
            writer, pledge, CYCLE, {"progress": "in_progress", "share_achieved": 10,
                                    "narrative": "Started."}
        )  # fmt: skip
        progress.submit_report(writer, report)
    client = Client()
    client.force_login(writer)
    with django_assert_max_num_queries(12):
        page = client.get("/en/pledges/mine/reports/")
    assert page.content.decode().count("/reports/2026/") >= 25
    with django_assert_max_num_queries(12):
        queue = secretariat_client.get("/en/pledges/review/reports/")
    assert queue.content.decode().count("/review/reports/") >= 25
    assert 'value="100"' in queue.content.decode()  # every report asked has come in


def test_the_daily_job_asks_on_the_report_day(settings):
    settings.PLENARIA_PLEDGE_REPORT_DAY = timezone.localdate().strftime("%m-%d")
    pledge = published(published_at=timezone.now() - datetime.timedelta(days=400))
    pledger_of(pledge.organisation, "daily")
    assert schedule.run("contributions.open_progress_cycle") == 1
    assert schedule.run("contributions.open_progress_cycle") == 0
    assert schedule.run("contributions.remind_progress") == 0  # the deadline is 60 days away
    assert [m.to for m in mail.outbox] == [["daily@example.org"]]


def test_a_mail_server_down_is_tried_again_later(settings):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()  # nobody answers
    pledge = published()
    pledger_of(pledge.organisation, "patient")
    progress.open_cycle(REPORT_DAY)
    (queued,) = DBTaskResult.objects.all()
    address, subject, body = queued.args_kwargs["args"]
    assert send_one.call(address, subject, body) == "retrying"
    retry = DBTaskResult.objects.exclude(pk=queued.pk).get()
    assert retry.args_kwargs["args"] == [address, subject, body, 2]
    assert retry.run_after > timezone.now()


def test_the_public_page_shows_only_published_reports_over_time(secretariat_user):
    pledge = published()
    writer = pledger_of(pledge.organisation, "shown")
    for cycle, share in [(2025, 30), (CYCLE, 70)]:
        data = {"progress": "in_progress", "share_achieved": share, "narrative": f"Year {cycle}",
                "links": "https://example.org/a"}  # fmt: skip
        progress.submit_report(writer, progress.save_report(writer, pledge, cycle, data))
    for report in ProgressReport.objects.filter(cycle=2025):
        progress.publish_report(secretariat_user, report)
    html = render_to_string(
        "contributions/public/_reports.html", {"reports": published_reports(pledge)}
    )
    assert 'value="30"' in html and "Year 2025" in html and 'href="https://example.org/a"' in html
    assert "Year 2026" not in html  # submitted, not published
    public = Client().get(f"/en/pledges/{pledge.pk}/").content.decode()
    assert "Year 2025" in public and "Year 2026" not in public


LISTEN = """window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(e.violatedDirective));"""


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_report_pages_fit_a_phone_and_keep_to_the_policy(live_server, reference_data,
                                                            secretariat_user):  # fmt: skip
    from tests.browser.conftest import in_chromium

    long_title = {"en": "Meaningful connectivity for rural and remote communities " * 3}
    pledge = published(title=long_title)
    writer = pledger_of(pledge.organisation, "phone")
    progress.open_cycle(REPORT_DAY)
    report = progress.save_report(writer, pledge, CYCLE, {
        "progress": "in_progress", "share_achieved": 55, "narrative": "Schools " * 200,
        "links": "https://example.org/" + "a-very-long-path-segment/" * 6})  # fmt: skip
    base, phone, trouble = f"{live_server.url}/en/pledges", {"width": 360, "height": 740}, {}

    def visit(urls):
        def journey(page):
            page.add_init_script(LISTEN)
            page.set_viewport_size(phone)
            for url in urls:
                response = page.goto(base + url, wait_until="networkidle")
                width = page.evaluate("document.documentElement.scrollWidth")
                violations = page.evaluate("window.__violations")
                if response.status != 200 or width > phone["width"] or violations:
                    trouble[url] = (response.status, width, violations)

        return journey

    def cookie(user):
        session = Client()
        session.force_login(user)
        value = session.cookies["sessionid"].value
        return [{"name": "sessionid", "value": value, "url": live_server.url}]

    pledger_pages = ["/mine/reports/", f"/mine/{pledge.pk}/reports/{CYCLE}/", f"/mine/{pledge.pk}/reports/{CYCLE}/submit/"]  # fmt: skip
    in_chromium(visit(pledger_pages), cookies=cookie(writer))
    progress.submit_report(writer, report)
    review = f"/review/reports/{report.pk}/"
    in_chromium(visit(["/review/reports/", review, review + "return/"]), cookies=cookie(secretariat_user))  # fmt: skip
    assert not trouble, trouble
