"""Reusable read queries: registration lists, filters, the balance of delegations and the
interpretation demand."""

from django.db.models import Count, Q, QuerySet

from plenaria.core.collation import by_name
from plenaria.core.roles import is_secretariat
from plenaria.directory.models import Organisation
from plenaria.directory.queries import organisations_of
from plenaria.events.choices import PUBLIC_STATUSES
from plenaria.events.models import Event
from plenaria.registration import search
from plenaria.registration.choices import ACTIVE_STATUSES, Gender, Mode, UnLanguage
from plenaria.registration.models import Registration

# Filters of the secretariat list: query parameter → lookup.
FILTERS = {
    "status": "status",
    "mode": "mode",
    "organisation": "organisation_id",
    "country": "organisation__country_id",
    "region": "organisation__country__itu_region",
    "grouping": "organisation__country__groupings__code",
    "capacity": "capacity",
    "gender": "gender",
    "interpretation": "interpretation_language",
}


def listed(queryset: QuerySet, order: str = "") -> QuerySet:
    """Registrations in the order they came, or by name (``order="name"``) in the collation
    of the reader's language."""
    ordering = ["created_at"] if order != "name" else by_name("last_name", "first_name")
    return queryset.select_related("organisation", "nationality", "event").order_by(*ordering, "id")


def of_event(event, params=None) -> QuerySet[Registration]:
    """The event's registrations matching the filters and the words searched (``q``)."""
    params = params or {}
    queryset = Registration.objects.filter(event=event)
    for name, lookup in FILTERS.items():
        value = str(params.get(name, "")).strip()
        if name == "organisation" and not (value.isascii() and value.isdigit() and len(value) < 19):
            continue  # an identifier typed by hand: ignore rather than fail
        if name == "country" and value:
            queryset = queryset.filter(organisation__country_id__in=country_filter(value))
        elif value:
            queryset = queryset.filter(**{lookup: value[:40]})
    found = search.matching(str(params.get("q", "")))
    if found is not None:
        queryset = queryset.filter(found)
    queryset = queryset.distinct() if params.get("grouping") else queryset
    return listed(queryset, str(params.get("order", "")))


def country_filter(value: str) -> set[str]:
    """A country typed or chosen: its code in any case ("rw", "RW"), else its name in any of
    the six languages ("Rwanda")."""
    value = value[:60]
    if len(value) == 2 and value.isascii() and value.isalpha():
        return {value.upper()}
    return search.country_codes(value)


def of_focal_point(user) -> QuerySet[Registration]:
    """Only the registrations of the organisations the user is a focal point for, at events
    the public can see: a draft's are the secretariat's alone."""
    return listed(
        Registration.objects.filter(
            organisation__in=organisations_of(user), event__status__in=PUBLIC_STATUSES
        )
    )


def focal_events() -> QuerySet[Event]:
    """The events a focal point may see: published (or since closed or archived) and taking
    registrations, with their settings, newest first."""
    return (
        Event.objects.filter(status__in=PUBLIC_STATUSES, registration_settings__isnull=False)
        .select_related("registration_settings")
        .order_by("-start", "id")
    )


def share(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def balance(queryset: QuerySet[Registration], conf) -> dict:
    """Size, women's and young people's share, in person vs remote, of active registrations."""
    year = conf.event.start.year
    youth = Q(
        year_of_birth__gte=year - conf.youth_max_age, year_of_birth__lte=year - conf.youth_min_age
    )
    figures = queryset.filter(status__in=ACTIVE_STATUSES).aggregate(
        size=Count("id"),
        women=Count("id", filter=Q(gender=Gender.WOMAN)),
        young=Count("id", filter=youth),
        in_person=Count("id", filter=Q(mode=Mode.IN_PERSON)),
        remote=Count("id", filter=Q(mode=Mode.REMOTE)),
    )
    figures["women_share"] = share(figures["women"], figures["size"])
    figures["young_share"] = share(figures["young"], figures["size"])
    return figures


def counts_by(queryset: QuerySet[Registration], field: str) -> dict[str, int]:
    rows = queryset.order_by().values(field).annotate(n=Count("id"))
    return {row[field]: row["n"] for row in rows}


def youth(conf) -> Q:
    year = conf.event.start.year
    return Q(
        year_of_birth__gte=year - conf.youth_max_age, year_of_birth__lte=year - conf.youth_min_age
    )


def balance_by_organisation(event, conf) -> list[dict]:
    """The balance of each delegation of the event, largest first: one grouped query, and one
    more to name the organisations. People registered without an organisation form one row."""
    rows = list(
        Registration.objects.filter(event=event, status__in=ACTIVE_STATUSES)
        .order_by()
        .values("organisation_id")
        .annotate(
            size=Count("id"),
            women=Count("id", filter=Q(gender=Gender.WOMAN)),
            young=Count("id", filter=youth(conf)),
            in_person=Count("id", filter=Q(mode=Mode.IN_PERSON)),
            remote=Count("id", filter=Q(mode=Mode.REMOTE)),
        )
    )
    named = Organisation.objects.in_bulk(
        [r["organisation_id"] for r in rows if r["organisation_id"]]
    )
    for row in rows:
        row["organisation"] = named.get(row["organisation_id"])
        row["women_share"] = share(row["women"], row["size"])
        row["young_share"] = share(row["young"], row["size"])
    return sorted(rows, key=lambda row: (-row["size"], str(row["organisation"] or "")))


def status_language_mode(event, organisations=None) -> list[dict]:
    """How many registrations of the event there are per status, interpretation language and
    mode (of ``organisations`` only, if given): one grouped scan, a few dozen rows, from
    which the page's counts are summed."""
    found = Registration.objects.filter(event=event)
    if organisations is not None:
        found = found.filter(organisation__in=organisations)
    return list(
        found.order_by().values("status", "interpretation_language", "mode").annotate(n=Count("id"))
    )


def by_status(rows: list[dict]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for row in rows:
        totals[row["status"]] = totals.get(row["status"], 0) + row["n"]
    return totals


def interpretation_demand(event, rows: list[dict] | None = None) -> list[dict]:
    """Active registrations asking for each language, in person and remote."""
    demand = {code: {"total": 0, "in_person": 0, "remote": 0} for code in UnLanguage.values}
    for row in status_language_mode(event) if rows is None else rows:
        wanted = demand.get(row["interpretation_language"])
        if wanted is not None and row["status"] in ACTIVE_STATUSES:
            wanted["total"] += row["n"]
            wanted[row["mode"]] += row["n"]
    return [
        {"language": code, "label": str(label), **demand[code]}
        for code, label in UnLanguage.choices
    ]


def overall_balance(delegations: list[dict]) -> dict:
    """The whole event's balance, summed from the rows of ``balance_by_organisation``."""
    keys = ("size", "women", "young", "in_person", "remote")
    figures = {key: sum(row[key] for row in delegations) for key in keys}
    figures["women_share"] = share(figures["women"], figures["size"])
    figures["young_share"] = share(figures["young"], figures["size"])
    return figures


def manageable_by(user) -> QuerySet[Registration]:
    """What a user may act on: every registration for the secretariat, else their own."""
    if is_secretariat(user):
        return listed(Registration.objects.all())
    return of_focal_point(user)
