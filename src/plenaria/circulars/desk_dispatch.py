"""Sending an issued letter from the desk: choose who, confirm the count, follow progress."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from plenaria.circulars import dispatch
from plenaria.circulars.desk import secretariat_letter
from plenaria.circulars.forms import DispatchForm
from plenaria.circulars.views import language_names


def dispatch_form(request, pk):
    """First the choice; posted, the count to confirm; confirmed, the queueing."""
    letter = secretariat_letter(request, pk)
    if letter.status != "issued":
        messages.error(request, _("Only an issued letter can be sent."))
        return redirect("circulars:detail", pk=pk)
    selection = dispatch.Selection.of_letter(letter)
    form = DispatchForm(
        request.POST or None,
        initial={"categories": selection.categories, "regions": selection.regions,
                 "groupings": selection.groupings},
    )  # fmt: skip
    if request.method != "POST" or not form.is_valid():
        return render(request, "circulars/dispatch_form.html", {"letter": letter, "form": form})
    selection = form.selection()
    if "confirm" not in request.POST:
        contacts, unknown = dispatch.selected_contacts(selection)
        return render(
            request,
            "circulars/dispatch_confirm.html",
            {
                "letter": letter,
                "form": form,
                "reach": dispatch.reach(letter, contacts),
                "send_languages": language_names(dispatch.language_split(letter, contacts)),
                "unknown": unknown,
            },
        )
    try:
        queued = dispatch.start_dispatch(request.user, letter, selection)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect("circulars:detail", pk=pk)
    messages.success(request, _("%(count)d new recipients queued.") % {"count": queued})
    return redirect("circulars:dispatch_progress", pk=pk)


def dispatch_progress(request, pk):
    letter = secretariat_letter(request, pk)
    return render(
        request,
        "circulars/dispatch_progress.html",
        {"letter": letter, "progress": dispatch.progress(letter)},
    )
