"""Reviewing a conversation: a person agrees with or corrects the engine's verdict on each
behaviour and leaves feedback for whoever served the customer.

Who may review (`can_review`): a QA analyst, senior leader or administrator any conversation
of their organisation; a manager the conversations of their reports; nobody a conversation
they served themselves; a frontline provider never. Everyone who may read a conversation
reads its reviews (the person who served it, their managers, QA), since they are written
for them.

The reviewed scores are the library's (`legendary.care.scoring.reviewed`), never worked
out here: a review scores exactly as the engine would have with the reviewer's verdicts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import QuerySet

from legendary.care.rubric import Rubric
from legendary.care.scorecard import Quality
from legendary.care.scorecard import Scorecard as CareScorecard
from legendary.care.scoring import VerdictError, reviewed
from legendary.conversations.models import Conversation, Review, ReviewVerdict, Scorecard
from legendary.conversations.rubric_page import readable_rubric
from legendary.people import permissions
from legendary.people.models import Person, Role
from legendary.people.permissions import UserLike

#: Where the form field of a behaviour's verdict starts; the rest is the behaviour's id.
VERDICT_FIELD = "verdict_"

#: The scorecard flag of a conversation nobody from the team replied in: not reviewable.
NO_REPLY = "no_agent_turn"

#: The longest feedback comment kept: room for a few warm paragraphs, not a whole report.
COMMENT_LIMIT = 2000

# Roles that may review; a manager only within their reports (their view, minus their own).
_REVIEWER_ROLES = frozenset({*permissions.ORGANISATION_WIDE_ROLES, Role.MANAGER})


class ReviewError(ValueError):
    """A review that cannot be saved, with the form field it is about (`field`:
    "comment", "verdict_<behaviour>", or "" for the review as a whole)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def reviewer_for(user: UserLike | None, conversation: Conversation) -> Person | None:
    """The person behind `user` if they may review `conversation`, else None.

    They must be allowed to read it (`permissions.visible_conversations`, the same scope as
    every page), have a role that reviews, and not have served it themselves: nobody
    reviews their own work.
    """
    person = permissions.person_for(user)
    if person is None or person.role not in _REVIEWER_ROLES:
        return None
    if not permissions.can_view_conversation(user, conversation):
        return None
    if conversation.agents.filter(pk=person.pk).exists():
        return None
    return person


def can_review(user: UserLike | None, conversation: Conversation) -> bool:
    """True if `user` may review `conversation` (see `reviewer_for`)."""
    return reviewer_for(user, conversation) is not None


def reviews_of(conversation: Conversation) -> QuerySet[Review]:
    """The conversation's reviews, latest first, with their reviewers and verdicts."""
    return (
        Review.objects.filter(conversation=conversation)
        .select_related("reviewer", "rubric", "conversation__scorecard")
        .prefetch_related("verdicts")
        .order_by("-updated_at", "-id")
    )


def feedback_for(
    person: Person, limit: int = 5, *, within: QuerySet[Conversation] | None = None
) -> list[Review]:
    """The latest reviews of conversations `person` served, newest first: the feedback on
    their home page, and on their person page of those conversations `within` the
    viewer's reach."""
    of_theirs = Review.objects.filter(conversation__agents=person)
    if within is not None:
        of_theirs = of_theirs.filter(conversation__in=within)
    return list(
        of_theirs.exclude(reviewer=person)
        .select_related("reviewer", "rubric", "conversation__scorecard")
        .prefetch_related("verdicts")
        .order_by("-updated_at", "-id")
        .distinct()[:limit]
    )


@dataclass(frozen=True)
class EngineCard:
    """The engine's stored scorecard of one conversation, read back for reviewing."""

    stored: Scorecard
    card: CareScorecard
    rubric: Rubric


def engine_card(conversation: Conversation) -> EngineCard:
    """The conversation's stored scorecard as the library reads it, with its rubric.

    Raises ReviewError when there is nothing to review: no scorecard yet, one whose
    rubric no longer reads (scoring it again fixes that), or one of a conversation nobody
    from the team replied in (every behaviour "not needed": nothing to agree with)."""
    stored = Scorecard.objects.filter(conversation=conversation).select_related("rubric").first()
    if stored is None:
        raise ReviewError(
            "", "This conversation has not been scored yet, so there is nothing to review."
        )
    try:
        card: CareScorecard | None = CareScorecard.from_dict(stored.document)
    except (TypeError, ValueError):
        card = None
    rubric = readable_rubric(stored.rubric.definition)
    if card is None or rubric is None:
        raise ReviewError(
            "", "This scorecard can no longer be read back; score the conversation again first."
        )
    if NO_REPLY in card.flags:
        raise ReviewError(
            "", "Nobody from the team replied in this conversation, so there is nothing to review."
        )
    return EngineCard(stored, card, rubric)


