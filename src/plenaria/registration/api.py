"""The registration API: thin routes over the services and queries, like the pages.

The public may register (answered 202 whether the address is new or registered already; the
private link goes only to the address); the secretariat lists every registration of an event
and reads its figures; a focal point lists, decides and cancels only their own organisations'
registrations (anyone else's is answered 404, as on the pages).
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from ninja import Query, Router
from ninja.pagination import paginate
from ninja.responses import Status

from plenaria.accounts.throttle import TOO_MANY_REQUESTS, registration_limited
from plenaria.core.pagination import BoundedPageNumberPagination
from plenaria.core.roles import is_secretariat
from plenaria.events.choices import PUBLIC_STATUSES
from plenaria.events.models import Event
from plenaria.registration import confirmation, queries, services
from plenaria.registration.forms import RegistrationForm
from plenaria.registration.schemas import (
    DecisionIn,
    ErrorOut,
    EventBalanceOut,
    LanguageDemandOut,
    OwnFilters,
    ReceivedOut,
    RegistrationFilters,
    RegistrationIn,
    RegistrationOut,
)
from plenaria.registration.templatetags.registration_mail import in_event_zone

router = Router(tags=["registration"])
PAGE_SIZE = 50
ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut}


def _conf(event):
    conf = services.settings_for(event) if event else None
    if conf is None:
        raise Http404(_("This event does not take registrations."))
    return conf


def _secretariat_event(request, slug):
    if not is_secretariat(request.user):
        raise PermissionDenied(_("Only the secretariat sees every registration."))
    event = Event.objects.filter(slug=slug).first()
    return event, _conf(event)


def _form_data(payload: RegistrationIn) -> dict:
    data = payload.dict(exclude={"language"})
    for name, value in data.items():
        if value is None:
            data[name] = ""
        elif hasattr(value, "isoformat"):
            data[name] = value.isoformat()
    return data


@router.post(
    "/events/{slug}/register", auth=None, response={202: ReceivedOut, 429: ErrorOut, **ERRORS}
)
def register(request, slug: str, payload: RegistrationIn):
    """Register for an event, with the rules and messages of the public form. The private
    link is mailed to the address; the registration lapses unless it is opened by
    ``confirm_by``. An address registered already gets the same answer (its owner is sent
    their link again)."""
    if registration_limited(request):
        return Status(429, {"detail": str(TOO_MANY_REQUESTS), "errors": {}})
    event = Event.objects.filter(slug=slug, status__in=PUBLIC_STATUSES).first()
    conf = _conf(event)
    form = RegistrationForm(_form_data(payload), conf=conf)
    if not form.is_valid():
        errors = {name: list(messages) for name, messages in form.errors.items()}
        detail = " ".join(message for messages in errors.values() for message in messages)
        return Status(422, {"detail": detail, "errors": errors})
    registration = form.save(commit=False)
    # What the form leaves out when the event does not offer it is still refused by the rules.
    registration.visa_requested = payload.visa_requested
    registration.interpretation_language = payload.interpretation_language
    registration.event = event
    registration.language = payload.language or get_language()
    deadline = confirmation.submit(registration, conf=conf)
    detail = _(
        "Check your mailbox: we sent a message to the address given. Open the link in it "
        "before %(deadline)s to confirm the address, or the registration lapses."
    ) % {"deadline": in_event_zone(deadline, event)}
    return Status(202, {"status": "received", "detail": detail, "confirm_by": deadline})


@router.get("/events/{slug}/registrations", response={200: list[RegistrationOut], **ERRORS})
@paginate(BoundedPageNumberPagination, page_size=PAGE_SIZE)
def event_registrations(request, slug: str, filters: Query[RegistrationFilters]):
    """Every registration of the event, with the filters of the secretariat's list."""
    event = _secretariat_event(request, slug)[0]
    return queries.of_event(event, filters.dict(exclude_none=True))


@router.get("/events/{slug}/balance", response={200: EventBalanceOut, **ERRORS})
def event_balance(request, slug: str):
    """Size, women's and young people's share, in person and remote: the event and each
    delegation, largest first."""
    event, conf = _secretariat_event(request, slug)
    delegations = queries.balance_by_organisation(event, conf)
    for row in delegations:
        row["organisation_name"] = str(row["organisation"] or "")
        row["organisation"] = row["organisation_id"]
    return {"overall": queries.overall_balance(delegations), "delegations": delegations}


@router.get("/events/{slug}/interpretation", response={200: list[LanguageDemandOut], **ERRORS})
def interpretation_demand(request, slug: str):
    """Active registrations asking for interpretation, per language, in person and remote."""
    event = _secretariat_event(request, slug)[0]
    return queries.interpretation_demand(event)


@router.get("/registrations/mine", response={200: list[RegistrationOut], **ERRORS})
@paginate(BoundedPageNumberPagination, page_size=PAGE_SIZE)
def own_registrations(request, filters: Query[OwnFilters]):
    """A focal point's registrations: those of the organisations they are focal point of."""
    mine = queries.of_focal_point(request.user)
    return mine.filter(event__slug=filters.event) if filters.event else mine


def _manageable(request, pk):
    registration = queries.manageable_by(request.user).filter(pk=pk).first()
    if registration is None:
        raise Http404
    return registration


@router.post("/registrations/{int:pk}/decision", response={200: RegistrationOut, **ERRORS})
def decide(request, pk: int, payload: DecisionIn):
    """Approve or reject a registration awaiting a decision (a reason is needed to reject)."""
    registration = services.decide(
        request.user, _manageable(request, pk), approve=payload.approve, reason=payload.reason
    )
    return queries.listed(type(registration).objects.filter(pk=registration.pk)).get()


@router.post("/registrations/{int:pk}/cancel", response={200: RegistrationOut, **ERRORS})
def cancel(request, pk: int):
    """Cancel a registration; a place freed goes to the first person waiting."""
    registration = services.cancel(request.user, _manageable(request, pk))
    return queries.listed(type(registration).objects.filter(pk=registration.pk)).get()
