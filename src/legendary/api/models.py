"""Personal API tokens: a script or BI tool acts as the person who created the token.

Only a SHA-256 digest of each token is stored, with its first characters (`prefix`) to find
it and to show the person which token is which; the token itself is shown once, when it is
created. A revoked token keeps its row, so a request with it can be told it was revoked
rather than that it never existed.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.utils import timezone


class ApiToken(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(
        max_length=100, help_text="What the token is for, in the owner's words."
    )
    # The token's first characters ("lgd_" and eight random ones): enough to pick the row,
    # too few to guess the rest from.
    prefix = models.CharField(max_length=16, db_index=True)
    digest = models.CharField(max_length=64, unique=True, help_text="SHA-256 of the token, hex.")
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Why, when it was not its owner's or an administrator's choice ("when its owner was
    # deactivated"): said to the script it refuses and on the token pages.
    revoked_because = models.CharField(max_length=100, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "API token"

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    def is_expired(self, now: dt.datetime | None = None) -> bool:
        """True once the expiry time has passed (never, for a token without one)."""
        return self.expires_at is not None and self.expires_at <= (now or timezone.now())

    @property
    def status(self) -> str:
        """ "active", "expired" or "revoked", as the token pages label it."""
        if self.revoked_at is not None:
            return "revoked"
        return "expired" if self.is_expired() else "active"


class Deletion(models.Model):
    """A tombstone: a conversation, a scorecard or a review the API listed and that is gone, kept
    `legendary.api.deletions.KEEP_DAYS` days so a sync can delete its own copy
    (`GET /api/deleted`). Ids only: nothing of what was deleted is kept."""

    class Kind(models.TextChoices):
        CONVERSATION = "conversation", "Conversation"
        SCORECARD = "scorecard", "Scorecard"
        # Deleted by its author, or with its conversation (a customer's erasure): a review's
        # comment is free text about a person, so a synced copy must go too.
        REVIEW = "review", "Review"

    class Reason(models.TextChoices):
        # The conversation itself (Django's admin, a clean-up): its scorecard went with it.
        DELETED = "deleted", "Deleted"
        # An import took the conversation in again: its scorecard waits to be scored anew.
        REIMPORTED = "reimported", "Taken in again by an import"

    organisation = models.ForeignKey(
        "people.Organisation", on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    # Not a foreign key: the conversation may be gone.
    conversation_id = models.PositiveBigIntegerField()
    # The review's id, for a review's tombstone (its conversation may still be there).
    review_id = models.PositiveBigIntegerField(null=True, blank=True)
    # Who served it, when it went: who may see the tombstone is who may see one of them
    # (as for the conversation itself), since the conversation cannot be asked any more.
    agent_ids = models.JSONField(default=list)
    deleted_at = models.DateTimeField(default=timezone.now, db_index=True)
    reason = models.CharField(max_length=20, choices=Reason.choices)

    class Meta:
        ordering = ["deleted_at", "pk"]
        indexes = [models.Index(fields=["organisation", "deleted_at"])]

    def __str__(self) -> str:
        what = self.kind if self.review_id is None else f"{self.kind} {self.review_id}"
        return f"{what} of conversation {self.conversation_id}, {self.reason}"
