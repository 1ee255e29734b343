"""Writing letters in the admin; every save goes through the services, and an issued letter
is shown read-only (it can still be previewed, withdrawn or superseded)."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from plenaria.circulars import sending, services, tasks
from plenaria.circulars.models import (
    Addressee,
    Annex,
    Delivery,
    IssuingOffice,
    Letter,
    LetterRelation,
    LetterVersion,
    NumberingSeries,
    SeriesCounter,
    Signatory,
)
from plenaria.core.admin import AuditedAdmin, ReadOnlyAdmin


@admin.register(IssuingOffice)
class IssuingOfficeAdmin(AuditedAdmin):
    list_display = ["code", "name", "place"]
    search_fields = ["code", "name__en", "name__fr"]


class CounterInline(admin.TabularInline):
    model = SeriesCounter
    extra = 0
    readonly_fields = ["year", "last_number"]
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(NumberingSeries)
class NumberingSeriesAdmin(AuditedAdmin):
    list_display = ["code", "office", "pattern", "name"]
    list_filter = ["office"]
    search_fields = ["code", "pattern"]
    inlines = [CounterInline]


class DraftOnlyInline:
    """Parts of an issued letter are shown, never changed."""

    extra = 0

    def _editable(self, obj) -> bool:
        return obj is None or obj.is_draft

    def has_add_permission(self, request, obj=None):
        return self._editable(obj) and super().has_add_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return self._editable(obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self._editable(obj) and super().has_delete_permission(request, obj)


class VersionInline(DraftOnlyInline, admin.StackedInline):
    model = LetterVersion
    show_change_link = True
    fields = ["language", "subject", "addressee_text", "salutation", "body", "closing"]


class SignatoryInline(DraftOnlyInline, admin.StackedInline):
    model = Signatory


class AddresseeInline(DraftOnlyInline, admin.TabularInline):
    model = Addressee


class RelationInline(DraftOnlyInline, admin.TabularInline):
    model = LetterRelation
    fk_name = "source"
    autocomplete_fields = ["target"]


@admin.register(Letter)
class LetterAdmin(AuditedAdmin):
    save_service = staticmethod(services.save_letter)
    delete_service = staticmethod(services.delete_letter)
    inline_save_service = staticmethod(services.save_part)
    inline_delete_service = staticmethod(services.delete_part)
    list_display = ["__str__", "status", "date", "office", "series", "preview"]
    list_filter = ["status", "office", "series"]
    search_fields = ["reference", "versions__subject"]
    date_hierarchy = "date"
    list_select_related = ["office", "series"]
    autocomplete_fields = ["events"]
    filter_horizontal = ["groupings"]
    readonly_fields = ["reference", "status", "issued_at", "issued_by", "withdrawal_reason"]
    inlines = [VersionInline, AddresseeInline, SignatoryInline, RelationInline]
    actions = ["issue_letters"]

    @admin.display(description=_("preview"))
    def preview(self, obj):
        return format_html(
            '<a href="{}">{}</a>', reverse("circulars:detail", args=[obj.pk]), _("page and PDF")
        )

    def has_change_permission(self, request, obj=None):
        if obj is not None and not obj.is_draft:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and not obj.is_draft:
            return False
        return super().has_delete_permission(request, obj)

    @admin.action(description=_("Issue the selected draft letters"))
    def issue_letters(self, request, queryset):
        for letter in queryset:
            try:
                services.issue_letter(request.user, letter)
            except ValidationError as error:
                self.message_user(
                    request, f"{letter}: {' '.join(error.messages)}", level=messages.ERROR
                )
            else:
                self.message_user(request, _("Issued %(ref)s.") % {"ref": letter.full_reference})


class AnnexInline(DraftOnlyInline, admin.StackedInline):
    model = Annex

    def _editable(self, obj) -> bool:
        return obj is None or obj.letter.is_draft


@admin.register(LetterVersion)
class LetterVersionAdmin(AuditedAdmin):
    save_service = staticmethod(services.save_part)
    delete_service = staticmethod(services.delete_part)
    inline_save_service = staticmethod(services.save_part)
    inline_delete_service = staticmethod(services.delete_part)
    list_display = ["__str__", "subject", "language"]
    list_filter = ["language"]
    search_fields = ["subject", "letter__reference"]
    list_select_related = ["letter"]
    inlines = [AnnexInline]

    def has_change_permission(self, request, obj=None):
        if obj is not None and not obj.letter.is_draft:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self.has_change_permission(request, obj)

    def has_add_permission(self, request):
        return False  # versions are added on their letter's page


@admin.register(Delivery)
class DeliveryAdmin(ReadOnlyAdmin):
    """Read-only: deliveries change only through the sending worker; a failed or interrupted
    one can be queued again with the action."""

    list_display = [
        "email",
        "letter",
        "language",
        "state",
        "attempts",
        "next_attempt_at",
        "sent_at",
        "last_error",
    ]
    list_filter = ["state", "language", "letter"]
    search_fields = ["email", "letter__reference"]
    list_select_related = ["letter"]
    actions = ["retry_now"]

    def has_retry_permission(self, request):
        return request.user.has_perm("circulars.change_delivery")

    @admin.action(description=_("Retry now"), permissions=["retry"])
    def retry_now(self, request, queryset):
        letters = [d.letter_id for d in queryset if sending.retry(request.user, d)]
        for letter_id in sorted(set(letters)):
            tasks.send_letter.enqueue(letter_id)
        text = ngettext(
            "%(count)d failed or interrupted delivery queued again.",
            "%(count)d failed or interrupted deliveries queued again.",
            len(letters),
        )
        self.message_user(request, text % {"count": len(letters)})
