from urllib.parse import urlencode

from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from plenaria.core import services
from plenaria.core.models import AuditEntry


class AuditedAdmin(admin.ModelAdmin):
    """An admin whose saves and deletes go through the services, so each one is logged.

    An app sets its own services for this model (``save_service``, ``delete_service``) and
    for the rows of its inlines (``inline_save_service``, ``inline_delete_service``); each
    takes the acting user and the instance.
    """

    save_service = staticmethod(services.save_validated)
    delete_service = staticmethod(services.delete_logged)
    inline_save_service = staticmethod(services.save_validated)
    inline_delete_service = staticmethod(services.delete_logged)

    def save_model(self, request, obj, form, change):
        self.save_service(request.user, obj)

    def delete_model(self, request, obj):
        self.delete_service(request.user, obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            self.delete_service(request.user, obj)

    def history_view(self, request, object_id, extra_context=None):
        """The object's history is the audit log, which also holds changes made outside the admin."""
        content_type = ContentType.objects.get_for_model(self.model, for_concrete_model=False)
        query = urlencode({"content_type__id__exact": content_type.pk, "object_id": object_id})
        return redirect(f"{reverse('admin:core_auditentry_changelist')}?{query}")

    def save_formset(self, request, form, formset, change):
        for obj in formset.save(commit=False):
            self.inline_save_service(request.user, obj)
        for obj in formset.deleted_objects:
            self.inline_delete_service(request.user, obj)
        formset.save_m2m()


class ReadOnlyAdmin(admin.ModelAdmin):
    """For records that only a service writes (the audit log, deliveries, registrations):
    people read them here, and change them through the pages and actions that call the
    services."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyAdmin):
    list_display = ["at", "actor", "action", "content_type", "object_repr"]
    list_filter = ["action", "content_type"]
    search_fields = ["object_repr", "actor__username"]
    date_hierarchy = "at"
    list_select_related = ["actor", "content_type"]


admin.site.site_header = _("Plenaria secretariat")
admin.site.site_title = _("Plenaria")
admin.site.index_title = _("Directory, events and audit log")
