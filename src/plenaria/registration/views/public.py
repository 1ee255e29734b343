"""The public registration form and the registrant's private page."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from plenaria.core.participation import remember_admitted
from plenaria.events.choices import PUBLIC_STATUSES
from plenaria.registration import services
from plenaria.registration.choices import ADMITTED
from plenaria.registration.forms import ChangeForm, RegistrationForm
from plenaria.registration.tokens import make_token, registration_from_token


def _unavailable(request, message, status=404):
    return render(request, "registration/unavailable.html", {"message": message}, status=status)


@require_http_methods(["GET", "POST"])
def register(request, slug):
    conf = services.public_settings(slug, PUBLIC_STATUSES)
    if conf is None:
        return _unavailable(request, _("This event does not take registrations."))
    event = conf.event
    form = RegistrationForm(request.POST or None, conf=conf)
    if request.method == "POST" and form.is_valid():
        registration = form.save(commit=False)
        registration.event = event
        registration.language = get_language()
        try:
            services.register(None, registration, conf=conf)
        except ValidationError as error:
            form.apply(error)
        else:
            messages.success(request, _("Thank you: your registration has been received."))
            return redirect("registration:mine", make_token(registration))
    return render(
        request,
        "registration/register.html",
        {"event": event, "conf": conf, "form": form, "is_open": conf.is_open()},
    )


@require_http_methods(["GET", "POST"])
def mine(request, token):
    registration = registration_from_token(token)
    if registration is None:
        return _unavailable(request, _("This link is not valid. Use the link from your e-mail."))
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
