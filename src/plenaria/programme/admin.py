import threading

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from plenaria.core.admin import AuditedAdmin
from plenaria.core.names_admin import PeopleAdmin
from plenaria.programme import conflicts, services
from plenaria.programme.forms import SessionForm
from plenaria.programme.models import (
    ActionLine,
    AgendaItem,
    AgendaItemDocument,
    AgendaItemStatus,
    Session,
    SessionSpeaker,
    SessionType,
    Speaker,
    Track,
)
from plenaria.programme.numbering import flatten, number_tree


@admin.register(SessionType)
class SessionTypeAdmin(AuditedAdmin):
    list_display = ["name", "code", "is_high_level", "order"]
    list_editable = ["order"]
    search_fields = ["code", "name__en", "name__fr"]


@admin.register(ActionLine)
class ActionLineAdmin(AuditedAdmin):
    list_display = ["code", "name"]
    search_fields = ["code", "name__en", "name__fr"]


@admin.register(Track)
class TrackAdmin(AuditedAdmin):
    list_display = ["name", "event", "slug", "order"]
    list_filter = ["event"]
    list_select_related = ["event"]
    autocomplete_fields = ["event"]
    search_fields = ["name__en", "name__fr", "slug"]


@admin.register(Speaker)
class SpeakerAdmin(PeopleAdmin, AuditedAdmin):
    name_fields = ("name",)
    list_display = ["name", "position", "organisation", "country", "gender"]
    list_filter = ["gender"]
    search_fields = ["name", "organisation_name", "organisation__acronym"]
    autocomplete_fields = ["contact", "organisation", "country"]
    list_select_related = ["organisation", "country"]


class SessionSpeakerInline(admin.TabularInline):
    model = SessionSpeaker
    extra = 1
    autocomplete_fields = ["speaker"]


@admin.register(Session)
class SessionAdmin(AuditedAdmin):
    form = SessionForm
    list_display = ["title", "event", "type", "track", "room", "start", "end", "format"]
    list_filter = ["event", "type", "format", "track"]
    search_fields = ["title__en", "title__fr"]
    date_hierarchy = "start"
    list_select_related = ["event", "type", "track", "room__venue"]
    autocomplete_fields = ["event", "room", "track"]
    filter_horizontal = ["action_lines"]
    inlines = [SessionSpeakerInline]

    def save_model(self, request, obj, form, change):
        services.save_session(request.user, obj)

    def save_related(self, request, form, formsets, change):
        # The warnings are read once the speakers of the inline are saved too.
        super().save_related(request, form, formsets, change)
        for alert in conflicts.for_session(form.instance):
            messages.warning(request, alert.message)


class DocumentInline(admin.TabularInline):
    model = AgendaItemDocument
    extra = 0


class StatusInline(admin.TabularInline):
    model = AgendaItemStatus
    extra = 1
    readonly_fields = ["recorded_at"]


class AgendaItemForm(forms.ModelForm):
    class Meta:
        model = AgendaItem
        fields = ["event", "parent", "position", "title", "note"]

    def clean_parent(self):
        parent = self.cleaned_data.get("parent")
        ancestor = parent
        while ancestor is not None and self.instance.pk:
            if ancestor.pk == self.instance.pk:
                raise ValidationError(
                    _("An agenda item cannot be moved under itself or one of its sub-items.")
                )
            ancestor = ancestor.parent
        return parent


@admin.register(AgendaItem)
class AgendaItemAdmin(AuditedAdmin):
    list_display = ["numbered_title", "event"]
    list_filter = ["event"]
    search_fields = ["title__en", "title__fr"]
    autocomplete_fields = ["event", "parent"]
    inlines = [StatusInline, DocumentInline]
    # The admin object serves every request; the numbers of one listing stay with its thread.
    _local = threading.local()

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("event")

    def changelist_view(self, request, extra_context=None):
        # Numbers follow from the whole agenda, so they are computed once per page.
        items = AgendaItem.objects.only("pk", "event_id", "parent_id", "position")
        self._local.numbers = numbers = {}
        by_event = {}
        for item in items:
            by_event.setdefault(item.event_id, []).append(item)
        for event_items in by_event.values():
            for node in flatten(number_tree(event_items)):
                numbers[node.item.pk] = node.label
        return super().changelist_view(request, extra_context)

    @admin.display(description=_("item"))
    def numbered_title(self, item):
        return f"{getattr(self._local, 'numbers', {}).get(item.pk, '')} {item.title}"

    form = AgendaItemForm

    def save_model(self, request, obj, form, change):
        if not change:
            created = services.add_agenda_item(
                request.user, obj.event, obj.title, parent=obj.parent, note=obj.note,
                position=obj.position if "position" in form.changed_data else None,
            )  # fmt: skip
            obj.pk, obj.position = created.pk, created.position
            return
        moved = change and {"parent", "position"} & set(form.changed_data)
        if moved:
            # The move renumbers the siblings; the form already refused a move under itself.
            services.move_agenda_item(request.user, obj, obj.parent, obj.position)
            obj.refresh_from_db(fields=["parent", "position"])
        super().save_model(request, obj, form, change)
