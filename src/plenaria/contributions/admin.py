"""The secretariat's admin for the coalition's data. Pledges are read here and decided on
the review pages (or with the action below), which go through the moderation services;
campaigns, rates, vocabularies and pledgers are saved through the audited services."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from plenaria.contributions.models import (
    BeneficiaryGroup,
    Campaign,
    ExchangeRate,
    FocusArea,
    Pillar,
    Pledge,
    PledgeComment,
    PledgerAccess,
    Sdg,
)
from plenaria.contributions.pledges import moderation
from plenaria.core.admin import AuditedAdmin, ReadOnlyAdmin


class PledgeCommentInline(admin.TabularInline):
    model = PledgeComment
    extra = 0
    fields = ["created_at", "kind", "text", "author"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Pledge)
class PledgeAdmin(ReadOnlyAdmin):
    list_display = ["__str__", "organisation", "status", "pledge_type", "amount_usd", "campaign"]
    list_filter = ["status", "pledge_type", "campaign", "focus_areas", "targets_ldc"]
    search_fields = ["title__en", "title__fr", "organisation__acronym", "organisation__name__en"]
    list_select_related = ["organisation", "campaign"]
    date_hierarchy = "submitted_at"
    inlines = [PledgeCommentInline]
    actions = ["publish_selected"]

    @admin.action(description=_("Publish the selected submitted pledges"))
    def publish_selected(self, request, queryset):
        done = 0
        for pledge in queryset:
            try:
                moderation.publish(request.user, pledge)
            except (ValidationError, PermissionDenied) as error:
                messages.warning(
                    request,
                    f"{pledge}: {' '.join(error.messages) if hasattr(error, 'messages') else error}",
                )
            else:
                done += 1
        text = ngettext("%(count)d pledge published.", "%(count)d pledges published.", done)
        messages.success(request, text % {"count": done})


@admin.register(Campaign)
class CampaignAdmin(AuditedAdmin):
    list_display = ["__str__", "slug", "opens_on", "closes_on", "event"]
    search_fields = ["slug", "title__en", "title__fr"]
    autocomplete_fields = ["event"]
    raw_id_fields = ["letter"]


@admin.register(ExchangeRate)
class ExchangeRateAdmin(AuditedAdmin):
    list_display = ["currency", "year", "usd_per_unit"]
    list_filter = ["year", "currency"]
    search_fields = ["currency"]


@admin.register(PledgerAccess)
class PledgerAccessAdmin(AuditedAdmin):
    list_display = ["user", "organisation", "granted_at"]
    search_fields = ["user__username", "user__email", "organisation__acronym"]
    autocomplete_fields = ["organisation", "user"]
    list_select_related = ["user", "organisation"]


class VocabularyAdmin(AuditedAdmin):
    list_display = ["__str__", "code", "order"]
    search_fields = ["code", "name__en", "name__fr"]


admin.site.register(FocusArea, VocabularyAdmin)
admin.site.register(BeneficiaryGroup, VocabularyAdmin)


@admin.register(Pillar)
class PillarAdmin(VocabularyAdmin):
    list_display = ["__str__", "code", "focus_area", "order"]
    list_filter = ["focus_area"]


@admin.register(Sdg)
class SdgAdmin(AuditedAdmin):
    list_display = ["__str__"]