def save_review(
    conversation: Conversation,
    reviewer: Person,
    verdicts: Mapping[str, str],
    comment: str,
) -> Review:
    """Store `reviewer`'s review of `conversation`: their verdict on every behaviour of its
    scorecard (`verdicts` maps a behaviour id to "present", "absent" or "na"; a behaviour
    left out keeps the engine's verdict), the scores those verdicts give, the engine's
    scores of the same scorecard, and `comment`.

    A second review by the same person replaces their first, also when both are submitted
    at once; the review, its scores and every verdict are written in one transaction. The
    caller checks who may review (`reviewer_for`). Raises ReviewError naming the field of
    an unknown behaviour, a verdict that is not one of the choices or a comment over
    `COMMENT_LIMIT` characters, and (field "") for a conversation with nothing to review
    (`engine_card`).
    """
    comment = comment.strip()
    if len(comment) > COMMENT_LIMIT:
        raise ReviewError(
            "comment",
            f"Feedback can be up to {COMMENT_LIMIT:,} characters; this is {len(comment):,}.",
        )
    engine = engine_card(conversation)
    try:
        card = reviewed(engine.card, verdicts, engine.rubric)
    except VerdictError as exc:  # an unknown behaviour, or a verdict not one of the choices
        raise ReviewError(VERDICT_FIELD + exc.behaviour, f"{exc}.") from None
    except ValueError as exc:  # a scorecard whose rubric does not match its stored version
        raise ReviewError(
            "", f"This scorecard cannot be reviewed as it is stored: {exc}."
        ) from None
    scores = {q.value: getattr(card, q.value) for q in Quality}
    # The engine's own scores beside them, kept so that the gap stays the one the reviewer
    # saw even after the conversation is scored again.
    engine_scores = {f"engine_{q.value}": getattr(engine.card, q.value) for q in Quality}
    fields = {
        "rubric": engine.stored.rubric,
        "comment": comment,
        "overall": card.overall,
        **scores,
        "engine_overall": engine.card.overall,
        **engine_scores,
    }
    try:
        return _stored(conversation, reviewer, fields, card, engine.card)
    except IntegrityError:
        # The same review submitted twice at once: the other submit inserted the review
        # after this one looked for it, so this insert broke the one-review-per-reviewer
        # constraint, and (under an isolation level that keeps this transaction's
        # snapshot) the look-up Django retries still missed it. Its transaction is rolled
        # back whole; a new one sees the other's review and updates it.
        return _stored(conversation, reviewer, fields, card, engine.card)


def _stored(
    conversation: Conversation,
    reviewer: Person,
    fields: Mapping[str, object],
    card: CareScorecard,
    engine: CareScorecard,
) -> Review:
    """Write `reviewer`'s review of `conversation` (`fields`) and a verdict row for every
    behaviour of `card` beside the `engine`'s, in one transaction."""
    with transaction.atomic():
        review, _created = Review.objects.update_or_create(
            conversation=conversation, reviewer=reviewer, defaults=fields
        )
        review.verdicts.all().delete()
        ReviewVerdict.objects.bulk_create(
            ReviewVerdict(
                review=review,
                behaviour=mine.behaviour,
                engine=theirs.outcome.value,
                verdict=mine.outcome.value,
            )
            for mine, theirs in zip(card.behaviours, engine.behaviours, strict=True)
        )
    return review


def reviews_by(reviewer: Person) -> QuerySet[Review]:
    """`reviewer`'s own reviews, latest first: theirs to change or delete, also of a
    conversation that has since left their view (a report moved to another team)."""
    return (
        Review.objects.filter(reviewer=reviewer)
        .select_related("conversation")
        .order_by("-updated_at", "-id")
    )


def delete_review(review: Review) -> None:
    """Delete `review`, its verdicts with it. The caller has checked that it is the signed-in
    person's own (nobody deletes another person's review); the review is passed rather than
    looked up again, and its conversation, if already loaded, serves the API's tombstone."""
    review.delete()
