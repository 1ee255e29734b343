"""Registration rush over HTTP: many people posting the public form at once for few seats.

Builds a fresh database (a temporary SQLite file, or a database of its own on the server named
by DATABASE_URL), opens an event with ``--seats`` in-person seats, and starts gunicorn as in
production (sync workers, as behind a buffering proxy) on that database. Then ``--clients``
concurrent HTTP clients — threads of this process, a process apart from the server — each
fetch the form once (for the CSRF cookie and token) and post ``--registrations`` forms in all;
a sync worker closes each connection, so every post opens a new one, as thousands of different
people would. Each registration takes a seat or joins the waiting list, is audited, and has
its notification recorded; one sending task a second is queued in the database task queue,
which the worker (not running here) runs later — as in production. A warm-up of
``--warm-up`` registrations to another event comes first: a server in production has served
its form before. Each registration taken is answered with a redirect to the "Check your
mailbox" page (the private link goes only to the address); the rate limit on registrations is
set high enough (``PLENARIA_RATE_REGISTER``) that it runs on every post but refuses none.

In the same run, with the same server and clients, a bare view posts one row per request: the
floor a request can reach on this machine. Prints registrations per second, p50/p99 latency,
the processor time each request cost the server, the database and the clients, the ratio, and
checks that exactly ``--seats`` are seated, nobody twice and nothing lost.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/rushbench .venv/bin/python \
        bench/registration_rush.py [--registrations 10000] [--seats 1000] [--clients 50] \
        [--workers 6] [--worker-class sync|gthread] [--threads 1]
"""

import argparse
import http.client
import os
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

from support import machine_cpu, open_event, processes_cpu, setup_database, teardown_database

BENCH = Path(__file__).resolve().parent
TOKEN = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')


def database_url(settings_dict) -> str:
    """The URL of the database the bench just created, for the server's environment."""
    if settings_dict["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{settings_dict['NAME']}"
    url = urllib.parse.urlsplit(os.environ["DATABASE_URL"])
    return urllib.parse.urlunsplit(url._replace(path=f"/{settings_dict['NAME']}"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(db_url: str, port: int, args) -> subprocess.Popen:
    environment = {
        **os.environ,
        "DATABASE_URL": db_url,
        "DJANGO_SETTINGS_MODULE": "rush_server.settings",
        "PLENARIA_LOG_LEVEL": "WARNING",
        # The limiter runs on every post, as in production, but lets the whole rush through.
        "PLENARIA_RATE_REGISTER": "100000/m",
    }
    command = [
        str(Path(sys.executable).with_name("gunicorn")),
        "plenaria.config.wsgi",
        f"--pythonpath={BENCH.parent / 'src'},{BENCH}",
        f"--bind=127.0.0.1:{port}",
        f"--worker-class={args.worker_class}",
        f"--workers={args.workers}",
        f"--threads={args.threads}",
        "--keep-alive=30",
        "--log-level=warning",
    ]
    server = subprocess.Popen(command, env=environment)
    for _ in range(300):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return server
        except OSError:
            time.sleep(0.1)
    server.terminate()
    raise RuntimeError("gunicorn did not start")


class Browser:
    """One person's keep-alive connection, with the CSRF cookie and token of the form."""

    def __init__(self, port: int, form_path: str, reconnect: bool = False):
        self.port, self.reconnect = port, reconnect
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.connection.request("GET", form_path)
        response = self.connection.getresponse()
        page = response.read()
        cookie = response.getheader("Set-Cookie", "")
        self.csrf_cookie = re.search(r"csrftoken=([^;]+)", cookie).group(1)
        self.token = TOKEN.search(page).group(1).decode()

    def post(self, path: str, fields: dict) -> int:
        body = urllib.parse.urlencode({"csrfmiddlewaretoken": self.token, **fields})
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={self.csrf_cookie}",
        }
        if self.reconnect:
            self.connection.close()
            self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        self.connection.request("POST", path, body, headers)
        response = self.connection.getresponse()
        response.read()
        return response.status


def run(clients: int, total: int, browsers: list, request) -> tuple[float, list, list]:
    """``request(browser, n)`` done ``total`` times by ``clients`` threads at once."""
    latencies, failures, lock = [], [], threading.Lock()
    numbers = iter(range(total))
    start = threading.Barrier(clients + 1)

    def worker(browser):
        start.wait()
        mine = []
        while True:
            with lock:
                n = next(numbers, None)
            if n is None:
                break
            began = time.perf_counter()
            problem = request(browser, n)
            mine.append(time.perf_counter() - began)
            if problem:
                failures.append(problem)
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=worker, args=(b,)) for b in browsers[:clients]]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    return time.perf_counter() - began, latencies, failures


