"""The public pledge figures with 100,000 published pledges: the counter and breakdowns page
(median and p95 over the test client, query count), a filtered page, the list, the annual
report's PDF, and the streamed CSV and XLSX exports of every pledge (time and peak Python
memory).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/h2_bench .venv/bin/python bench/pledges.py \
        [--pledges 100000] [--repeat 25]
"""

import argparse
import datetime
import random
import statistics
import time
import tracemalloc
from decimal import Decimal

from registration_list import timed
from support import setup_database, teardown_database

ORGANISATIONS = 4000
STAKEHOLDERS = (
    ["government"] * 55
    + ["private_sector"] * 17
    + ["civil_society"] * 14
    + ["academia_technical"] * 7
    + ["international_org"] * 7
)


def build(count: int) -> None:
    """``count`` published pledges from 4,000 organisations, with their links and reach rows
    as the services keep them, written in batches."""
    from django.utils import timezone

    from plenaria.contributions.models import Campaign, Pledge, PledgeRegion
    from plenaria.contributions.pledges.reach import GROUPING_FLAGS
    from plenaria.directory.models import Country, Organisation

    rng = random.Random(13)
    countries = list(Country.objects.exclude(itu_region="").values_list("code", "itu_region"))
    grouped = {}
    for code, grouping in Country.groupings.through.objects.values_list(
        "country_id", "grouping__code"
    ):
        grouped.setdefault(code, set()).add(grouping)
    organisations = Organisation.objects.bulk_create(
        [
            Organisation(
                name={"en": f"Pledger {n}", "fr": f"Contributeur {n}"},
                acronym=f"P{n}",
                category="other",
                wsis_stakeholder_type=rng.choice(STAKEHOLDERS),
                country_id=rng.choice(countries)[0] if n % 10 else None,
            )
            for n in range(ORGANISATIONS)
        ],
        batch_size=2000,
    )
    campaigns = [
        Campaign.objects.create(slug=slug, title={"en": slug.upper()}, opens_on="2021-09-20")
        for slug in ("ldc5", "wtdc-roundtable", "giga")
    ]
    ids = {
        name: list(model.objects.values_list("pk", flat=True))
        for name, model in (
            ("focus", Pledge.focus_areas.rel.model), ("pillar", Pledge.pillars.rel.model),
            ("group", Pledge.beneficiaries.rel.model), ("sdg", Pledge.sdgs.rel.model),
        )
    }  # fmt: skip
    start = timezone.now() - datetime.timedelta(days=1000)
    types = ["programmatic", "advocacy", "policy", "financial"]
    for first in range(0, count, 5000):
        pledges, reach, links = [], [], {name: [] for name in ("focus", "pillar", "group", "sdg")}
        chosen_countries = []
        for n in range(first, min(first + 5000, count)):
            picked = rng.sample(countries, rng.choice([0, 1, 1, 2, 3]))
            reached = set().union(*(grouped.get(code, set()) for code, _r in picked))
            pledge = Pledge(
                organisation=rng.choice(organisations), title={"en": f"Pledge {n}"},
                description={"en": "Connect schools."}, status="published",
                pledge_type=rng.choice(types), is_global=not picked,
                amount=Decimal(rng.randrange(10_000, 50_000_000)), currency="USD",
                starts_on=datetime.date(rng.choice([2021, 2022, 2023]), rng.randint(1, 12), 1),
                published_at=start + datetime.timedelta(minutes=n * 10),
                campaign=rng.choice(campaigns + [None] * 5),
                **{flag: code in reached for code, flag in GROUPING_FLAGS.items()},
            )  # fmt: skip
            pledge.amount_usd = pledge.amount
            pledges.append(pledge)
            chosen_countries.append(picked)
        Pledge.objects.bulk_create(pledges)
        through_rows = {"countries": []}
        for pledge, picked in zip(pledges, chosen_countries, strict=True):
            through_rows["countries"] += [(pledge.pk, code) for code, _r in picked]
            regions = {region for _c, region in picked} or {rng.choice(countries)[1]}
            reach += [PledgeRegion(pledge=pledge, region=region) for region in regions]
            for name, many in (("focus", 2), ("pillar", 2), ("group", 3), ("sdg", 3)):
                for pk in rng.sample(ids[name], rng.randint(1, many)):
                    links[name].append((pledge.pk, pk))
        PledgeRegion.objects.bulk_create(reach, batch_size=10_000)
        for name, relation, column in (
            ("focus", "focus_areas", "focusarea_id"), ("pillar", "pillars", "pillar_id"),
            ("group", "beneficiaries", "beneficiarygroup_id"), ("sdg", "sdgs", "sdg_id"),
        ):  # fmt: skip
            through = getattr(Pledge, relation).through
            through.objects.bulk_create(
                [through(pledge_id=p, **{column: k}) for p, k in links[name]], batch_size=10_000
            )
        through = Pledge.countries.through
        through.objects.bulk_create(
            [through(pledge_id=p, country_id=c) for p, c in through_rows["countries"]],
            batch_size=10_000,
        )


def timed_pdf(client, repeat: int) -> tuple[float, float]:
    client.get("/en/pledges/report.pdf")  # the compiler indexes its fonts once per process
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        response = client.get("/en/pledges/report.pdf")
        times.append(time.perf_counter() - began)
        assert response.status_code == 200 and response.content.startswith(b"%PDF")
    return statistics.median(times), max(times)


def timed_export(client, path: str) -> tuple[float, float, int]:
    began = time.perf_counter()
    response = client.get(path)
    size = sum(len(chunk) for chunk in response.streaming_content)
    elapsed = time.perf_counter() - began
    tracemalloc.start()
    response = client.get(path)
    for _chunk in response.streaming_content:
        pass
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return elapsed, peak, size


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pledges", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=25)
    args = parser.parse_args()
    old_name = setup_database()
    from django.db import connection
    from django.test import Client

    try:
        began = time.perf_counter()
        build(args.pledges)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")
        print(f"{connection.vendor}: {args.pledges} published pledges "
              f"(built in {time.perf_counter() - began:.0f} s)")  # fmt: skip
        import os

        from plenaria.contributions.pledges.figures import count
        from plenaria.contributions.pledges.filters import published

        print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        cold = []
        for _ in range(5):
            began = time.perf_counter()
            count(published())
            cold.append(time.perf_counter() - began)
        print(f"{'figures, not kept':<22} median {statistics.median(cold) * 1000:7.1f} ms"
              "   (every grouped query, as after a publication)")  # fmt: skip
        client = Client()
        for label, url in (
            ("figures page", "/en/pledges/"),
            ("figures, filtered", "/en/pledges/?type=financial&grouping=SIDS&region=asia_pacific"),
            ("list, first page", "/en/pledges/list/"),
            ("annual report page", "/en/pledges/report/"),
        ):
            median, p95, queries = timed(client, url, args.repeat)
            print(f"{label:<22} median {median * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms"
                  f"   {queries} queries")  # fmt: skip
        median, worst = timed_pdf(client, 5)
        print(f"{'report PDF':<22} median {median * 1000:7.1f} ms   worst {worst * 1000:7.1f} ms")
        for label, url in (("export CSV", "csv"), ("export XLSX", "xlsx")):
            elapsed, peak, size = timed_export(client, f"/en/pledges/export/?format={url}")
            print(f"{label:<22} {elapsed:6.1f} s   {size / 2**20:6.1f} MiB"
                  f"   peak Python memory {peak:6.1f} MiB")  # fmt: skip
        print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    finally:
        connection.close()
        teardown_database(old_name)


if __name__ == "__main__":
    main()
