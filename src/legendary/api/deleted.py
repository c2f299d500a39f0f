"""The sync feed of deletions: `GET /api/deleted` lists the tombstones of the
conversations, scorecards and reviews that were deleted (see `legendary.api.deletions`)."""

# No `from __future__ import annotations` here: django-ninja reads the types at runtime.

import datetime as dt
from typing import Literal

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError
from ninja.pagination import paginate

from legendary.api.deletions import KEEP_DAYS, oldest_kept, visible_deletions
from legendary.api.models import Deletion
from legendary.api.params import Moment, Pages

router = Router(tags=["sync"])


class DeletionOut(Schema):
    kind: Literal["conversation", "scorecard", "review"] = Field(
        description=(
            "conversation: the conversation is gone, and its scorecard and reviews with it; "
            "scorecard: only the scorecard (it comes back, listed by updated_since, once "
            "the conversation is scored again); review: one review (`review_id`), deleted "
            "by its author or with its conversation."
        )
    )
    conversation_id: int = Field(
        description="The conversation's `id` (a scorecard's `conversation_id`)."
    )
    review_id: int | None = Field(
        None, description="A review's tombstone: the review's `id` (null for the other kinds)."
    )
    deleted_at: dt.datetime
    reason: Literal["deleted", "reimported"] = Field(
        description=(
            "deleted: the conversation was deleted; reimported: an import took the "
            "conversation in again (new messages or status), and it waits to be scored."
        )
    )


class DeletedQuery(Schema):
    deleted_since: Moment | None = Field(
        None,
        description=(
            "Only what was deleted at or after this moment (ISO 8601; without a time zone, "
            f"UTC): the time the last sync started. At most {KEEP_DAYS} days ago."
        ),
    )
    kind: Literal["conversation", "scorecard", "review"] | None = Field(
        None, description="Only the tombstones of conversations, of scorecards or of reviews."
    )


_HOW = f"""The conversations, scorecards and reviews you could read that were deleted,
oldest first, 100 a page (`page_size` 1 to 100). A nightly sync asks for those deleted since
its last run started, deletes its own copies (a conversation's tombstone: the conversation,
its scorecard and its reviews; a scorecard's: that scorecard, by `conversation_id`; a
review's: that review, by `review_id`), then upserts what `updated_since` lists. Tombstones
are kept {KEEP_DAYS} days: an older `deleted_since` is a 410, and the sync must read
everything again. You see the tombstones of conversations you
could read (served by someone you may see); those of reviews if you may read reviews
(`GET /api/reviews`)."""


@router.get(
    "/deleted",
    response=list[DeletionOut],
    summary="What was deleted: tombstones for a sync",
    description=_HOW,
)
@paginate(Pages, page_size=100)
def list_deleted(request: HttpRequest, query: Query[DeletedQuery]) -> list[Deletion]:
    """See `_HOW`; 410 for a `deleted_since` older than the tombstones kept."""
    since = query.deleted_since
    if since is not None and since < oldest_kept():
        raise HttpError(
            410,
            f"deleted_since: {since:%Y-%m-%dT%H:%M:%SZ} is more than {KEEP_DAYS} days ago, and "
            f"deletions are kept {KEEP_DAYS} days; read everything again (a full export) and "
            "sync from the time it started",
        )
    return visible_deletions(request.user, since, kind=query.kind)
