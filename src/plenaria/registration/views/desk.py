"""The secretariat's page of one registration: its details, history and notifications, and
every action on it. What cannot be undone (approve, reject, cancel, promote) is asked first on
a page saying what will happen; the services do the work."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from plenaria.core import audit
from plenaria.core.roles import is_secretariat
from plenaria.events.models import Event
from plenaria.registration import desk_actions, services
from plenaria.registration.choices import Status
from plenaria.registration.forms import ChangeForm, CorrectionForm, ReasonForm
from plenaria.registration.models import Registration
from plenaria.registration.views.focal import focal_point_required

# The actions asked on a confirmation page, and the statuses each applies to.
CONFIRMED_ACTIONS = {
    "approve": [Status.PENDING],
    "reject": [Status.PENDING],
    "cancel": [Status.PENDING, Status.APPROVED, Status.SEATED, Status.WAITING],
    "promote": [Status.WAITING],
}


def secretariat_event(request, slug):
    """The event and its settings, for the secretariat only."""
    if not is_secretariat(request.user):
        raise PermissionDenied(_("Only the secretariat sees every registration."))
    event = Event.objects.filter(slug=slug).first()
    conf = services.settings_for(event) if event else None
    if conf is None:
        raise Http404
    return event, conf


def _registration(event, pk) -> Registration:
    found = (
        Registration.objects.filter(event=event, pk=pk)
        .select_related("organisation", "nationality", "event")
        .first()
    )
    if found is None:
        raise Http404
    return found


def _page(request, event, conf, registration, **forms):
    forms.setdefault("change_form", _change_form(conf, registration))
    forms.setdefault("correction_form", CorrectionForm(instance=registration))
    return render(
        request,
        "registration/manage_one.html",
        {
            "event": event,
            "conf": conf,
            "r": registration,
            "history": audit.history(registration).order_by("-at", "-id")[:100],
            "notifications": registration.notifications.order_by("-created_at", "-id")[:100],
            "actions": [
                name
                for name, statuses in CONFIRMED_ACTIONS.items()
                if registration.status in statuses
            ],
            **forms,
        },
        status=400 if any(form.errors for form in forms.values()) else 200,
    )


def _change_form(conf, registration, data=None):
    initial = {
        "mode": registration.mode,
        "interpretation_language": registration.interpretation_language,
    }
    return ChangeForm(data, conf=conf, initial=initial)


def _back(event, registration):
    return redirect("registration:manage_one", event.slug, registration.pk)


@focal_point_required
def detail(request, slug, pk):
    event, conf = secretariat_event(request, slug)
    return _page(request, event, conf, _registration(event, pk))


@focal_point_required
@require_http_methods(["GET", "POST"])
def confirm(request, slug, pk, action):
    """Ask, then do: approve, reject (with the reason), cancel, promote."""
    event, conf = secretariat_event(request, slug)
    registration = _registration(event, pk)
    if action not in CONFIRMED_ACTIONS:
        raise Http404
    form = ReasonForm(request.POST or None) if action == "reject" else None
    if request.method == "POST" and (form is None or form.is_valid()):
        try:
            done = _do(request.user, registration, action, form)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            status = done.get_status_display()
            messages.success(request, f"{DONE[action]()} {_now(status)}")
        return _back(event, registration)
    taken, limit = desk_actions.places(conf, registration.mode)
    return render(
        request,
        "registration/manage_confirm.html",
        {
            "event": event,
            "r": registration,
            "action": action,
            "form": form,
            "possible": registration.status in CONFIRMED_ACTIONS[action],
            "taken": taken,
            "limit": limit,
            "beyond": limit is not None and taken >= limit,
        },
        status=400 if form is not None and form.errors else 200,
    )


DONE = {
    "approve": lambda: _("The registration was approved."),
    "reject": lambda: _("The registration was rejected; the person is told why."),
    "cancel": lambda: _("The registration was cancelled; the person is told."),
    "promote": lambda: _("The registration was given its place; the person is told."),
}


def _now(status) -> str:
    return _("Its status is now: %(status)s.") % {"status": status}


def _do(actor, registration, action, form) -> Registration:
    if action == "approve":
        return services.decide(actor, registration, approve=True)
    if action == "reject":
        reason = form.cleaned_data["reason"]
        return services.decide(actor, registration, approve=False, reason=reason)
    if action == "cancel":
        return services.cancel(actor, registration)
    return desk_actions.promote(actor, registration)


@focal_point_required
@require_POST
def change(request, slug, pk):
    event, conf = secretariat_event(request, slug)
    registration = _registration(event, pk)
    form = _change_form(conf, registration, request.POST)
    if form.is_valid():
        try:
            services.change(request.user, registration, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error.messages)
        else:
            messages.success(request, _("The attendance and interpretation were saved."))
            return _back(event, registration)
    return _page(request, event, conf, registration, change_form=form)


@focal_point_required
@require_POST
def correct(request, slug, pk):
    event, conf = secretariat_event(request, slug)
    registration = _registration(event, pk)
    form = CorrectionForm(request.POST, instance=registration)
    if form.is_valid():
        try:
            desk_actions.correct_details(request.user, registration, **form.cleaned_data)
        except ValidationError as error:
            if hasattr(error, "error_dict"):
                for field, errors in error.error_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                form.add_error(None, error.messages)
        else:
            messages.success(request, _("The personal details were corrected."))
            return _back(event, registration)
    return _page(request, event, conf, _registration(event, pk), correction_form=form)


@focal_point_required
@require_POST
def resend(request, slug, pk):
    event, _conf = secretariat_event(request, slug)
    registration = _registration(event, pk)
    try:
        desk_actions.resend_link(request.user, registration)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The private link is being sent to the person's address."))
    return _back(event, registration)
