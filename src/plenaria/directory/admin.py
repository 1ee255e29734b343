from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from plenaria.core.admin import AuditedAdmin
from plenaria.core.names_admin import PeopleAdmin
from plenaria.directory import services
from plenaria.directory.models import Contact, Country, FocalPoint, Grouping, Organisation


@admin.register(Grouping)
class GroupingAdmin(AuditedAdmin):
    list_display = ["code", "name", "as_of", "country_count"]
    readonly_fields = ["source", "as_of"]

    def get_queryset(self, request):
        from django.db.models import Count

        return super().get_queryset(request).annotate(country_total=Count("countries"))

    @admin.display(description=_("countries"), ordering="country_total")
    def country_count(self, obj):
        return obj.country_total


@admin.register(Country)
class CountryAdmin(AuditedAdmin):
    list_display = ["code", "name", "itu_region", "is_itu_member_state", "grouping_codes"]
    list_filter = ["itu_region", "is_itu_member_state", "groupings"]
    search_fields = ["code"]
    filter_horizontal = ["groupings"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("groupings")

    @admin.display(description=_("groupings"))
    def grouping_codes(self, obj):
        return ", ".join(g.code for g in obj.groupings.all())

    def get_search_results(self, request, queryset, search_term):
        # Country names live in django-countries, in every language; match them too.
        from django_countries import countries

        queryset, duplicates = super().get_search_results(request, queryset, search_term)
        if search_term:
            term = search_term.casefold()
            codes = [code for code, name in countries if term in str(name).casefold()]
            queryset |= self.model.objects.filter(code__in=codes)
        return queryset, duplicates


class ContactInline(admin.StackedInline):
    model = Contact
    extra = 0
    fields = [
        ("title", "first_name", "last_name"),
        "job_title",
        ("email", "phone"),
        ("preferred_language", "is_active"),
    ]
    show_change_link = True


@admin.register(Organisation)
class OrganisationAdmin(AuditedAdmin):
    list_display = [
        "__str__",
        "category",
        "sector_list",
        "country",
        "wsis_stakeholder_type",
        "is_active",
    ]
    list_filter = [
        "category",
        "wsis_stakeholder_type",
        "member_itu_r",
        "member_itu_t",
        "member_itu_d",
        "country__itu_region",
        "country__groupings",
        "is_active",
    ]
    search_fields = ["acronym", "name__en", "name__fr", "country__code"]
    autocomplete_fields = ["country"]
    list_select_related = ["country"]
    inlines = [ContactInline]
    fieldsets = [
        (None, {"fields": ["name", "acronym", "category", "country", "wsis_stakeholder_type"]}),
        (_("ITU Sectors"), {"fields": [("member_itu_r", "member_itu_t", "member_itu_d")]}),
        (None, {"fields": ["website", "is_active"]}),
    ]
    save_service = staticmethod(services.save_organisation)

    @admin.display(description=_("sectors"))
    def sector_list(self, obj):
        return ", ".join(obj.sectors)


class FocalPointInline(admin.TabularInline):
    model = FocalPoint
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Contact)
class ContactAdmin(PeopleAdmin, AuditedAdmin):
    name_fields = ("last_name", "first_name")
    list_display = [
        "__str__",
        "organisation",
        "email",
        "phone_display",
        "preferred_language",
        "is_focal_point",
    ]
    list_filter = ["preferred_language", "organisation__category", "is_active"]
    search_fields = [
        "first_name",
        "last_name",
        "email",
        "organisation__acronym",
        "organisation__name__en",
    ]
    autocomplete_fields = ["organisation"]
    list_select_related = ["organisation", "focal_point"]
    inlines = [FocalPointInline]
    save_service = staticmethod(services.save_contact)

    @admin.display(description=_("telephone"))
    def phone_display(self, obj):
        return obj.phone_display

    @admin.display(description=_("focal point"), boolean=True)
    def is_focal_point(self, obj):
        return hasattr(obj, "focal_point")


@admin.register(FocalPoint)
class FocalPointAdmin(AuditedAdmin):
    list_display = ["contact", "organisation", "user", "designated_on"]
    list_filter = ["contact__organisation__category"]
    search_fields = ["contact__last_name", "contact__email", "contact__organisation__acronym"]
    autocomplete_fields = ["contact", "user"]
    list_select_related = ["contact__organisation", "user"]
