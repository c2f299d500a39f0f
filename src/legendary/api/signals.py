"""What the API does when something elsewhere changes: a deactivated person's tokens are
revoked for good, whichever way they were deactivated (the people pages, Django's admin,
a command), because each of them saves the person or their account; a deleted
conversation or review leaves a tombstone for the sync feed (`GET /api/deleted`)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver

from legendary.api.deletions import conversation_deleted, review_deleted
from legendary.api.tokens import OWNER_DEACTIVATED, revoke_tokens_of
from legendary.conversations.models import Conversation, Review
from legendary.people.models import Organisation, Person


def _saved(update_fields: frozenset[str] | None, field: str) -> bool:
    return update_fields is None or field in update_fields


@receiver(post_save, sender=User, dispatch_uid="api-revoke-on-user-deactivation")
def user_saved(instance: User, **kwargs: Any) -> None:
    """An account switched off loses its tokens (Django's own admin saves only the User)."""
    if not instance.is_active and _saved(kwargs.get("update_fields"), "is_active"):
        revoke_tokens_of(instance.pk, OWNER_DEACTIVATED)


@receiver(post_save, sender=Person, dispatch_uid="api-revoke-on-person-deactivation")
def person_saved(instance: Person, **kwargs: Any) -> None:
    """A person marked as gone loses their account's tokens."""
    if (
        not instance.active
        and instance.user_id is not None
        and _saved(kwargs.get("update_fields"), "active")
    ):
        revoke_tokens_of(instance.user_id, OWNER_DEACTIVATED)


@receiver(pre_delete, sender=Conversation, dispatch_uid="api-tombstone-on-conversation-delete")
def conversation_deleting(instance: Conversation, **kwargs: Any) -> None:
    """A tombstone for the sync feed, before the delete (its agents are still readable).
    None when the whole organisation goes."""
    if not _organisation_going(kwargs):
        conversation_deleted(instance)


@receiver(pre_delete, sender=Review, dispatch_uid="api-tombstone-on-review-delete")
def review_deleting(instance: Review, **kwargs: Any) -> None:
    """A tombstone for the sync feed, whether its author deletes the review or it goes with
    its conversation (Django's collector sends pre_delete for each cascaded review, as for
    each conversation of an erasure); none when the whole organisation goes."""
    if not _organisation_going(kwargs):
        review_deleted(instance)


def _organisation_going(signal: dict[str, Any]) -> bool:
    """True when the delete began at an organisation (its tombstones go with it, and one
    written now would point at an organisation being deleted)."""
    origin = signal.get("origin")
    model = getattr(origin, "model", type(origin))  # a queryset's model, or an instance's
    return model is Organisation
