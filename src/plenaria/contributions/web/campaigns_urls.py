"""URLs: campaigns pages."""

from django.urls import path

from plenaria.contributions.web import campaigns

urlpatterns = [
    path("campaigns/", campaigns.campaign_list, name="campaigns"),
    path("campaign/<slug:slug>/", campaigns.campaign_detail, name="campaign"),
    path("campaigns/manage/", campaigns.campaigns_manage, name="campaigns_manage"),
    path("campaigns/manage/new/", campaigns.campaign_new, name="campaign_new"),
    path("campaigns/manage/<slug:slug>/", campaigns.campaign_edit, name="campaign_edit"),
]
