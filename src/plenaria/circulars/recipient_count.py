"""The live count on the letter-sending form: the recipients a choice reaches, as it is
made. The form's own "Count the recipients" button gives the same figures without script."""

from django.http import HttpResponseBadRequest
from django.shortcuts import render
from django.views.decorators.http import require_POST

from plenaria.circulars import dispatch
from plenaria.circulars.desk import secretariat_letter
from plenaria.circulars.forms import DispatchForm


@require_POST
def recipient_count(request, pk):
    letter = secretariat_letter(request, pk)
    form = DispatchForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest(" ".join(m for ms in form.errors.values() for m in ms))
    contacts, unknown = dispatch.selected_contacts(form.selection())
    return render(
        request,
        "circulars/_recipient_count.html",
        {"reach": dispatch.reach(letter, contacts), "unknown": len(unknown)},
    )
