"""Scoring stored conversations: the engine's scorecards, stored as the engine returned them.

The web app never scores by itself: every number comes from `legendary.care.score`. This
module turns stored turns back into a `care.model.Conversation` (`to_care_conversation`),
scores in batches with bulk writes (`score_conversations`; re-scoring replaces, so running it
twice stores the same thing; each scorecard's flags also become `ConversationFlag` rows, which
the lists filter and count by), and keeps the organisation's rubric versions
(`rubric_in_use`) so that each stored score names the rubric that produced it.

Per-person outcomes (the `BehaviourOutcome` table) follow the evidence: where two agents
shared a conversation, a behaviour is credited to the agent whose turn shows it; a colleague
who did not need to show it gets N/A (the need was met), and a breaker counts only against
the agent who broke service.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime

from django.db import transaction
from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from legendary.care import model as care
from legendary.care.rubric import DEFAULT, Rubric, RubricError
from legendary.care.scorecard import BehaviourResult
from legendary.care.scorecard import Outcome as CareOutcome
from legendary.care.scorecard import Scorecard as CareScorecard
from legendary.care.scoring import score
from legendary.conversations.models import (
    BehaviourOutcome,
    Conversation,
    ConversationFlag,
    Outcome,
    RubricVersion,
    Scorecard,
    Turn,
)
from legendary.lib.db import refresh_planner_statistics
from legendary.people.models import Organisation

# Conversations scored per round trip: one read of their turns, one delete and two bulk
# inserts per batch keep the database busy for a fraction of the scoring time.
BATCH_SIZE = 500

ScoringProgress = Callable[[int, int], None]


def to_care_conversation(conversation: Conversation, turns: Sequence[Turn]) -> care.Conversation:
    """The engine's view of a stored conversation: its turns in order, speakers named.

    `turns` must be the conversation's turns ordered by position (the caller loads them, so a
    batch loads every conversation's turns in one query). An agent's name is the matched
    person's name where there is one, otherwise the name the source gave.
    """
    customer = conversation.customer
    # A made-up label ("Customer 3f9a1c") is not a name an agent could have used.
    customer_name = customer.display_name if customer is not None and customer.named else ""
    return care.Conversation(
        id=str(conversation.pk),
        turns=tuple(
            care.Turn(
                speaker=care.Speaker(
                    role=care.Role(turn.speaker_role),
                    name=turn.person.name if turn.person else turn.speaker_name,
                ),
                text=turn.text,
                timestamp=turn.timestamp,
            )
            for turn in turns
        ),
        channel=care.Channel(conversation.channel),
        source=conversation.source,
        customer=care.Customer(name=customer_name),
        subject=conversation.subject,
        status=conversation.status,
        tags=tuple(str(tag) for tag in conversation.tags or ()),
    )


def rubric_in_use(organisation: Organisation) -> tuple[RubricVersion, Rubric]:
    """The rubric the organisation scores with, stored and parsed.

    An organisation that never chose one uses the engine's default rubric, stored on first
    use under its own version, so every scorecard can point at the rubric that made it.
    """
    stored = RubricVersion.objects.filter(organisation=organisation, in_use=True).first()
    if stored is None:
        stored, _ = RubricVersion.objects.get_or_create(
            organisation=organisation,
            version=DEFAULT.version,
            defaults={"definition": DEFAULT.as_dict(), "in_use": True},
        )
    where = f"rubric {stored.version} of {organisation.slug}"
    return stored, Rubric.from_dict(stored.definition, where=where)


def adopt_rubric(organisation: Organisation, rubric: Rubric) -> RubricVersion:
    """Make `rubric` the one the organisation scores with from now on, and store it.

    A version already stored must be the same rubric: a changed rubric needs a new version
    name, otherwise old scorecards would point at rules they were not scored with. Existing
    scorecards keep their rubric; `legendary rescore --all` scores them again.
    Raises RubricError naming the version when it is reused for different rules.
    """
    with transaction.atomic():
        stored = RubricVersion.objects.filter(
            organisation=organisation, version=rubric.version
        ).first()
        if stored is not None and Rubric.from_dict(stored.definition) != rubric:
            raise RubricError(
                f"rubric {rubric.version}: {organisation.slug} already has different rules under "
                "this version; give the changed rubric a new version (e.g. '2026.12-1')"
            )
        RubricVersion.objects.filter(organisation=organisation, in_use=True).update(in_use=False)
        if stored is None:
            stored = RubricVersion.objects.create(
                organisation=organisation,
                version=rubric.version,
                definition=rubric.as_dict(),
                in_use=True,
            )
        else:
            stored.in_use = True
            stored.save(update_fields=["in_use"])
    return stored


def score_conversations(
    conversations: QuerySet[Conversation] | Iterable[int],
    progress: ScoringProgress | None = None,
    *,
    batch_size: int = BATCH_SIZE,
) -> int:
    """Score these conversations with their organisation's rubric and store the scorecards.

    Accepts a queryset or conversation ids. Each batch is written in one transaction that
    replaces any earlier scorecard and behaviour outcomes of its conversations, so scoring
    again is safe and gives the same rows. `progress(done, total)` is called after each
    batch. Returns how many conversations were scored.
    """
    if isinstance(conversations, QuerySet):
        ids = list(conversations.order_by("pk").values_list("pk", flat=True))
    else:
        ids = sorted(set(conversations))
    rubrics: dict[int, tuple[RubricVersion, Rubric]] = {}
    done = 0
    for start in range(0, len(ids), batch_size):
        batch = _load_batch(ids[start : start + batch_size])
        now = timezone.now()
        scorecards: list[Scorecard] = []
        outcomes: list[BehaviourOutcome] = []
        flags: list[ConversationFlag] = []
        for conversation in batch:
            if conversation.organisation_id not in rubrics:
                rubrics[conversation.organisation_id] = rubric_in_use(conversation.organisation)
            stored_rubric, rubric = rubrics[conversation.organisation_id]
            turns: list[Turn] = list(conversation.turns.all())
            card = score(to_care_conversation(conversation, turns), rubric)
            scorecards.append(_scorecard_row(conversation, stored_rubric, card, now))
            flags.extend(flag_rows(conversation.pk, card.flags))
            agent_ids = [agent.pk for agent in conversation.agents.all()]
            outcomes.extend(_outcome_rows(conversation, card, turns, agent_ids))
        with transaction.atomic():
            batch_ids = [c.pk for c in batch]
            Scorecard.objects.filter(conversation_id__in=batch_ids).delete()
            BehaviourOutcome.objects.filter(conversation_id__in=batch_ids).delete()
            ConversationFlag.objects.filter(conversation_id__in=batch_ids).delete()
            Scorecard.objects.bulk_create(scorecards)
            BehaviourOutcome.objects.bulk_create(outcomes, batch_size=2000)
            ConversationFlag.objects.bulk_create(flags, batch_size=2000)
        done += len(batch)
        if progress is not None:
            progress(done, len(ids))
    if done:
        refresh_planner_statistics(Scorecard, BehaviourOutcome, ConversationFlag)
    return done


def flag_rows(conversation_id: int, flags: Iterable[str]) -> list[ConversationFlag]:
    """The `ConversationFlag` rows of a scorecard's `flags`, each name once, to store with it
    (in the same transaction, replacing the conversation's earlier rows)."""
    return [
        ConversationFlag(conversation_id=conversation_id, flag=flag)
        for flag in dict.fromkeys(flags)
    ]


def unscored(conversations: QuerySet[Conversation]) -> QuerySet[Conversation]:
    """The conversations among these that have no stored scorecard yet."""
    return conversations.filter(scorecard__isnull=True)


def _load_batch(ids: list[int]) -> list[Conversation]:
    turns = Turn.objects.select_related("person").order_by("position")
    return list(
        Conversation.objects.filter(pk__in=ids)
        .select_related("customer", "organisation")
        .prefetch_related(Prefetch("turns", queryset=turns), "agents")
        .order_by("pk")
    )


def _scorecard_row(
    conversation: Conversation, rubric: RubricVersion, card: CareScorecard, now: datetime
) -> Scorecard:
    return Scorecard(
        conversation=conversation,
        rubric=rubric,
        overall=card.overall,
        committed=card.committed,
        attentive=card.attentive,
        responsive=card.responsive,
        empowered=card.empowered,
        breakers=list(card.breakers),
        flags=list(card.flags),
        sentiment_start=card.sentiment_start.value if card.sentiment_start else "",
        sentiment_end=card.sentiment_end.value if card.sentiment_end else "",
        sentiment_change=card.sentiment_change,
        document=card.as_dict(),
        scored_at=now,
    )


def _outcome_rows(
    conversation: Conversation, card: CareScorecard, turns: Sequence[Turn], agent_ids: list[int]
) -> list[BehaviourOutcome]:
    """One row per behaviour and agent (or one with no person when no agent matched)."""
    speaker_of = {index: turn.person_id for index, turn in enumerate(turns)}
    people: list[int | None] = list(agent_ids) or [None]
    rows: list[BehaviourOutcome] = []
    for result in card.behaviours:
        for person_id in people:
            rows.append(
                BehaviourOutcome(
                    conversation_id=conversation.pk,
                    person_id=person_id,
                    behaviour=result.behaviour,
                    outcome=_outcome_for(result, person_id, speaker_of),
                )
            )
    return rows


def _outcome_for(
    result: BehaviourResult, person_id: int | None, speaker_of: Mapping[int, int | None]
) -> str:
    """The conversation's outcome as it counts for one agent (see the module docstring)."""
    if result.outcome is not CareOutcome.PRESENT or person_id is None:
        return Outcome(result.outcome.value).value
    shown_by = {speaker_of.get(e.turn) for e in result.evidence} - {None}
    if not shown_by or person_id in shown_by:
        # Conversation-wide evidence (or none tied to a person): every agent shares it.
        return Outcome.PRESENT.value
    return Outcome.ABSENT.value if result.breaker else Outcome.NOT_APPLICABLE.value
