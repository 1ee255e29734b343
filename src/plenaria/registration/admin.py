"""The secretariat's admin: settings are saved through the service; registrations are read
here and changed through the focal-point and self-service pages, which keep seats right."""

from django import forms
from django.contrib import admin
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from plenaria.core.admin import ReadOnlyAdmin
from plenaria.core.names_admin import PeopleAdmin
from plenaria.directory.choices import MembershipCategory
from plenaria.registration import notifications, services, tasks
from plenaria.registration.choices import UnLanguage
from plenaria.registration.models import (
    Badge,
    CheckIn,
    Notification,
    Registration,
    RegistrationSettings,
)


class RegistrationSettingsForm(forms.ModelForm):
    interpretation_languages = forms.MultipleChoiceField(
        label=_("interpretation languages offered"),
        choices=UnLanguage.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    approval_categories = forms.MultipleChoiceField(
        label=_("membership categories needing approval"),
        choices=MembershipCategory.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("None ticked: every organisation's registrations need approval."),
    )

    class Meta:
        model = RegistrationSettings
        fields = [
            "event",
            "opens_at",
            "closes_at",
            "in_person_capacity",
            "remote_capacity",
            "interpretation_languages",
            "interpretation_deadline",
            "approval_required",
            "approval_categories",
            "visa_letters_offered",
            "youth_min_age",
            "youth_max_age",
        ]


@admin.register(RegistrationSettings)
class RegistrationSettingsAdmin(admin.ModelAdmin):
    form = RegistrationSettingsForm
    list_display = ["event", "opens_at", "closes_at", "in_person_capacity", "approval_required"]
    autocomplete_fields = ["event"]

    def save_model(self, request, obj, form, change):
        values = {name: form.cleaned_data[name] for name in form.cleaned_data if name != "event"}
        saved = services.configure(request.user, form.cleaned_data["event"], **values)
        obj.pk = saved.pk


@admin.register(Registration)
class RegistrationAdmin(PeopleAdmin, ReadOnlyAdmin):
    name_fields = ("last_name", "first_name")
    list_display = ["__str__", "organisation", "capacity", "mode", "status", "created_at"]
    list_filter = ["event", "status", "mode", "capacity", "gender"]
    search_fields = ["first_name", "last_name", "email"]
    list_select_related = ["event", "organisation"]


class NotificationStateFilter(admin.SimpleListFilter):
    title = _("state")
    parameter_name = "state"
    CONDITIONS = {
        "queued": Q(sent_at__isnull=True, failed_at__isnull=True, attempts=0),
        "retrying": Q(sent_at__isnull=True, failed_at__isnull=True, attempts__gt=0),
        "failed": Q(sent_at__isnull=True, failed_at__isnull=False),
        "sent": Q(sent_at__isnull=False),
    }

    def lookups(self, request, model_admin):
        return [
            ("queued", _("Queued")),
            ("retrying", _("Retrying")),
            ("failed", _("Failed")),
            ("sent", _("Sent")),
        ]

    def queryset(self, request, queryset):
        condition = self.CONDITIONS.get(self.value())
        return queryset if condition is None else queryset.filter(condition)


@admin.register(Notification)
class NotificationAdmin(ReadOnlyAdmin):
    """Read-only: notifications change through the sender; a failed one can be retried
    (once its address is corrected) with the action."""

    list_display = [
        "__str__",
        "kind",
        "state",
        "attempts",
        "next_attempt_at",
        "last_error",
        "created_at",
        "sent_at",
    ]
    list_filter = [NotificationStateFilter, "kind"]
    search_fields = ["registration__email"]
    list_select_related = ["registration"]
    actions = ["retry_now"]

    @admin.display(description=_("state"))
    def state(self, obj):
        if obj.sent_at:
            return _("Sent")
        if obj.failed_at:
            return _("Failed")
        return _("Retrying") if obj.attempts else _("Queued")

    def has_retry_permission(self, request):
        return request.user.has_perm("registration.change_notification")

    @admin.action(description=_("Retry now"), permissions=["retry"])
    def retry_now(self, request, queryset):
        count = 0
        for notification in queryset.filter(sent_at__isnull=True):
            notifications.retry(request.user, notification)
            count += 1
        tasks.send_notifications.enqueue()
        text = ngettext(
            "%(count)d notification will be sent again now.",
            "%(count)d notifications will be sent again now.",
            count,
        )
        self.message_user(request, text % {"count": count})


@admin.register(Badge)
class BadgeAdmin(ReadOnlyAdmin):
    list_display = ["__str__", "issued_at", "issued_by", "revoked_at"]
    list_filter = ["registration__event", "revoked_at"]
    search_fields = ["registration__first_name", "registration__last_name"]
    list_select_related = ["registration", "issued_by"]


@admin.register(CheckIn)
class CheckInAdmin(ReadOnlyAdmin):
    list_display = ["__str__", "day", "checked_in_at", "by"]
    list_filter = ["registration__event", "day"]
    search_fields = ["registration__first_name", "registration__last_name"]
    list_select_related = ["registration", "by"]
