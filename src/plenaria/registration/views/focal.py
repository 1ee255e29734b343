"""Pages of a designated focal point: only their own organisation's registrations."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from plenaria.directory.queries import organisations_of
from plenaria.events.models import Event
from plenaria.registration import queries, services
from plenaria.registration.choices import Status
from plenaria.registration.forms import DecisionForm, RegistrationForm

focal_point_required = login_required(login_url=reverse_lazy("registration:login"))


def _event_and_conf(slug):
    event = Event.objects.filter(slug=slug).first()
    conf = services.settings_for(event) if event else None
    if conf is None:
        raise Http404
    return event, conf


@focal_point_required
def delegations(request):
    mine = queries.of_focal_point(request.user)
    events = Event.objects.filter(registration_settings__isnull=False).order_by("-start")
    return render(
        request,
        "registration/focal_index.html",
        {
            "organisations": organisations_of(request.user),
            "events": events,
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
        messages.success(request, _("%(count)d registration(s) decided.") % {"count": done})


@focal_point_required
@require_http_methods(["GET", "POST"])
def delegation(request, slug):
    event, conf = _event_and_conf(slug)
    mine = queries.of_focal_point(request.user).filter(event=event)
    pending = list(mine.filter(status=Status.PENDING).values_list("pk", flat=True))
    form = DecisionForm(request.POST or None, choices=pending)
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
            "registrations": mine,
            "form": form,
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
