from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import user_passes_test
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from plenaria.core.roles import is_secretariat
from plenaria.intake import services
from plenaria.intake.extraction import IntakeError, extract, extract_letter
from plenaria.intake.forms import LetterForm, ReviewedEventForm
from plenaria.intake.highlight import highlighted
from plenaria.intake.proposal import event_initial
from plenaria.intake.readers import read_letter_bytes

secretariat_only = user_passes_test(is_secretariat)


def _review(request, text: str, form=None, index: int = 0):
    extraction = extract_letter(text)
    event = extraction.events[index] if index < len(extraction.events) else None
    if form is None:
        initial = event_initial(extraction, event) if event else {}
        form = ReviewedEventForm(initial={**initial, "letter_text": text, "event_index": index})
    return render(
        request,
        "intake/review.html",
        {
            "form": form,
            "extraction": extraction,
            "letter": highlighted(text, extraction),
            "index": index,
        },
    )


@secretariat_only
def upload(request):
    form = LetterForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            upload = form.cleaned_data["file"]
            if upload:
                text = read_letter_bytes(
                    upload.read(), upload.name, settings.PLENARIA_INTAKE_MAX_BYTES
                )
            else:
                text = form.cleaned_data["text"]
            return _review(request, text)
        except IntakeError as error:
            form.add_error(None, str(error.message))
    return render(request, "intake/upload.html", {"form": form})


@secretariat_only
@require_POST
def create(request):
    form = ReviewedEventForm(request.POST)
    if not form.is_valid():
        index = form.cleaned_data.get("event_index") or 0
        try:
            return _review(request, request.POST.get("letter_text", ""), form, index)
        except IntakeError as error:
            messages.error(request, str(error.message))
            return redirect("intake:upload")
    extraction = extract(form.cleaned_data["letter_text"])
    index = form.cleaned_data["event_index"]
    extracted = extraction.events[index] if index < len(extraction.events) else None
    event = services.create_draft_event(request.user, form.instance, extracted)
    messages.success(
        request,
        _("Draft event %(acronym)s created; check it, then publish it.")
        % {"acronym": event.acronym},
    )
    return redirect(reverse("admin:events_event_change", args=[event.pk]))
