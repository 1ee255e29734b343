"""The public registration form and the registrant's private page.

The form never shows the private link: it goes only to the address typed, and opening it
confirms that address (see ``registration.confirmation``). Whether the address was new or
registered already, the form answers the same: a redirect to the "Check your mailbox" page,
whose signed token carries only the deadline (the post stays as quick as the rush needs, and
reloading the page posts nothing again).
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from plenaria.accounts.throttle import TOO_MANY_REGISTRATIONS, registration_limited
from plenaria.core.participation import remember_admitted
from plenaria.events.choices import PUBLIC_STATUSES
from plenaria.registration import confirmation, services
from plenaria.registration.choices import ADMITTED
from plenaria.registration.forms import ChangeForm, RegistrationForm
from plenaria.registration.tokens import make_receipt, read_receipt, registration_from_token


def _unavailable(request, message, status=404):
    return render(request, "registration/unavailable.html", {"message": message}, status=status)


@require_http_methods(["GET", "POST"])
def register(request, slug):
    conf = services.public_settings(slug, PUBLIC_STATUSES)
    if conf is None:
        return _unavailable(request, _("This event does not take registrations."))
    event = conf.event
    form = RegistrationForm(request.POST or None, conf=conf)
    if request.method == "POST" and registration_limited(request):
        form.add_error(None, TOO_MANY_REGISTRATIONS)
        context = {"event": event, "conf": conf, "form": form, "is_open": conf.is_open()}
        return render(request, "registration/register.html", context, status=429)
    if request.method == "POST" and form.is_valid():
        registration = form.save(commit=False)
        registration.event = event
        registration.language = get_language()
        try:
            deadline = confirmation.submit(registration, conf=conf)
        except ValidationError as error:
            form.apply(error)
        else:
            # From what was typed: the same for a new address and one registered already.
            receipt = make_receipt(deadline, conf.needs_approval(registration.organisation))
            return redirect("registration:received", event.slug, receipt, permanent=False)
    return render(
        request,
        "registration/register.html",
        {"event": event, "conf": conf, "form": form, "is_open": conf.is_open()},
    )


@require_http_methods(["GET"])
def received(request, slug, receipt):
    """The same page for every registration taken (or address registered already)."""
    conf = services.public_settings(slug, PUBLIC_STATUSES)
    found = read_receipt(receipt)
    if conf is None or found is None:
        return _unavailable(request, _("This page is not available."))
    deadline, needs_approval = found
    context = {"event": conf.event, "deadline": deadline, "needs_approval": needs_approval}
    return render(request, "registration/received.html", context)


@require_http_methods(["GET", "POST"])
def mine(request, token):
    registration = registration_from_token(token)
    if registration is None:
        return _unavailable(request, _("This link is not valid. Use the link from your e-mail."))
    # Only the address's owner has the link: opening it proves the address.
    registration = confirmation.confirm_address(registration)
    remember_admitted(request, registration.event_id, registration.status in ADMITTED.values())
    conf = services.settings_for(registration.event)
    initial = {
        "mode": registration.mode,
        "interpretation_language": registration.interpretation_language,
    }
    form = ChangeForm(request.POST or None, conf=conf, initial=initial)
    if request.method == "POST":
        try:
            if request.POST.get("action") == "cancel":
                services.cancel(None, registration)
                messages.success(request, _("Your registration is cancelled."))
                return redirect("registration:mine", token)
            if form.is_valid():
                services.change(None, registration, **form.cleaned_data)
                messages.success(request, _("Your registration has been changed."))
                return redirect("registration:mine", token)
        except ValidationError as error:
            for field, errors in getattr(error, "error_dict", {None: error.error_list}).items():
                form.add_error(field if field in form.fields else None, errors)
    return render(
        request,
        "registration/mine.html",
        {"registration": registration, "conf": conf, "form": form, "event": registration.event},
    )
