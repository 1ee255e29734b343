"""Deciding or cancelling many registrations at once from the secretariat's list: a page
first says what will happen and to how many; all or nothing then."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from plenaria.registration import services
from plenaria.registration.forms import BulkForm
from plenaria.registration.models import Registration
from plenaria.registration.views.desk import secretariat_event
from plenaria.registration.views.focal import focal_point_required

MAX_BULK = 500


def _done(action, count) -> str:
    if action == "approve":
        text = ngettext(
            "%(count)d registration approved.", "%(count)d registrations approved.", count
        )
    elif action == "reject":
        text = ngettext(
            "%(count)d registration rejected.", "%(count)d registrations rejected.", count
        )
    else:
        text = ngettext(
            "%(count)d registration cancelled.", "%(count)d registrations cancelled.", count
        )
    return text % {"count": count}


def _apply(actor, action, chosen, reason) -> int:
    if action in ("approve", "reject"):
        return services.decide_many(actor, chosen, approve=action == "approve", reason=reason)
    with transaction.atomic():
        for registration in chosen:
            services.cancel(actor, registration)
    return len(chosen)


@focal_point_required
@require_POST
def bulk(request, slug):
    event, _conf = secretariat_event(request, slug)
    ticked = request.POST.getlist("registrations")[:MAX_BULK]
    known = Registration.objects.filter(
        event=event,
        pk__in=[int(pk) for pk in ticked if pk.isascii() and pk.isdigit() and len(pk) < 19],
    ).values_list("pk", flat=True)
    form = BulkForm(request.POST, choices=list(known))
    back = redirect("registration:manage", event.slug)
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, " ".join(errors))
        return back
    action = form.cleaned_data["action"]
    chosen = list(
        Registration.objects.filter(event=event, pk__in=form.cleaned_data["registrations"])
        .select_related("organisation")
        .order_by("created_at", "id")
    )
    if request.POST.get("confirmed") != "yes":
        return render(
            request,
            "registration/manage_bulk.html",
            {"event": event, "form": form, "action": action, "chosen": chosen},
        )
    try:
        count = _apply(request.user, action, chosen, form.cleaned_data["reason"])
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _done(action, count))
    return back
