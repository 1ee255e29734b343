"""Queue the WTDC-21 letter for 10,000 contacts and send it into a local SMTP sink; print the
time to queue and the mails per second. Targets: queueing ≤ 5 s, ≥ 100 mails/s.

Run: .venv/bin/python bench/circular_dispatch.py [contacts]   (throw-away SQLite database,
or DATABASE_URL=postgres://…/plenaria_bench for PostgreSQL)
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CONTACTS = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
WORKERS = int(sys.argv[2]) if len(sys.argv) > 2 else 4
os.environ.setdefault("DATABASE_URL", f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench.sqlite3'}")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "plenaria.config.settings")
# A key of the bench's own, over plain HTTP, with debug off as in production.
os.environ.setdefault("PLENARIA_SECRET_KEY", "bench-only-key-good-for-nothing-else-7c2e5d")
os.environ.setdefault("PLENARIA_HTTPS", "0")
root = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(root / "src"), str(root)]

import django  # noqa: E402

django.setup()

import logging  # noqa: E402

from django.core.management import call_command  # noqa: E402
from django.db.models import Count  # noqa: E402

from plenaria.circulars import dispatch  # noqa: E402
from plenaria.circulars.demo import load_circulars_demo  # noqa: E402
from plenaria.circulars.models import Letter  # noqa: E402
from plenaria.circulars.sending import Report  # noqa: E402
from plenaria.directory.models import Contact, Organisation  # noqa: E402
from tests.circulars.smtp_sink import free_port  # noqa: E402


def main() -> None:
    logging.getLogger("mail.log").setLevel(logging.WARNING)
    call_command("migrate", verbosity=0)
    load_circulars_demo()
    letter = Letter.objects.get(reference="DM-22/1002")  # addressed to Academia
    universities = Organisation.objects.bulk_create(
        Organisation(
            name={"en": f"University {n}"},
            acronym=f"U{n}",
            category="academia",
            wsis_stakeholder_type="academia_technical",
        )
        for n in range(CONTACTS // 10)
    )
    Contact.objects.bulk_create(
        Contact(
            organisation=universities[n % len(universities)],
            last_name=f"Person {n}",
            email=f"person{n}@uni{n % 97}.example.org",
            preferred_language=("fr", "en", "es")[n % 3],
        )
        for n in range(CONTACTS)
    )
    start = time.perf_counter()
    reach = dispatch.reach(letter)
    counted = time.perf_counter() - start
    start = time.perf_counter()
    queued = dispatch.queue_dispatch(None, letter)
    queueing = time.perf_counter() - start
    print(f"count before sending: {reach.with_email} addresses in {counted:.2f} s")
    print(
        f"queueing {queued} deliveries: {queueing:.2f} s  {'OK' if queueing <= 5 else 'over target'}"
    )
    # The sink runs in its own process, as a mail server would, and discards what it gets.
    port = free_port()
    sink = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "aiosmtpd",
            "-n",
            "-c",
            "aiosmtpd.handlers.Sink",
            "-l",
            f"127.0.0.1:{port}",
        ]
    )
    try:
        time.sleep(1.5)
        # The production path: worker processes of `plenaria send_letters`.
        environment = {
            **os.environ,
            "PLENARIA_EMAIL_HOST": "127.0.0.1",
            "PLENARIA_EMAIL_PORT": str(port),
        }
        command = [
            str(Path(sys.executable).with_name("plenaria")),
            "send_letters",
            "--letter",
            str(letter.pk),
        ]
        start = time.perf_counter()
        workers = [
            subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL)
            for _ in range(WORKERS)
        ]
        for worker in workers:
            worker.wait()
        sending = time.perf_counter() - start
        states = dict(letter.deliveries.values_list("state").annotate(n=Count("id")).order_by())
        report = Report(
            sent=states.get("sent", 0),
            failed=states.get("failed", 0),
            retrying=states.get("retrying", 0),
        )
    finally:
        sink.terminate()
    rate = report.sent / sending
    print(f"{WORKERS} worker processes, each with its own SMTP session and database connection")
    print(
        f"sending {report.sent} mails with the PDF: {sending:.1f} s, {rate:.0f} mails/s  "
        f"{'OK' if rate >= 100 else 'under target'} (failed {report.failed + report.retrying})"
    )


if __name__ == "__main__":
    main()
