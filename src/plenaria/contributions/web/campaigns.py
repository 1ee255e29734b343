"""Campaign pages: the public list and one page per campaign with its counter; the
secretariat's list, creation and editing (through the services)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from plenaria.contributions.choices import Moderation
from plenaria.contributions.forms.campaigns import CampaignForm
from plenaria.contributions.models import Campaign
from plenaria.contributions.pledges import campaigns as services
from plenaria.contributions.pledges.matching import published
from plenaria.contributions.pledges.places import summary
from plenaria.core.pagination import page_of
from plenaria.core.roles import secretariat_page

PAGE_SIZE = 25
REFUSAL = gettext_lazy("Only the secretariat manages campaigns.")
PUBLISHED = Q(pledges__status=Moderation.PUBLISHED)


def _listed():
    return Campaign.objects.select_related("event").annotate(
        published_pledges=Count("pledges", filter=PUBLISHED)
    )


def campaign_list(request):
    return render(request, "contributions/campaigns.html", {"campaigns": _listed()})


def campaign_detail(request, slug):
    campaign = get_object_or_404(Campaign.objects.select_related("event", "letter"), slug=slug)
    pledges = published().filter(campaign=campaign)
    listed = pledges.select_related("organisation__country").prefetch_related("countries")
    return render(
        request,
        "contributions/campaign.html",
        {
            "campaign": campaign,
            "counter": summary(pledges),
            "page": page_of(listed, PAGE_SIZE, request.GET.get("page")),
        },
    )


@secretariat_page(REFUSAL)
def campaigns_manage(request):
    return render(request, "contributions/campaigns_manage.html", {"campaigns": _listed()})


def _save(request, form, save):
    """Run ``save`` on a valid form; a refusal from the service lands on the form."""
    if request.method == "POST" and form.is_valid():
        try:
            campaign = save(form.cleaned_data)
        except ValidationError as refused:
            form.add_error(None, refused)
        else:
            messages.success(request, _("The campaign is saved."))
            return redirect("contributions:campaign", slug=campaign.slug)
    return None


@secretariat_page(REFUSAL)
def campaign_new(request):
    form = CampaignForm(request.POST or None)
    done = _save(request, form, lambda data: services.open_campaign(request.user, data))
    return done or render(
        request, "contributions/campaign_form.html", {"form": form, "title": _("New campaign")}
    )


@secretariat_page(REFUSAL)
def campaign_edit(request, slug):
    campaign = get_object_or_404(Campaign, slug=slug)
    form = CampaignForm(request.POST or None, instance=campaign)
    done = _save(request, form, lambda data: services.update_campaign(request.user, campaign, data))
    # The form may have changed the instance's slug: the page links to the saved one.
    context = {"form": form, "slug": slug, "title": _("Edit the campaign")}
    return done or render(request, "contributions/campaign_form.html", context)
