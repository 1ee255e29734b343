"""The pledger's pages: their organisations' pledges, a new pledge, a draft's changes, its
submission (after a confirmation), and a pledge's page with the secretariat's comments."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from plenaria.contributions.choices import EDITABLE, CommentKind
from plenaria.contributions.forms.pledges import PledgeForm
from plenaria.contributions.models import Pledge
from plenaria.contributions.pledges import access, submission
from plenaria.contributions.pledges.access import region_names
from plenaria.contributions.pledges.validation import RELATIONS
from plenaria.core.pagination import page_of
from plenaria.directory.queries import organisations_of


@login_required
def mine(request):
    return render(
        request,
        "contributions/pledger/mine.html",
        {
            "page": page_of(access.pledges_of_pledger(request.user), 50, request.GET.get("page")),
            "organisations": access.organisations_of_pledger(request.user),
            "focal_point": organisations_of(request.user).exists(),
        },
    )


def _pledge_of(request, pk) -> Pledge:
    pledge = get_object_or_404(Pledge.objects.select_related("organisation", "campaign"), pk=pk)
    if not access.may_edit(request.user, pledge):
        raise PermissionDenied(_("You do not pledge for this pledge's organisation."))
    return pledge


def _initial(pledge: Pledge) -> dict:
    initial = {
        name: getattr(pledge, name)
        for name in (
            "title", "description", "pledge_type", "is_global", "regions", "amount",
            "currency", "starts_on", "target_on", "contact_name", "contact_email",
        )
    }  # fmt: skip
    initial["campaign"] = pledge.campaign_id
    for name in RELATIONS:
        initial[name] = list(getattr(pledge, name).values_list("pk", flat=True))
    return initial


def _data(form) -> dict:
    return {**form.cleaned_data, "language": get_language()}


@login_required
@require_http_methods(["GET", "POST"])
def new(request):
    organisations = access.organisations_of_pledger(request.user)
    if not organisations.exists():
        raise PermissionDenied(
            _(
                "Your account pledges for no organisation: sign up your entity, or ask a focal point."
            )
        )
    form = PledgeForm(request.POST or None, organisations=organisations)
    if request.method == "POST" and form.is_valid():
        data = _data(form)
        try:
            pledge = submission.save_draft(
                request.user, data["organisation"], data, data["submission_key"]
            )
        except ValidationError as error:
            form.show_refusal(error)
        else:
            messages.success(request, _("Your draft is saved. Submit it when it is ready."))
            return redirect("contributions:mine_pledge", pledge.pk)
    return render(request, "contributions/pledger/form.html", {"form": form, "pledge": None})


@login_required
@require_http_methods(["GET", "POST"])
def edit(request, pk):
    pledge = _pledge_of(request, pk)
    if pledge.status not in EDITABLE:
        messages.error(request, str(submission.HELD.get(pledge.status, "")))
        return redirect("contributions:mine_pledge", pledge.pk)
    form = PledgeForm(request.POST or None, initial=_initial(pledge))
    if request.method == "POST" and form.is_valid():
        try:
            submission.update_draft(request.user, pledge, _data(form))
        except ValidationError as error:
            form.show_refusal(error)
        else:
            messages.success(request, _("Your changes are saved."))
            return redirect("contributions:mine_pledge", pledge.pk)
    asked = pledge.comments.filter(kind=CommentKind.RETURNED).order_by("-created_at", "-pk")
    return render(
        request,
        "contributions/pledger/form.html",
        {"form": form, "pledge": pledge, "asked": asked.first()},
    )


@login_required
@require_http_methods(["GET", "POST"])
def submit(request, pk):
    pledge = _pledge_of(request, pk)
    if request.method == "POST":
        try:
            submission.submit(request.user, pledge)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(
                request, _("Your pledge is submitted: the secretariat will review it.")
            )
        return redirect("contributions:mine_pledge", pledge.pk)
    return render(request, "contributions/pledger/submit.html", {"pledge": pledge})


@login_required
def pledge_page(request, pk):
    pledge = _pledge_of(request, pk)
    return render(
        request,
        "contributions/pledger/pledge.html",
        {
            "pledge": pledge,
            "region_names": region_names(pledge),
            "editable": pledge.status in EDITABLE,
            "comments": pledge.comments.select_related("author"),
            "focus_areas": pledge.focus_areas.all(),
            "countries": pledge.countries.all(),
        },
    )
