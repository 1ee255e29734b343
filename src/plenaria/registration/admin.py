"""The secretariat's admin: settings are saved through the service; registrations are read
here and changed through the focal-point and self-service pages, which keep seats right."""

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from plenaria.core.admin import ReadOnlyAdmin
from plenaria.directory.choices import MembershipCategory
from plenaria.registration import services
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
class RegistrationAdmin(ReadOnlyAdmin):
    list_display = ["__str__", "organisation", "capacity", "mode", "status", "created_at"]
    list_filter = ["event", "status", "mode", "capacity", "gender"]
    search_fields = ["first_name", "last_name", "email"]
    list_select_related = ["event", "organisation"]


@admin.register(Notification)
class NotificationAdmin(ReadOnlyAdmin):
    list_display = ["__str__", "kind", "language", "created_at", "sent_at"]
    list_filter = ["kind", "sent_at"]
    list_select_related = ["registration"]


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
