"""Registration rush: many people submitting the public form at once for few seats.

Builds a fresh database (a temporary SQLite file, or the server named by DATABASE_URL, in a
database of its own), opens an event with ``--seats`` in-person seats, then ``--clients``
threads, each on its own database connection, post ``--registrations`` forms in all through
Django's full request handling (form, validation, seat lock, notification recorded and sent
to an in-memory mailbox). For comparison, the same threads then run a bare view that inserts
one row. Prints registrations per second, p50/p99 latency, the ratio, and the seat check.

Not yet over a real socket through an application server: the figure is Django's own work.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench .venv/bin/python \
        bench/registration_rush.py [--registrations 2000] [--seats 200] [--clients 50]
"""

import argparse
import datetime
import statistics
import threading
import time

from support import setup_database, teardown_database


def open_event(seats: int):
    from django.utils import timezone

    from plenaria.events.models import Event
    from plenaria.registration import services

    now = timezone.now()
    event = Event.objects.create(
        title={"en": "Rush"},
        acronym="RUSH",
        slug="rush",
        kind="forum",
        format="hybrid",
        status="published",
        start=now + datetime.timedelta(days=30),
        end=now + datetime.timedelta(days=31),
    )
    services.configure(
        None,
        event,
        opens_at=now - datetime.timedelta(days=1),
        closes_at=now + datetime.timedelta(days=10),
        in_person_capacity=seats,
    )
    return event


def run(clients: int, total: int, request) -> tuple[float, list[float], list[str]]:
    """``request(n)`` done ``total`` times by ``clients`` threads; wall time and latencies."""
    from django.db import connections

    latencies, failures, lock = [], [], threading.Lock()
    numbers = iter(range(total))
    start = threading.Barrier(clients + 1)

    def worker():
        start.wait()
        mine = []
        while True:
            with lock:
                n = next(numbers, None)
            if n is None:
                break
            began = time.perf_counter()
            problem = request(n)
            mine.append(time.perf_counter() - began)
            if problem:
                failures.append(problem)
        with lock:
            latencies.extend(mine)
        connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    return time.perf_counter() - began, latencies, failures


def report(label, wall, latencies, total):
    ordered = sorted(latencies)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    print(
        f"{label:<22} {total / wall:8.1f}/s   p50 {statistics.median(ordered) * 1000:6.1f} ms"
        f"   p99 {p99 * 1000:6.1f} ms"
    )
    return total / wall


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registrations", type=int, default=2000)
    parser.add_argument("--seats", type=int, default=200)
    parser.add_argument("--clients", type=int, default=50)
    args = parser.parse_args()
    old_name = setup_database(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend")
    try:
        from django.contrib.sessions.models import Session
        from django.db import connection
        from django.http import HttpResponse
        from django.test import Client, RequestFactory
        from django.utils import timezone

        from plenaria.registration.models import Registration

        event = open_event(args.seats)
        url = f"/en/events/{event.slug}/register/"

        browsers = threading.local()  # one client per thread, as one browser per person

        def submit(n):
            if not hasattr(browsers, "client"):
                browsers.client = Client()
            response = browsers.client.post(
                url,
                {
                    "first_name": "Rush",
                    "last_name": f"Person {n}",
                    "email": f"p{n}@example.org",
                    "gender": "woman",
                    "capacity": "delegate",
                    "mode": "in_person",
                    "consent": "on",
                },
            )
            return None if response.status_code == 302 else f"{n}: {response.status_code}"

        def bare_view(request, n):
            Session.objects.create(
                session_key=f"bench{n:032d}"[-40:],
                session_data="x",
                expire_date=timezone.now(),
            )
            return HttpResponse("ok")

        factory = RequestFactory()
        print(
            f"{connection.vendor}: {args.registrations} registrations, {args.seats} seats, "
            f"{args.clients} clients"
        )
        wall, latencies, failures = run(args.clients, args.registrations, submit)
        form_rate = report("registration form", wall, latencies, args.registrations)
        wall, latencies, _ = run(
            args.clients, args.registrations, lambda n: bare_view(factory.post("/"), n) and None
        )
        bare_rate = report("bare one-row insert", wall, latencies, args.registrations)
        print(f"ratio bare / form: {bare_rate / form_rate:.1f}")
        statuses = list(Registration.objects.values_list("status", flat=True))
        print(
            f"registered {len(statuses)}, seated {statuses.count('seated')}, waiting "
            f"{statuses.count('waiting')}, failures {len(failures)} {failures[:3]}"
        )
        assert statuses.count("seated") == args.seats, "overbooked or underbooked!"
    finally:
        from django.db import connection

        connection.close()
        teardown_database(old_name)


if __name__ == "__main__":
    main()
