"""API tokens in Django's admin, for superusers: read-only but for revoking (deleting)."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from legendary.api.models import ApiToken


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin[ApiToken]):
    list_display = (
        "name",
        "user",
        "prefix",
        "created_at",
        "last_used_at",
        "expires_at",
        "revoked_at",
    )
    list_filter = ("revoked_at",)
    search_fields = ("name", "prefix", "user__username")
    readonly_fields = (
        "user",
        "name",
        "prefix",
        "digest",
        "created_at",
        "expires_at",
        "last_used_at",
        "revoked_at",
        "revoked_by",
        "revoked_because",
    )

    def has_add_permission(self, request: HttpRequest) -> bool:  # noqa: ARG002
        # A token made here could never be shown to anyone: only its digest is stored.
        return False
