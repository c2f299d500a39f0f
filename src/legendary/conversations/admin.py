"""Django admin for stored customers and conversations (read-mostly: text arrives redacted)."""

from __future__ import annotations

from django.contrib import admin

from legendary.conversations.models import Conversation, Customer, ImportBatch, Turn


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


@admin.register(ImportBatch)
class ImportBatchAdmin(admin.ModelAdmin[ImportBatch]):
    list_display = ("file_name", "format", "created_at", "conversations_added", "organisation")
    list_filter = ("organisation", "format")
    readonly_fields = ("sha256", "unknown_agents")