class Spending:
    """Where the machine's processor time went during a run, per request."""

    def __init__(self):
        self.busy, self.idle = machine_cpu()
        self.server, self.database = processes_cpu("gunicorn"), processes_cpu("postgres")
        self.clients = time.process_time()

    def report(self, total: int) -> None:
        busy, idle = machine_cpu()
        busy, idle = busy - self.busy, idle - self.idle
        server = processes_cpu("gunicorn") - self.server
        database = processes_cpu("postgres") - self.database
        clients = time.process_time() - self.clients
        print(
            f"    processor time per request: server {server / total * 1000:.2f} ms,"
            f" database {database / total * 1000:.2f} ms, clients {clients / total * 1000:.2f} ms;"
            f" machine idle {idle / (busy + idle):.0%}"
        )


def report(label, wall, latencies, total) -> float:
    ordered = sorted(latencies)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    print(
        f"{label:<22} {total / wall:8.1f}/s   p50 {statistics.median(ordered) * 1000:6.1f} ms"
        f"   p99 {p99 * 1000:6.1f} ms   ({total} in {wall:.1f} s)"
    )
    return total / wall


def person(n: int) -> dict:
    return {
        "first_name": "Rush",
        "last_name": f"Person {n}",
        "email": f"p{n}@example.org",
        "gender": ("woman", "man")[n % 2],
        "capacity": "delegate",
        "mode": "in_person",
        "consent": "on",
    }


def check(args, failures) -> None:
    from django.db.models import Count
    from django_tasks_db.models import DBTaskResult

    from plenaria.registration.models import Notification, Registration

    rush = Registration.objects.filter(event__slug="rush")
    statuses = dict(rush.values_list("status").annotate(n=Count("id")))
    emails = rush.values("email").distinct().count()
    registered = sum(statuses.values())
    print(
        f"registered {registered} ({emails} distinct e-mails), seated {statuses.get('seated', 0)},"
        f" waiting {statuses.get('waiting', 0)}; failures {len(failures)} {failures[:3]}"
    )
    print(
        f"notifications recorded {Notification.objects.filter(registration__in=rush).count()}, "
        f"queued for the worker {DBTaskResult.objects.count()} (with the warm-up's)"
    )
    assert statuses.get("seated", 0) == args.seats, "overbooked or underbooked!"
    assert registered == emails == args.registrations - len(failures), "lost or doubled!"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registrations", type=int, default=10_000)
    parser.add_argument("--seats", type=int, default=1_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--workers", type=int, default=6)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument(
        "--worker-class", default="sync", help="gunicorn's: sync (as in production) or gthread"
    )
    parser.add_argument(
        "--warm-up", type=int, default=500, help="registrations to another event first"
    )
    parser.add_argument(
        "--reconnect",
        action="store_true",
        help="a new connection per request, as thousands of different people would open",
    )
    args = parser.parse_args()
    import django

    django.setup()
    from django.db import connection

    if connection.vendor == "sqlite":  # a file the server can open, not a memory database
        connection.settings_dict["TEST"]["NAME"] = os.path.join(
            os.environ["PLENARIA_VAR_DIR"], "rush.sqlite3"
        )
    old_name = setup_database()

    server = None
    try:
        event = open_event("rush", "Rush", in_person_capacity=args.seats)
        warm_up = open_event("warm-up", "Warm-up", in_person_capacity=None)
        db_url = database_url(connection.settings_dict)
        connection.close()
        port = free_port()
        server = start_server(db_url, port, args)
        form_path = f"/en/events/{event.slug}/register/"
        browsers = [Browser(port, form_path, args.reconnect) for _ in range(args.clients)]
        print(
            f"{connection.vendor}: {args.registrations} registrations, {args.seats} seats, "
            f"{args.clients} HTTP clients, gunicorn {args.workers} {args.worker_class} workers"
            f" × {args.threads} threads"
        )

        def submit(browser, n):
            status = browser.post(form_path, person(n))
            return None if status == 302 else f"{n}: {status}"

        def bare(browser, n):
            status = browser.post("/bench/insert/", {"n": n})
            return None if status == 200 else f"bare {n}: {status}"

        # A server in production is warm: every worker thread has served the form before.
        warm_path = f"/en/events/{warm_up.slug}/register/"
        run(args.clients, args.warm_up, browsers, lambda b, n: b.post(warm_path, person(-1 - n)))
        spending = Spending()
        wall, latencies, failures = run(args.clients, args.registrations, browsers, submit)
        form_rate = report("registration form", wall, latencies, args.registrations)
        spending.report(args.registrations)
        spending = Spending()
        wall, latencies, bare_failures = run(args.clients, args.registrations, browsers, bare)
        bare_rate = report("bare one-row insert", wall, latencies, args.registrations)
        spending.report(args.registrations)
        print(f"ratio bare / form: {bare_rate / form_rate:.1f}; bare failures {len(bare_failures)}")
        check(args, failures)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        connection.close()
        teardown_database(old_name)


if __name__ == "__main__":
    main()
