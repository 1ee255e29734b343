"""Pages of a designated focal point: only their own organisation's registrations.

A focal point sees the events the public can see; they decide and register delegates only
while an event's registration is open, and read the others (see ``rules.focal_window``).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from plenaria.core.timezones import format_date
from plenaria.directory.queries import organisations_of
from plenaria.events.choices import PUBLIC_STATUSES
from plenaria.events.models import Event
from plenaria.registration import queries, rules, services
from plenaria.registration.choices import Status
from plenaria.registration.forms import DecisionForm, RegistrationForm

focal_point_required = login_required  # to the one sign-in page (settings.LOGIN_URL)


def _event_and_conf(slug):
    """An event the public can see, with its registration settings; a draft is not found."""
    event = Event.objects.filter(slug=slug, status__in=PUBLIC_STATUSES).first()
    conf = services.settings_for(event) if event else None
    if conf is None:
        raise Http404
    return event, conf


def _read_only(request, event, conf) -> bool:
    """True, with a message saying why, when the focal point may not act on the event now."""
    if rules.may_act_as_focal_point(request.user, conf):
        return False
    messages.error(request, _closed_message(rules.focal_window(event, conf), conf))
    return True


def _closed_message(window, conf) -> str:
    if window == rules.UPCOMING:
        return _("Registration opens on %(date)s: nothing can be done before.") % {
            "date": format_date(conf.opens_at.date())
        }
    return _("Registration for this event is closed: its delegation can only be read.")


@focal_point_required
def delegations(request):
    mine = queries.of_focal_point(request.user)
    grouped = {rules.OPEN: [], rules.UPCOMING: [], rules.PAST: []}
    for event in queries.focal_events():
        grouped[rules.focal_window(event, event.registration_settings)].append(event)
    return render(
        request,
        "registration/focal_index.html",
        {
            "organisations": organisations_of(request.user),
            "open_events": grouped[rules.OPEN],
            "upcoming_events": grouped[rules.UPCOMING],
            "past_events": grouped[rules.PAST],
            "counts": queries.counts_by(mine, "event_id"),
        },
    )


def _decide(request, registrations, form):
    approve = form.cleaned_data["decision"] == "approve"
    try:
        done = services.decide_many(
            request.user, registrations, approve=approve, reason=form.cleaned_data["reason"]
        )
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        text = ngettext("%(count)d registration decided.", "%(count)d registrations decided.", done)
        messages.success(request, text % {"count": done})


@focal_point_required
@require_http_methods(["GET", "POST"])
def delegation(request, slug):
    event, conf = _event_and_conf(slug)
    mine = queries.of_focal_point(request.user).filter(event=event)
    pending = list(mine.filter(status=Status.PENDING).values_list("pk", flat=True))
    form = DecisionForm(request.POST or None, choices=pending)
    acting = rules.may_act_as_focal_point(request.user, conf)
    if request.method == "POST" and _read_only(request, event, conf):
        return redirect("registration:delegation", slug)
    if request.method == "POST":
        if form.is_valid() and form.cleaned_data["registrations"]:
            chosen = list(mine.filter(pk__in=form.cleaned_data["registrations"]))
            _decide(request, chosen, form)
            return redirect("registration:delegation", slug)
        for errors in form.errors.values():
            for message in errors:
                messages.error(request, message)
        if form.is_valid():
            messages.error(request, _("Tick the registrations to decide."))
    return render(
        request,
        "registration/focal_event.html",
        {
            "event": event,
            "registrations": queries.listed(mine, "name"),
            "form": form,
            "acting": acting,
            "closed_message": ""
            if acting
            else _closed_message(rules.focal_window(event, conf), conf),
            "ours": queries.balance(mine, conf),
            "overall": queries.balance(event.registrations.all(), conf),
        },
    )


@focal_point_required
@require_POST
def decide_one(request, pk):
    registration = queries.of_focal_point(request.user).filter(pk=pk).first()
    if registration is None:
        raise Http404
    event = registration.event
    if _read_only(request, event, services.settings_for(event)):
        return redirect("registration:delegation", event.slug)
    form = DecisionForm(request.POST, choices=[registration.pk])
    if form.is_valid():
        _decide(request, [registration], form)
    else:
        for errors in form.errors.values():
            for message in errors:
                messages.error(request, message)
    return redirect("registration:delegation", registration.event.slug)


@focal_point_required
@require_http_methods(["GET", "POST"])
def add_delegate(request, slug):
    event, conf = _event_and_conf(slug)
    organisations = organisations_of(request.user)
    if not organisations.exists():
        raise Http404
    if _read_only(request, event, conf):
        return redirect("registration:delegation", slug)
    form = RegistrationForm(request.POST or None, conf=conf, organisations=organisations)
    if request.method == "POST" and form.is_valid():
        registration = form.save(commit=False)
        registration.event, registration.language = event, get_language()
        try:
            services.register(request.user, registration, direct=True)
        except ValidationError as error:
            form.apply(error)
        else:
            messages.success(
                request, _("%(name)s is registered.") % {"name": registration.full_name}
            )
            return redirect("registration:delegation", slug)
    return render(request, "registration/focal_add.html", {"event": event, "form": form})
