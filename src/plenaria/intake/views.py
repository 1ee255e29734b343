from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from plenaria.circulars.models import IssuingOffice
from plenaria.core.roles import secretariat_page
from plenaria.intake import services
from plenaria.intake.draft_letter import ReviewedLetter
from plenaria.intake.extraction import IntakeError, extract, extract_letter
from plenaria.intake.extraction.parts import letter_parts
from plenaria.intake.facts import letter_facts, letter_held
from plenaria.intake.forms import LetterForm, ReviewedEventForm, ReviewedLetterForm
from plenaria.intake.highlight import highlighted
from plenaria.intake.letter_proposal import letter_initial
from plenaria.intake.proposal import event_initial
from plenaria.intake.readers import read_letter_bytes

secretariat_only = secretariat_page(gettext_lazy("Only the secretariat reads letters into events."))


def _letters_set_up() -> bool:
    """Letters need an issuing office; until one is set up, only the event is drafted."""
    return IssuingOffice.objects.exists()


def _review(request, text: str, form=None, letter_form=None, index: int = 0):
    extraction = extract_letter(text)
    event = extraction.events[index] if index < len(extraction.events) else None
    if form is None:
        initial = event_initial(extraction, event) if event else {}
        form = ReviewedEventForm(initial={**initial, "letter_text": text, "event_index": index})
    if letter_form is None and _letters_set_up():
        closing = letter_parts(text).closing
        letter_form = ReviewedLetterForm(initial={**letter_initial(extraction), "closing": closing})
    return render(
        request,
        "intake/review.html",
        {
            "form": form,
            "letter_form": letter_form,
            "extraction": extraction,
            "facts": letter_facts(extraction),
            "held": letter_held(extraction),
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


def _extracted_event(text: str, index: int):
    events = extract(text).events
    return events[index] if index < len(events) else None


def _reviewed_letter(letter_form: ReviewedLetterForm) -> ReviewedLetter:
    data = letter_form.cleaned_data
    return ReviewedLetter(
        letter=letter_form.instance,
        language=data["language"],
        reference=data["reference"],
        subject=data["subject"],
        salutation=data["salutation"],
        closing=data["closing"],
        addressees=list(data["addressees"]),
    )


@secretariat_only
@require_POST
def create(request):
    form = ReviewedEventForm(request.POST)
    letter_form = ReviewedLetterForm(request.POST) if _letters_set_up() else None
    text = request.POST.get("letter_text", "")
    if form.is_valid() and letter_form is None:
        event = services.create_draft_event(
            request.user, form.instance, _extracted_event(text, form.cleaned_data["event_index"])
        )
        messages.success(
            request,
            _("Draft event %(acronym)s created; check it, then publish it.")
            % {"acronym": event.acronym},
        )
        return redirect(reverse("admin:events_event_change", args=[event.pk]))
    if form.is_valid() and letter_form.is_valid():
        try:
            event, letter = services.create_drafts(
                request.user,
                form.instance,
                _reviewed_letter(letter_form),
                extract(text),
                letter_parts(text),
                form.cleaned_data["event_index"],
            )
        except ValidationError as error:
            # Nothing was saved: the transaction took the event back with the letter.
            for message in error.messages:
                letter_form.add_error(None, message)
        else:
            messages.success(
                request,
                _(
                    "Draft event %(acronym)s and draft letter %(letter)s created; check them, "
                    "then publish the event."
                )
                % {"acronym": event.acronym, "letter": letter},
            )
            return redirect(reverse("admin:events_event_change", args=[event.pk]))
    index = form.cleaned_data.get("event_index") or 0
    try:
        return _review(request, text, form, letter_form, index)
    except IntakeError as error:
        messages.error(request, str(error.message))
        return redirect("intake:upload")
