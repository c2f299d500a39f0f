"""Background scoring: the task the importer queues and `legendary worker` runs."""

from __future__ import annotations

from django.db import transaction
from django_tasks import task

from legendary.conversations.models import Conversation
from legendary.conversations.scoring import score_conversations, unscored


@task()
def score_unscored_conversations(organisation_id: int) -> int:
    """Score every conversation of the organisation that has no scorecard yet.

    Scoring whatever is unscored, rather than a list of ids, makes the task safe to queue
    twice and lets one run catch up on anything an earlier, interrupted run missed.
    Returns how many conversations it scored.
    """
    return score_conversations(
        unscored(Conversation.objects.filter(organisation_id=organisation_id))
    )


@task()
def rescore_organisation(organisation_id: int) -> int:
    """Score every conversation of the organisation again with the rubric now in use
    (queued from the service standards page after the rubric changes).

    Scoring replaces each scorecard, so a task queued twice gives the same result.
    Returns how many conversations it scored.
    """
    return score_conversations(Conversation.objects.filter(organisation_id=organisation_id))


# An import this small is scored before the import returns (a second or two), so a person
# who uploads a handful of conversations sees their scorecards at once; anything bigger is
# left to the background worker, so the import itself stays quick.
INLINE_SCORING_LIMIT = 200


def score_imported(organisation_id: int, batch_id: int | None, added: int) -> None:
    """Score what an import added: inline when small, otherwise as a background task.

    The task is queued once the surrounding transaction commits, so a worker never looks
    for conversations that are not visible to it yet (or that were rolled back).
    """
    if not added:
        return
    if added <= INLINE_SCORING_LIMIT and batch_id is not None:
        score_conversations(Conversation.objects.filter(import_batch_id=batch_id))
        return
    transaction.on_commit(lambda: score_unscored_conversations.enqueue(organisation_id))
