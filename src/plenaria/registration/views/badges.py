"""Printing badges: one person, a delegation or everyone, on A6 cards or A4 sheets; and
replacing one person's lost badge.

The secretariat prints any badge of an event; a focal point only their own delegation's.
Printing never revokes a badge: it prints the badges people hold and issues the missing
ones (a POST, as it may issue badges). Replacing revokes the person's badge, so it is asked
for on a page of its own that says what will happen, and confirmed by a POST.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from plenaria.core import names
from plenaria.core.roles import is_secretariat
from plenaria.directory.queries import organisations_of
from plenaria.events.choices import PUBLIC_STATUSES
from plenaria.events.models import Event
from plenaria.registration import badge_queries, queries, rules
from plenaria.registration.badge_pdf import LAYOUTS, render_badges
from plenaria.registration.badges import current_badge, issue_badges, replace_badge
from plenaria.registration.models import Registration
from plenaria.registration.views.focal import focal_point_required

SEARCH_LIMIT = 50


def _event_and_scope(request, slug):
    """The event and the registrations this user may print badges for."""
    event = Event.objects.filter(slug=slug, registration_settings__isnull=False).first()
    if event is None:
        raise Http404
    if is_secretariat(request.user):
        return event, Registration.objects.filter(event=event)
    if not organisations_of(request.user).exists():
        raise PermissionDenied(_("Only the secretariat and focal points print badges."))
    if event.status not in PUBLIC_STATUSES:
        raise Http404
    return event, queries.of_focal_point(request.user).filter(event=event)


def _digits(value: str) -> int | None:
    value = (value or "").strip()
    return int(value) if value.isdigit() and len(value) < 12 else None


@focal_point_required
def badges(request, slug):
    event, scope = _event_and_scope(request, slug)
    search = request.GET.get("name", "").strip()[:100]
    found = []
    typed = names.all_words(search, "first_name", "last_name")
    if typed is not None:
        found = badge_queries.for_printing(scope.filter(typed)).select_related("organisation")[
            :SEARCH_LIMIT
        ]
    return render(
        request,
        "registration/badges.html",
        {
            "event": event,
            "delegations": badge_queries.delegations(scope),
            "holders": badge_queries.badge_holders(scope).count(),
            "search": search,
            "found": found,
            "layouts": LAYOUTS,
        },
    )


@focal_point_required
@require_POST
def print_badges(request, slug):
    event, scope = _event_and_scope(request, slug)
    layout = request.POST.get("layout", "")
    if layout not in LAYOUTS:
        messages.error(request, _("Choose A6 cards or A4 sheets."))
        return redirect("registration:badges", slug)
    chosen = scope
    if "registration" in request.POST:
        chosen = scope.filter(pk=_digits(request.POST["registration"]))
        if not chosen.exists():
            raise Http404
    elif "organisation" in request.POST:
        organisation_id = _digits(request.POST["organisation"])
        if not rules.may_print_badges(request.user, organisation_id):
            raise Http404
        chosen = scope.filter(organisation_id=organisation_id)
    printed = issue_badges(request.user, badge_queries.for_printing(chosen))
    if not printed:
        messages.error(
            request, _("Only participants admitted to attend in person get a badge: none here.")
        )
        return redirect("registration:badges", slug)
    return _pdf(printed, layout, f"{event.slug}-badges-{layout}.pdf")


def _pdf(badges, layout, filename) -> HttpResponse:
    response = HttpResponse(render_badges(badges, layout), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@focal_point_required
@require_http_methods(["GET", "POST"])
def replace(request, slug, pk):
    """Replace one person's lost badge: a page says what will happen; its POST does it and
    gives the new badge to print."""
    event, scope = _event_and_scope(request, slug)
    holder = badge_queries.badge_holders(scope).filter(pk=pk).first()
    if holder is None:
        raise Http404
    if request.method == "POST":
        layout = request.POST.get("layout", "")
        if layout not in LAYOUTS:
            messages.error(request, _("Choose A6 cards or A4 sheets."))
        else:
            try:
                badge = replace_badge(request.user, holder)
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                return _pdf([badge], layout, f"{event.slug}-badge-{badge.pk}-{layout}.pdf")
    return render(
        request,
        "registration/badge_replace.html",
        {"event": event, "holder": holder, "badge": current_badge(holder), "layouts": LAYOUTS},
    )
