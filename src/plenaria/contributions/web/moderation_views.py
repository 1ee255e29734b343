"""The secretariat's review of pledges: the queue, a pledge with its whole history, and each
decision after a confirmation page."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from plenaria.contributions.choices import Moderation
from plenaria.contributions.forms.pledges import CommentForm
from plenaria.contributions.models import Campaign, Pledge
from plenaria.contributions.pledges import moderation
from plenaria.contributions.pledges.access import region_names
from plenaria.core import audit
from plenaria.core.pagination import page_of
from plenaria.core.roles import secretariat_page

secretariat_only = secretariat_page(_("Only the secretariat reviews pledges."))
PER_PAGE = 50


@secretariat_only
def queue(request):
    status = request.GET.get("status") or Moderation.SUBMITTED
    if status not in Moderation.values:
        status = Moderation.SUBMITTED
    campaign = Campaign.objects.filter(slug=request.GET.get("campaign") or "").first()
    pledges = Pledge.objects.exclude(status=Moderation.DRAFT)
    if campaign:
        pledges = pledges.filter(campaign=campaign)
    counts = dict(pledges.values_list("status").annotate(n=Count("pk")).order_by())
    listed = (
        pledges.filter(status=status)
        .select_related("organisation", "campaign")
        .order_by("submitted_at", "pk")
    )
    return render(
        request,
        "contributions/moderation/queue.html",
        {
            "page": page_of(listed, PER_PAGE, request.GET.get("page")),
            "status": status,
            "campaign": campaign,
            "campaigns": Campaign.objects.all(),
            "tabs": [
                (value, label, counts.get(value, 0))
                for value, label in Moderation.choices
                if value != Moderation.DRAFT
            ],
        },
    )


def _pledge(pk) -> Pledge:
    return get_object_or_404(
        Pledge.objects.select_related("organisation__country", "campaign", "created_by"), pk=pk
    )


@secretariat_only
def review(request, pk):
    pledge = _pledge(pk)
    return render(
        request,
        "contributions/moderation/review.html",
        {
            "pledge": pledge,
            "region_names": region_names(pledge),
            "comments": pledge.comments.select_related("author"),
            "history": audit.history(pledge).order_by("at", "pk"),
            "waiting": pledge.status == Moderation.SUBMITTED,
        },
    )


DECISIONS = {"publish", "return", "decline"}


@secretariat_only
@require_http_methods(["GET", "POST"])
def decide(request, pk, action):
    if action not in DECISIONS:
        raise Http404
    pledge = _pledge(pk)
    form = CommentForm(request.POST or None) if action != "publish" else None
    if request.method == "POST" and (form is None or form.is_valid()):
        text = form.cleaned_data["text"] if form else ""
        try:
            if action == "publish":
                moderation.publish(request.user, pledge)
            elif action == "return":
                moderation.return_with_comments(request.user, pledge, text)
            else:
                moderation.decline(request.user, pledge, text)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("Done: the pledger is told by e-mail."))
            return redirect("contributions:review", pledge.pk)
    return render(
        request,
        "contributions/moderation/confirm.html",
        {
            "pledge": pledge,
            "action": action,
            "form": form,
            "possible": pledge.status == Moderation.SUBMITTED,
        },
    )
