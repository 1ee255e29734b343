from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from plenaria.core.admin import AuditedAdmin
from plenaria.events import services
from plenaria.events.forms import EventForm
from plenaria.events.models import Event, EventOrganiser, EventRelation, Room, Series, Venue


@admin.register(Series)
class SeriesAdmin(AuditedAdmin):
    list_display = ["acronym", "name", "website"]
    search_fields = ["acronym", "name__en", "name__fr"]


class RoomInline(admin.TabularInline):
    model = Room
    extra = 0


@admin.register(Venue)
class VenueAdmin(AuditedAdmin):
    list_display = ["__str__", "country"]
    search_fields = ["name__en", "name__fr", "city__en", "city__fr"]
    autocomplete_fields = ["country"]
    inlines = [RoomInline]


@admin.register(Room)
class RoomAdmin(AuditedAdmin):
    list_display = ["__str__", "capacity"]
    search_fields = ["name__en", "name__fr", "venue__name__en"]
    list_select_related = ["venue"]


class OrganiserInline(admin.TabularInline):
    model = EventOrganiser
    extra = 0
    autocomplete_fields = ["organisation"]


class RelationInline(admin.TabularInline):
    model = EventRelation
    fk_name = "source"
    extra = 0
    autocomplete_fields = ["target"]
    verbose_name = _("relation to another event")
    verbose_name_plural = _("relations to other events")


@admin.register(Event)
class EventAdmin(AuditedAdmin):
    form = EventForm
    list_display = ["acronym", "title", "series", "kind", "format", "status", "start", "timezone"]
    list_filter = ["status", "series", "kind", "format", "timezone"]
    search_fields = ["acronym", "title__en", "title__fr", "slug"]
    date_hierarchy = "start"
    list_select_related = ["series"]
    autocomplete_fields = ["series", "venue", "room"]
    inlines = [OrganiserInline, RelationInline]
    readonly_fields = ["slug"]
    actions = ["publish", "close", "archive"]
    fieldsets = [
        (
            None,
            {"fields": ["series", "title", "acronym", "slug", "theme", "kind", "format", "status"]},
        ),
        (
            _("When (in the event's time zone)"),
            {
                "fields": [
                    "timezone",
                    ("start_date", "start_time"),
                    ("end_date", "end_time"),
                    "times_announced",
                ]
            },
        ),
        (_("Where"), {"fields": ["venue", "room"]}),
        (_("Contact"), {"fields": ["contact_email", "website"]}),
    ]
    save_service = staticmethod(services.save_event)

    def _set_status(self, request, queryset, status):
        for event in queryset:
            services.set_status(request.user, event, status)
        self.message_user(request, _("%(count)d events changed.") % {"count": len(queryset)})

    @admin.action(description=_("Publish the selected events"))
    def publish(self, request, queryset):
        self._set_status(request, queryset, "published")

    @admin.action(description=_("Close the selected events"))
    def close(self, request, queryset):
        self._set_status(request, queryset, "closed")

    @admin.action(description=_("Archive the selected events"))
    def archive(self, request, queryset):
        self._set_status(request, queryset, "archived")
