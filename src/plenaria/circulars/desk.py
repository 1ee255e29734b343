"""The secretariat's letter desk: write a draft, its versions and parts, preview, issue.

Thin views: every change goes through ``services``; an issued letter is refused there.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from plenaria.circulars import queries, services
from plenaria.circulars.forms import PART_FORMS, LetterForm, NewLetterForm
from plenaria.circulars.models import Annex, Letter
from plenaria.circulars.preview import MAX_PREVIEW_CHARS, rendered
from plenaria.core.roles import is_secretariat


def _secretariat_only(request) -> None:
    if not is_secretariat(request.user):
        raise Http404


def secretariat_letter(request, pk) -> Letter:
    _secretariat_only(request)
    try:
        return queries.letter_detail(pk, include_drafts=True)
    except Letter.DoesNotExist:
        raise Http404 from None


def _show_errors(form, error: ValidationError) -> None:
    """A refusal from a service, shown on the form that caused it."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


def desk(request):
    _secretariat_only(request)
    drafts, issued = queries.desk_letters()
    language = translation.get_language()
    for letter in (*drafts, *issued):
        letter.shown = queries.version_for(letter, language)  # the subject in the reader's language
    return render(request, "circulars/desk.html", {"drafts": drafts, "issued": issued})


def letter_form(request, pk=None):
    _secretariat_only(request)
    letter = secretariat_letter(request, pk) if pk else Letter()
    if pk and not letter.is_draft:
        messages.error(request, _("An issued letter can no longer be changed."))
        return redirect("circulars:detail", pk=pk)
    form = (LetterForm if pk else NewLetterForm)(request.POST or None, instance=letter)
    if _saving(request) and form.is_valid():
        try:
            with transaction.atomic():
                letter = services.save_letter(request.user, form.save(commit=False))
                data = form.cleaned_data
                services.set_addressees(request.user, letter, data["categories"])
                services.set_groupings(request.user, letter, data["groupings"])
                services.set_events(request.user, letter, data["events"])
                version = None if pk else form.version()
                if version is not None:
                    version.letter = letter
                    services.save_part(request.user, version)
        except ValidationError as error:
            _show_errors(form, error)
        else:
            messages.success(request, _("The draft is saved."))
            return redirect("circulars:desk_letter", pk=letter.pk)
    return render(
        request,
        "circulars/desk_form.html",
        {
            "form": form,
            "letter": letter if pk else None,
            "title": _("Letter") if pk else _("New letter"),
            "preview": _preview_of(form),
        },
    )


def _saving(request) -> bool:
    """A post of the Save button; the Preview button (for browsers without script) only
    shows the text rendered and saves nothing."""
    return request.method == "POST" and "preview" not in request.POST


def _preview_of(form):
    """The rendered Markdown of the form's body, or None for a form without one."""
    if "body" not in form.fields:
        return None
    if form.is_bound:
        text = form.data.get(form.add_prefix("body"), "")
    else:
        text = form.initial.get("body") or getattr(form.instance, "body", "") or ""
    return rendered(text[:MAX_PREVIEW_CHARS])


def desk_letter(request, pk):
    """A draft with its parts, its previews and what still stops it from being issued."""
    letter = secretariat_letter(request, pk)
    if not letter.is_draft:
        return redirect("circulars:detail", pk=pk)
    return render(
        request,
        "circulars/desk_letter.html",
        {
            "letter": letter,
            "problems": services.problems_before_issue(letter),
            "part_kinds": PART_FORMS,
            "next_number": queries.next_numbers([letter.series_id], on=letter.date).get(
                letter.series_id
            ),
        },
    )


def _part_of(letter: Letter, kind: str, part_pk: int):
    model = PART_FORMS[kind]._meta.model
    parts = (
        Annex.objects.filter(version__letter=letter)
        if model is Annex
        else model.objects.filter(**{"source" if kind == "relation" else "letter": letter})
    )
    part = parts.filter(pk=part_pk).first()
    if part is None:
        raise Http404
    return part


def _new_part(letter: Letter, kind: str):
    model = PART_FORMS[kind]._meta.model
    if model is Annex:
        return Annex()
    return model(**{"source" if kind == "relation" else "letter": letter})


def part_form(request, pk, kind, part_pk=None):
    letter = secretariat_letter(request, pk)
    if kind not in PART_FORMS:
        raise Http404
    if not letter.is_draft:
        messages.error(request, _("An issued letter can no longer be changed."))
        return redirect("circulars:detail", pk=pk)
    part = _part_of(letter, kind, part_pk) if part_pk else _new_part(letter, kind)
    form_class = PART_FORMS[kind]
    extra = {"letter": letter} if kind in ("annex", "relation") else {}
    form = form_class(request.POST or None, instance=part, **extra)
    if _saving(request) and form.is_valid():
        try:
            services.save_part(request.user, form.save(commit=False))
        except ValidationError as error:
            _show_errors(form, error)
        else:
            messages.success(request, _("Saved."))
            return redirect("circulars:desk_letter", pk=letter.pk)
    return render(
        request,
        "circulars/desk_form.html",
        {
            "form": form,
            "letter": letter,
            "title": form_class._meta.model._meta.verbose_name,
            "preview": _preview_of(form),
        },
    )


@require_POST
def part_delete(request, pk, kind, part_pk):
    letter = secretariat_letter(request, pk)
    if kind not in PART_FORMS:
        raise Http404
    try:
        services.delete_part(request.user, _part_of(letter, kind, part_pk))
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, _("Removed."))
    return redirect("circulars:desk_letter", pk=letter.pk)


@require_POST
def letter_delete(request, pk):
    letter = secretariat_letter(request, pk)
    try:
        services.delete_letter(request.user, letter)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect("circulars:detail", pk=pk)
    messages.success(request, _("The draft is deleted."))
    return redirect("circulars:desk")
