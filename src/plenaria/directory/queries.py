from django.db.models import QuerySet

from plenaria.directory.models import FocalPoint, Organisation


def organisations() -> QuerySet[Organisation]:
    return Organisation.objects.select_related("country").prefetch_related("country__groupings")


def organisations_of(user) -> QuerySet[Organisation]:
    """The organisations for which ``user`` is a designated focal point."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    return Organisation.objects.filter(contacts__focal_point__user=user).distinct()


def focal_points_of(organisation: Organisation) -> QuerySet[FocalPoint]:
    return FocalPoint.objects.filter(contact__organisation=organisation).select_related(
        "contact", "user"
    )
