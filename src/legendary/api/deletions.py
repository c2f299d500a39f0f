"""Tombstones for the API's sync: what was deleted, so a nightly `updated_since` pull can
delete its own copy (`GET /api/deleted`).

Three things the API lists really go away:
- a conversation (Django's admin, a clean-up): `conversation_deleted`, from a pre_delete
  receiver (legendary.api.signals), so every way of deleting one records it;
- a review, deleted by its author or with its conversation (a customer's erasure):
  `review_deleted`, from a pre_delete receiver too (a cascade sends it for each review);
- a scorecard, when an import takes its conversation in again (new messages, a new status)
  and drops the scorecard until it is scored anew: the importer calls `scorecard_dropped`.
Re-scoring is not a deletion: the scorecard is replaced in the same transaction, with a new
`scored_at`, and `updated_since` lists it.

A tombstone is kept KEEP_DAYS days; those older are purged once the transaction that
records another commits: once per transaction, however many it records (an erasure or an
import of N conversations records N, and ran N purges when each recording purged).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from legendary.api.models import Deletion
from legendary.conversations.models import Conversation, Review, Scorecard
from legendary.people import permissions
from legendary.people.models import Role
from legendary.people.permissions import UserLike

#: How long a tombstone is kept, in days: a sync that last ran longer ago than this must
#: read everything again.
KEEP_DAYS = 90


def oldest_kept(now: dt.datetime | None = None) -> dt.datetime:
    """The moment before which tombstones are no longer kept."""
    return (now or timezone.now()) - dt.timedelta(days=KEEP_DAYS)


def purge_expired() -> None:
    """Delete the tombstones older than KEEP_DAYS days (no feed lists them any longer)."""
    Deletion.objects.filter(deleted_at__lt=oldest_kept()).delete()


def _purge_once_committed() -> None:
    connection = transaction.get_connection()
    # Django keeps the callbacks waiting for the commit in `run_on_commit` (tuples holding
    # the callback), and drops those of a rolled-back savepoint: one purge waiting is enough.
    if not any(purge_expired in waiting for waiting in connection.run_on_commit):
        # Robust: the records are committed by then, and a failed clean-up must not make
        # the caller report a failure; the next transaction tries again.
        transaction.on_commit(purge_expired, robust=True)


def _record(
    conversation: Conversation, kind: str, reason: str, review_id: int | None = None
) -> Deletion:
    _purge_once_committed()
    return Deletion.objects.create(
        organisation_id=conversation.organisation_id,
        kind=kind,
        conversation_id=conversation.pk,
        review_id=review_id,
        agent_ids=sorted(conversation.agents.values_list("pk", flat=True)),
        reason=reason,
    )


def scorecard_dropped(conversation: Conversation) -> Deletion:
    """Record that `conversation`'s scorecard was dropped because an import took the
    conversation in again (it comes back, with a new `scored_at`, once scored)."""
    return _record(conversation, Deletion.Kind.SCORECARD, Deletion.Reason.REIMPORTED)


def conversation_deleted(conversation: Conversation) -> Deletion:
    """Record that `conversation` (and with it its scorecard) is being deleted; called
    before the delete, while its agents can still be read."""
    return _record(conversation, Deletion.Kind.CONVERSATION, Deletion.Reason.DELETED)


def review_deleted(review: Review) -> Deletion:
    """Record that `review` is being deleted (by its author, or with its conversation);
    called before the delete, while its conversation's agents can still be read."""
    return _record(review.conversation, Deletion.Kind.REVIEW, Deletion.Reason.DELETED, review.pk)


def visible_deletions(
    user: UserLike, since: dt.datetime | None = None, *, kind: str | None = None
) -> list[Deletion]:
    """The tombstones `user` may read, oldest first, from `since` (all that are kept when
    None), of one `kind` or both: those of conversations served by someone they may see,
    as for the conversations themselves (everyone's, for leaders, analysts and
    administrators). A scorecard's tombstone is left out once the conversation is scored
    again after it (the new scorecard replaces the old: nothing is left to delete). A
    review's tombstone only for those who may read reviews (`GET /api/reviews`): managers
    and the organisation-wide roles."""
    person = permissions.person_for(user)
    if person is None:
        return []
    found = Deletion.objects.filter(
        organisation_id=person.organisation_id, deleted_at__gte=since or oldest_kept()
    ).exclude(_scored_again())
    if kind is not None:
        found = found.filter(kind=kind)
    if person.role in permissions.ORGANISATION_WIDE_ROLES:
        return list(found)
    if person.role != Role.MANAGER:
        found = found.exclude(kind=Deletion.Kind.REVIEW)
    seen = set(permissions.visible_people(user).values_list("pk", flat=True))
    return [row for row in found if _served_by(row.agent_ids, seen)]


def _scored_again() -> Exists:
    return Exists(
        Scorecard.objects.filter(
            conversation_id=OuterRef("conversation_id"), scored_at__gte=OuterRef("deleted_at")
        )
    )


def _served_by(agent_ids: Iterable[int], people: set[int]) -> bool:
    return any(agent in people for agent in agent_ids)
