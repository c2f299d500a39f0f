"""Django admin for stored customers and conversations (read-mostly: text arrives redacted)."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.contrib.admin.models import DELETION, LogEntry
from django.contrib.auth import get_permission_codename
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse

from legendary.conversations.erasure import (
    LIFT_NOTE,
    erase_customer,
    erased_log_text,
    erasure_plan,
)
from legendary.conversations.models import (
    Conversation,
    Customer,
    ImportBatch,
    LiftedErasure,
    Turn,
)


class TurnInline(admin.TabularInline[Turn, Conversation]):
    model = Turn
    extra = 0
    fields = ("position", "speaker_role", "speaker_name", "person", "timestamp", "text")
    raw_id_fields = ("person",)


@admin.register(Conversation)
class ConversationAdmin(admin.ModelAdmin[Conversation]):
    list_display = ("__str__", "channel", "customer", "status", "opened_at", "source")
    list_filter = ("organisation", "channel", "status", "source")
    search_fields = ("subject", "external_id", "customer__display_name")
    date_hierarchy = "opened_at"
    raw_id_fields = ("customer", "import_batch")
    filter_horizontal = ("agents",)
    inlines = (TurnInline,)


@admin.register(Customer)
class CustomerAdmin(admin.ModelAdmin[Customer]):
    list_display = ("display_name", "segment", "organisation", "first_contact", "last_contact")
    list_filter = ("organisation", "segment")
    search_fields = ("display_name",)

    # Deleting a customer here is their erasure, the same as `legendary forget-customer`: a
    # plain delete would only unlink their conversations (the foreign key is SET_NULL), and
    # the transcripts with their words would stay. The confirmation pages
    # (templates/admin/conversations/customer/) show each customer's erasure plan.

    def get_deleted_objects(
        self, objs: Any, request: HttpRequest
    ) -> tuple[list[Any], dict[str, int], set[str], list[str]]:
        """The confirmation page lists their conversations too, since they go with them; and
        as Django's collector never sees them, their delete permission is checked here."""
        to_delete, counts, perms, protected = super().get_deleted_objects(objs, request)
        conversations = Conversation.objects.filter(customer__in=list(objs))
        to_delete.extend(f"Conversation: {conversation}" for conversation in conversations)
        counts[str(Conversation._meta.verbose_name_plural)] = conversations.count()
        opts = Conversation._meta
        may_delete = request.user.has_perm(
            f"{opts.app_label}.{get_permission_codename('delete', opts)}"
        )
        if conversations.exists() and not may_delete:
            perms.add(str(opts.verbose_name))
        return to_delete, counts, perms, protected

    def log_deletions(self, request: HttpRequest, queryset: Any) -> list[LogEntry]:
        """Django's log row would keep `str(customer)`, their name, after the erasure: it says
        only which number was erased."""
        user_id = request.user.pk
        if user_id is None:  # the admin's views serve only signed-in staff
            raise PermissionDenied
        customer_type = ContentType.objects.get_for_model(Customer)
        return LogEntry.objects.bulk_create(
            LogEntry(
                user_id=user_id,
                content_type=customer_type,
                object_id=str(customer.pk),
                object_repr=erased_log_text(customer),
                action_flag=DELETION,
            )
            for customer in queryset
        )

    def delete_model(self, request: HttpRequest, obj: Customer) -> None:
        """Erase the customer and all that is theirs; a later import skips them."""
        plan = erasure_plan(obj)
        erase_customer(plan)
        self.message_user(
            request,
            f"{plan.describe(done=True)} {LIFT_NOTE}",
            messages.INFO,
        )

    def response_delete(
        self,
        request: HttpRequest,
        obj_display: str,  # noqa: ARG002 (the name Django would show: left unread)
        obj_id: int,
    ) -> HttpResponse:
        """Django's flash message after a delete names `str(customer)`, the name of the
        person just erased: it names their number instead. ("Delete selected" only
        counts, so it names no one.)"""
        return super().response_delete(request, f"#{obj_id}", obj_id)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Customer]) -> None:
        """The "delete selected" action: each customer is erased as `delete_model` does, all
        of them or (on an error) none."""
        with transaction.atomic():
            for customer in queryset:
                self.delete_model(request, customer)


@admin.register(ImportBatch)
class ImportBatchAdmin(admin.ModelAdmin[ImportBatch]):
    list_display = ("file_name", "format", "created_at", "conversations_added", "organisation")
    list_filter = ("organisation", "format")
    readonly_fields = ("sha256", "unknown_agents")


@admin.register(LiftedErasure)
class LiftedErasureAdmin(admin.ModelAdmin[LiftedErasure]):
    """The audit trail of lifted suppressions (`forget-customer --lift`): who, when and why,
    to read only. A row made, changed or removed here would be a record of a lift that never
    happened, or the loss of one that did; only the command writes them."""

    list_display = ("lifted_at", "lifted_by", "organisation", "erased_at", "reason")
    list_filter = ("organisation",)
    search_fields = ("lifted_by", "reason")
    date_hierarchy = "lifted_at"

    def has_add_permission(self, request: HttpRequest) -> bool:  # noqa: ARG002
        return False

    def has_change_permission(
        self,
        request: HttpRequest,  # noqa: ARG002
        obj: LiftedErasure | None = None,  # noqa: ARG002
    ) -> bool:
        return False

    def has_delete_permission(
        self,
        request: HttpRequest,  # noqa: ARG002
        obj: LiftedErasure | None = None,  # noqa: ARG002
    ) -> bool:
        return False


# ErasureKey is deliberately not registered, not even read-only: its salt keys every erased
# customer's digest. Whoever holds it and the digests (a leaked backup, a database export)
# can test guessed ids against them; without it, a guess cannot be tested at all. The key
# must never be displayed, so the admin has no page for it.
