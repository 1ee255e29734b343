"""Reusable read queries: registration lists, filters and the balance of a delegation."""

from django.db.models import Count, Q, QuerySet

from plenaria.directory.queries import organisations_of
from plenaria.registration.choices import ACTIVE_STATUSES, Gender, Mode
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


def listed(queryset: QuerySet) -> QuerySet:
    return queryset.select_related("organisation", "nationality", "event").order_by(
        "created_at", "id"
    )


def of_event(event, params=None) -> QuerySet[Registration]:
    queryset = Registration.objects.filter(event=event)
    for name, lookup in FILTERS.items():
        value = str((params or {}).get(name, ""))
        if name == "organisation" and not value.isdigit():
            continue  # an identifier typed by hand: ignore rather than fail
        if value:
            queryset = queryset.filter(**{lookup: value[:40]})
    return listed(queryset.distinct() if (params or {}).get("grouping") else queryset)


def of_focal_point(user) -> QuerySet[Registration]:
    """Only the registrations of the organisations the user is a focal point for."""
    return listed(Registration.objects.filter(organisation__in=organisations_of(user)))


def _share(part: int, whole: int) -> float | None:
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
    figures["women_share"] = _share(figures["women"], figures["size"])
    figures["young_share"] = _share(figures["young"], figures["size"])
    return figures


def counts_by(queryset: QuerySet[Registration], field: str) -> dict[str, int]:
    rows = queryset.order_by().values(field).annotate(n=Count("id"))
    return {row[field]: row["n"] for row in rows}
