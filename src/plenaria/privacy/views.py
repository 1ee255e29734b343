"""The secretariat's pages on one person's data: find by address, read everything held,
download it as JSON, erase it after a confirmation.

The address being looked at is kept in the session, not in the pages' addresses, so that it
appears in no server log or browser history.
"""

import functools
import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from plenaria.core.roles import is_secretariat
from plenaria.privacy import presentation, services
from plenaria.privacy.forms import EraseForm, PersonForm

SESSION_KEY = "privacy_email"


def secretariat_required(view):
    @login_required
    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if not is_secretariat(request.user):
            raise PermissionDenied(_("Only the secretariat handles personal data requests."))
        return view(request, *args, **kwargs)

    return wrapped


def _person_or_none(request) -> str:
    return request.session.get(SESSION_KEY, "")


@secretariat_required
@require_http_methods(["GET", "POST"])
def find(request):
    form = PersonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        request.session[SESSION_KEY] = services.normalised(form.cleaned_data["email"])
        return redirect("privacy:person")
    return render(request, "privacy/find.html", {"form": form})


@secretariat_required
def person(request):
    email = _person_or_none(request)
    if not email:
        return redirect("privacy:find")
    data = services.export_person(email)
    return render(
        request,
        "privacy/person.html",
        {
            "email": email,
            "sections": presentation.sections(data),
            "counts": services.counts(data),
            "held": any(services.counts(data).values()),
        },
    )


@secretariat_required
def download(request):
    email = _person_or_none(request)
    if not email:
        return redirect("privacy:find")
    body = json.dumps(services.export_person(email), ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="personal-data.json"'
    response["Cache-Control"] = "no-store"
    return response


@secretariat_required
@require_http_methods(["GET", "POST"])
def erase(request):
    email = _person_or_none(request)
    if not email:
        return redirect("privacy:find")
    form = EraseForm(request.POST or None, email=email)
    if request.method == "POST" and form.is_valid():
        done = services.erase_person(request.user, email)
        del request.session[SESSION_KEY]
        messages.success(
            request,
            _(
                "Personal data erased. Registrations: %(registrations)s; speaker entries: "
                "%(speakers)s; directory contacts: %(contacts)s; letter deliveries: "
                "%(letter_deliveries)s."
            )
            % done,
        )
        return redirect("privacy:find")
    counts = services.counts(services.export_person(email))
    return render(request, "privacy/erase.html", {"email": email, "form": form, "counts": counts})
