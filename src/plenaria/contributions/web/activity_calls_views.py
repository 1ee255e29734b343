"""The secretariat's pages for calls for activities: the list, opening one for an event and
editing it (through the services in ``activities.calls``)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from plenaria.contributions.activities import calls as services
from plenaria.contributions.choices import Moderation
from plenaria.contributions.forms.activity_calls import CallForm, NewCallForm
from plenaria.contributions.models import ActivityCall
from plenaria.core.roles import secretariat_page

REFUSAL = gettext_lazy("Only the secretariat manages calls for activities.")
secretariat_only = secretariat_page(REFUSAL)
FORM = "contributions/activities/calls/form.html"


@secretariat_only
def calls_manage(request):
    calls = ActivityCall.objects.select_related("event", "letter").annotate(
        approved=Count("activities", filter=Q(activities__status=Moderation.PUBLISHED)),
        waiting=Count("activities", filter=Q(activities__status=Moderation.SUBMITTED)),
    )
    return render(request, "contributions/activities/calls/manage.html", {"calls": calls})


def _save(request, form, save):
    """Run ``save`` on a valid form; a refusal from the service lands on the form."""
    if request.method == "POST" and form.is_valid():
        data = {name: value for name, value in form.cleaned_data.items() if name != "event"}
        try:
            save(data)
        except ValidationError as refused:
            if hasattr(refused, "error_dict"):
                for name, errors in refused.error_dict.items():
                    form.add_error(name if name in form.fields else None, errors)
            else:
                form.add_error(None, refused)
        else:
            messages.success(request, _("The call for activities is saved."))
            return redirect("activities:calls_manage")
    return None


@secretariat_only
def call_new(request):
    form = NewCallForm(request.POST or None)
    done = _save(
        request,
        form,
        lambda data: services.open_call(request.user, form.cleaned_data["event"], data),
    )
    context = {"form": form, "title": _("Open a call for activities")}
    return done or render(request, FORM, context)


@secretariat_only
def call_edit(request, slug):
    call = get_object_or_404(ActivityCall.objects.select_related("event"), slug=slug)
    form = CallForm(request.POST or None, instance=call)
    done = _save(request, form, lambda data: services.update_call(request.user, call, data))
    context = {"form": form, "call": call, "title": _("Edit the call for activities")}
    return done or render(request, FORM, context)
