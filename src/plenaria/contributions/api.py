"""The pledges API: thin routes over the pledging services and the public figures.

Anyone reads published pledges, their published progress reports and the figures, with the
public pages' filters and counted by the same code (``pledges.figures``), so the numbers are
the same whichever way they are reached. A signed-in pledger lists, writes and submits their
organisations' pledges through ``pledges.submission``; a pledge of any other organisation is
answered 404, as if it did not exist. A filter value Plenaria does not know is refused (400)
rather than silently left out, so that a program never counts the wrong set.
"""

from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Query, Router
from ninja.pagination import paginate
from ninja.responses import Status

from plenaria.contributions.models import (
    BeneficiaryGroup,
    Campaign,
    FocusArea,
    Pillar,
    Pledge,
    PledgeComment,
)
from plenaria.contributions.pledges import submission
from plenaria.contributions.pledges.access import pledges_of_pledger
from plenaria.contributions.pledges.figures import figures
from plenaria.contributions.pledges.filters import FILTER_NAMES, filter_pledges, published
from plenaria.contributions.pledges.progress_view import published_reports
from plenaria.contributions.schemas import (
    FiguresOut,
    FiguresQuery,
    NewPledgeIn,
    OwnPledgeOut,
    PledgeFilters,
    PledgeIn,
    PledgeOut,
    ReportOut,
)
from plenaria.core.pagination import BoundedPageNumberPagination
from plenaria.directory.models import Organisation
from plenaria.registration.schemas import ErrorOut

router = Router(tags=["pledges"])
PAGE_SIZE = 50
ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut}
RELATED = ("focus_areas", "pillars", "beneficiaries", "sdgs", "countries", "partners")
# A code no row has: an unknown code sent by a caller is refused by the rules' own message.
NO_ROW = -1


def _listed(pledges):
    return pledges.select_related("organisation", "campaign").prefetch_related(*RELATED)


def _chosen(request, as_of=None):
    """The published pledges the query string's filters choose; a value no filter knows is
    refused, named by its filter, where the pages leave it out with a message."""
    chosen = filter_pledges(request.GET, as_of=as_of)
    if chosen.problems:
        errors = {}
        for name in FILTER_NAMES:
            kept = set(chosen.chosen.get(name, []))
            for raw in request.GET.getlist(name)[:50]:
                value = raw.strip()
                if value and value not in kept and value.upper() not in kept:
                    errors.setdefault(name, []).append(
                        _("“%(value)s” is not a value Plenaria knows.") % {"value": value[:40]}
                    )
        raise ValidationError(errors or {"__all__": chosen.problems})
    return chosen


@router.get("/", auth=None, response={200: list[PledgeOut], **ERRORS})
@paginate(BoundedPageNumberPagination, page_size=PAGE_SIZE)
def published_pledges(request, filters: Query[PledgeFilters]):
    """Published pledges, newest first, with the filters of the public pages."""
    return _listed(_chosen(request).pledges)


@router.get("/figures", auth=None, response={200: FiguresOut, **ERRORS})
def pledge_figures(request, filters: Query[FiguresQuery]):
    """The counter and every breakdown of the published pledges the filters choose, as of a
    day if given: the figures of the public page and of the annual report."""
    # As on the report page, a day ahead counts as today (nothing is published later yet).
    as_of = filters.as_of and min(filters.as_of, timezone.localdate())
    chosen = _chosen(request, as_of=as_of)
    # Unfiltered, every published pledge: the figures the pages keep in the cache.
    return figures(chosen.pledges if chosen.is_filtered else None, as_of=as_of).as_data()


@router.get("/{int:pk}", auth=None, response={200: PledgeOut, **ERRORS})
def published_pledge(request, pk: int):
    """One published pledge."""
    return get_object_or_404(_listed(published()), pk=pk)


@router.get("/{int:pk}/reports", auth=None, response={200: list[ReportOut], **ERRORS})
def pledge_reports(request, pk: int):
    """A published pledge's published progress reports, oldest cycle first."""
    return published_reports(get_object_or_404(published(), pk=pk))


def _own(request, pk: int):
    comments = Prefetch("comments", PledgeComment.objects.order_by("created_at", "pk"))
    found = _listed(pledges_of_pledger(request.user)).prefetch_related(comments)
    pledge = found.filter(pk=pk).first()
    if pledge is None:
        raise Http404(_("None of your organisations has a pledge with this number."))
    return pledge


def _codes(model, codes: list[str]) -> list[int]:
    known = dict(model.objects.filter(code__in=codes).values_list("code", "pk"))
    return [known.get(code, NO_ROW) for code in codes]


def _data(payload: PledgeIn) -> dict:
    """What the services read, from the API's codes: rows' keys, a campaign's key."""
    data = payload.dict(exclude={"organisation", "submission_key"})
    data["focus_areas"] = _codes(FocusArea, payload.focus_areas)
    data["pillars"] = _codes(Pillar, payload.pillars)
    data["beneficiaries"] = _codes(BeneficiaryGroup, payload.beneficiaries)
    data["countries"] = [code.strip().upper() for code in payload.countries]
    if payload.campaign:
        campaign = Campaign.objects.filter(slug=payload.campaign).first()
        data["campaign"] = campaign.pk if campaign else NO_ROW
    return data


@router.get("/mine", response={200: list[OwnPledgeOut], **ERRORS})
@paginate(BoundedPageNumberPagination, page_size=PAGE_SIZE)
def own_pledges(request):
    """Every pledge of the organisations the caller pledges for, at any stage."""
    comments = Prefetch("comments", PledgeComment.objects.order_by("created_at", "pk"))
    return _listed(pledges_of_pledger(request.user)).prefetch_related(comments)


@router.get("/mine/{int:pk}", response={200: OwnPledgeOut, **ERRORS})
def own_pledge(request, pk: int):
    return _own(request, pk)


@router.post("/mine", response={200: OwnPledgeOut, 201: OwnPledgeOut, **ERRORS})
def create_draft(request, payload: NewPledgeIn):
    """Save a new draft. Sent again with the same ``submission_key``, it answers 200 with the
    pledge made the first time and creates nothing."""
    organisation = Organisation.objects.filter(pk=payload.organisation).first()
    if organisation is None:
        raise Http404(_("No organisation has this number."))
    key = payload.submission_key
    existed = key is not None and Pledge.objects.filter(submission_key=key).exists()
    pledge = submission.save_draft(request.user, organisation, _data(payload), key=key)
    return Status(200 if existed else 201, _own(request, pledge.pk))


@router.put("/mine/{int:pk}", response={200: OwnPledgeOut, **ERRORS})
def update_draft(request, pk: int, payload: PledgeIn):
    """Replace a draft, or a pledge returned with comments, with what is sent."""
    submission.update_draft(request.user, _own(request, pk), _data(payload))
    return _own(request, pk)


@router.post("/mine/{int:pk}/submit", response={200: OwnPledgeOut, **ERRORS})
def submit_pledge(request, pk: int):
    """Hand the pledge to the secretariat for review."""
    submission.submit(request.user, _own(request, pk))
    return _own(request, pk)
