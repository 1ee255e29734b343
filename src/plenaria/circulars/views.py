from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from plenaria.circulars import dispatch, queries, services
from plenaria.circulars.choices import AddresseeCategory
from plenaria.circulars.models import IssuingOffice, Letter, NumberingSeries
from plenaria.circulars.rendering.layout import letter_parts
from plenaria.circulars.rendering.pdf import render_pdf
from plenaria.core.pagination import page_of
from plenaria.core.roles import is_secretariat
from plenaria.events.models import Event

PAGE_SIZE = 20


def _year(raw: str) -> int | None:
    # Four ASCII digits: "２０２３" and a 5,000-digit number are not years (int() of the
    # latter raises).
    return (
        int(raw)
        if len(raw) == 4 and raw.isascii() and raw.isdigit() and 1900 <= int(raw) <= 2200
        else None
    )


def letter_list(request):
    get = request.GET
    filters = {
        "text": get.get("q", "")[:200],
        "year": _year(get.get("year", "")),
        "office": get.get("office", "")[:20],
        "series": get.get("series", "")[:30],
        "event": get.get("event", "")[:60],
        "category": get.get("category", "")
        if get.get("category") in AddresseeCategory.values
        else "",
    }
    page = page_of(queries.letter_list(**filters), PAGE_SIZE, get.get("page"))
    language = translation.get_language()
    rows = [(letter, queries.version_for(letter, language)) for letter in page.object_list]
    return render(
        request,
        "circulars/letter_list.html",
        {
            "page": page,
            "rows": rows,
            "filters": filters,
            "year_choices": queries.years_with_letters(),
            "office_choices": IssuingOffice.objects.all(),
            "series_choices": NumberingSeries.objects.all(),
            "event_choices": Event.objects.filter(letters__status__in=queries.PUBLIC_STATUSES)
            .distinct()
            .only("slug", "acronym"),
            "category_choices": AddresseeCategory.choices,
        },
    )


def _letter_or_404(request, pk) -> Letter:
    try:
        return queries.letter_detail(pk, include_drafts=is_secretariat(request.user))
    except Letter.DoesNotExist:
        raise Http404 from None


def _version_or_404(letter, language):
    version = next((v for v in letter.versions.all() if v.language == language), None)
    if version is None:
        raise Http404
    return version


def letter_detail(request, pk):
    letter = _letter_or_404(request, pk)
    version = queries.version_for(letter, translation.get_language())
    return _page(request, letter, version)


def letter_version(request, pk, language):
    letter = _letter_or_404(request, pk)
    return _page(request, letter, _version_or_404(letter, language))


def _page(request, letter, version):
    secretariat = is_secretariat(request.user)
    sending = {}
    if secretariat and not letter.is_draft:
        sending = {"reach": dispatch.reach(letter), "progress": dispatch.progress(letter)}
    return render(
        request,
        "circulars/letter_detail.html",
        {
            "letter": letter,
            "version": version,
            "parts": letter_parts(version, html=True) if version else None,
            "is_secretariat": secretariat,
            "relations_in": list(letter.relations_in.all()),
            **sending,
        },
    )


def letter_pdf(request, pk, language):
    letter = _letter_or_404(request, pk)
    version = _version_or_404(letter, language)
    if letter.is_draft:
        pdf = render_pdf(version)
    else:
        # An issued letter never changes, save for its status: its PDF is made once.
        key = f"circulars:pdf:{letter.pk}:{language}:{letter.updated_at.timestamp()}"
        pdf = cache.get(key) or render_pdf(version)
        cache.set(key, pdf, timeout=None)
    name = (letter.full_reference or f"draft-{letter.pk}").replace("/", "-").replace(" ", "_")
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{name}_{language}.pdf"'
    return response


def _secretariat_letter(request, pk) -> Letter:
    if not is_secretariat(request.user):
        raise Http404
    return _letter_or_404(request, pk)


def issue(request, pk):
    """Shown first: the number the letter will take, that it is final, or what stops it.
    Posted with ``confirm``: the letter is issued."""
    letter = _secretariat_letter(request, pk)
    if not letter.is_draft:
        return redirect("circulars:detail", pk=pk)
    if request.method == "POST" and request.POST.get("confirm"):
        try:
            letter = services.issue_letter(request.user, letter)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(
                request, _("Letter issued as %(ref)s.") % {"ref": letter.full_reference}
            )
            return redirect("circulars:detail", pk=pk)
    return render(
        request,
        "circulars/issue_confirm.html",
        {
            "letter": letter,
            "problems": services.problems_before_issue(letter),
            "next_number": queries.next_numbers([letter.series_id], on=letter.date).get(
                letter.series_id
            ),
            "issue_date": letter.date or timezone.localdate(),
        },
    )


@require_POST
def withdraw(request, pk):
    letter = _secretariat_letter(request, pk)
    try:
        services.withdraw_letter(request.user, letter, request.POST.get("reason", "")[:1000])
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, _("The letter is withdrawn."))
    return redirect("circulars:detail", pk=pk)


def send(request, pk):
    """Shown first: to how many addresses, in which languages. Posted with ``confirm``: one
    delivery is queued per address, then sent in the background."""
    letter = _secretariat_letter(request, pk)
    if request.method == "POST" and request.POST.get("confirm"):
        try:
            queued = dispatch.start_dispatch(request.user, letter)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("%(count)d new recipients queued.") % {"count": queued})
            return redirect("circulars:dispatch_progress", pk=pk)
        return redirect("circulars:detail", pk=pk)
    if letter.status != "issued":
        messages.error(request, _("Only an issued letter can be sent."))
        return redirect("circulars:detail", pk=pk)
    return render(
        request,
        "circulars/send_confirm.html",
        {
            "letter": letter,
            "reach": dispatch.reach(letter),
            "send_languages": language_names(dispatch.language_split(letter)),
        },
    )


def language_names(split: dict[str, int]) -> list[tuple[str, int]]:
    """(language in the reader's words, count), the largest first."""
    names = dict(settings.LANGUAGES)
    return sorted(
        ((str(names.get(code, code)), count) for code, count in split.items()),
        key=lambda item: (-item[1], item[0]),
    )


def progress(request, pk):
    """The delivery counts, for the letter page to refresh while sending."""
    letter = _secretariat_letter(request, pk)
    return render(
        request,
        "circulars/_progress.html",
        {"letter": letter, "progress": dispatch.progress(letter)},
    )
