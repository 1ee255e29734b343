"""The live preview of the letter desk: Markdown in, the letter page's sanitised HTML out."""

from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from plenaria.circulars.markup import to_safe_html, validate_markdown
from plenaria.core.roles import is_secretariat

MAX_PREVIEW_CHARS = 200_000


def rendered(text: str) -> dict:
    """What the preview shows: the HTML of the letter page and the reasons it would be
    refused at saving, if any."""
    try:
        validate_markdown(text)
    except ValidationError as error:
        problems = error.messages
    else:
        problems = []
    return {"html": mark_safe(to_safe_html(text)), "problems": problems}  # sanitised by nh3


@require_POST
def markdown_preview(request):
    """Posted by the desk's script (with the CSRF token); the secretariat only."""
    if not is_secretariat(request.user):
        raise Http404
    text = request.POST.get("body", "")
    if len(text) > MAX_PREVIEW_CHARS:
        return HttpResponse(_("The text is too long to preview."), status=400)
    return render(request, "circulars/_preview.html", rendered(text))
