"""CARE figures over many stored scorecards: averages, behaviour rates, coaching needs.

Read side only, and every function takes an already visibility-filtered queryset (from
`legendary.people.permissions`). A behaviour's rate is the share of the conversations where
it applied in which it was shown: N/A conversations count neither for nor against.

Every query starts from that conversations queryset and reaches the scorecards and
behaviour outcomes through their relations (joins), rather than filtering those tables by
`IN (the conversations)`: the visibility querysets already nest subqueries, and a further
level of `IN` was planned as nested loops by PostgreSQL on freshly loaded tables. The
querysets hold each conversation once (the permissions module promises it), so a join to
the one-to-one scorecard never counts a conversation twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Avg, Count, Q, QuerySet

from legendary.care.behaviours.base import registry
from legendary.care.scorecard import Quality
from legendary.conversations.models import Conversation, Outcome
from legendary.people.models import Person

QUALITIES: tuple[str, ...] = tuple(q.value for q in Quality)

# Fewer applicable conversations than this and a behaviour rate says more about luck than
# about the person: coaching suggestions wait for more evidence.
COACHING_MINIMUM = 5


@dataclass(frozen=True)
class BehaviourRate:
    """How often one behaviour was shown where it applied (a breaker: how often it broke
    service)."""

    behaviour: str
    quality: str
    description: str
    breaker: bool
    present: int
    applicable: int

    @property
    def rate(self) -> float | None:
        """Percentage 0-100 of applicable conversations where it was present, or None."""
        return 100 * self.present / self.applicable if self.applicable else None

    @property
    def missing(self) -> int:
        """Conversations where it applied and was not shown (for a breaker: kept clear)."""
        return self.applicable - self.present

    @property
    def label(self) -> str:
        """The behaviour id as words: `acknowledges_feelings` -> "Acknowledges feelings"."""
        return behaviour_label(self.behaviour)


@dataclass(frozen=True)
class CareSummary:
    """Average CARE scores (0-100, None where nothing applied) and behaviour rates."""

    scored: int
    overall: float | None
    committed: float | None
    attentive: float | None
    responsive: float | None
    empowered: float | None
    behaviours: list[BehaviourRate] = field(default_factory=list)

    def quality_scores(self) -> dict[str, float | None]:
        """Quality -> average score, in CARE order."""
        return {quality: getattr(self, quality) for quality in QUALITIES}

    def strongest(self) -> BehaviourRate | None:
        """The positive behaviour shown most often (with enough conversations to tell)."""
        return max(self._telling(), key=lambda r: r.rate or 0.0, default=None)

    def weakest(self) -> BehaviourRate | None:
        """The positive behaviour shown least often (with enough conversations to tell)."""
        return min(self._telling(), key=lambda r: r.rate or 0.0, default=None)

    def _telling(self) -> list[BehaviourRate]:
        return [r for r in self.behaviours if not r.breaker and r.applicable >= COACHING_MINIMUM]

    def by_quality(self) -> list[tuple[str, list[BehaviourRate]]]:
        """Behaviour rates grouped under their quality (breakers last), in CARE order."""
        groups: list[tuple[str, list[BehaviourRate]]] = [
            (quality, [b for b in self.behaviours if b.quality == quality and not b.breaker])
            for quality in QUALITIES
        ]
        groups.append(("breakers", [b for b in self.behaviours if b.breaker]))
        return [(name, rates) for name, rates in groups if rates]


@dataclass(frozen=True)
class CoachingNeed:
    """The behaviour one person shows least often where it applies."""

    person: Person
    weakest: BehaviourRate | None
    conversations: int


def behaviour_label(behaviour: str) -> str:
    """A behaviour id for people to read."""
    return behaviour.replace("_", " ").capitalize()


def care_summary(
    conversations: QuerySet[Conversation], people: QuerySet[Person] | None = None
) -> CareSummary | None:
    """CARE averages and behaviour rates over the scored conversations in `conversations`.

    With `people`, only the conversations they served count, and behaviour rates count their
    own outcomes (what they showed, not what a colleague on the same conversation did).
    Returns None when none of the conversations has a scorecard yet.
    """
    # Rows of whole conversations, or of their ids alone once made distinct.
    scored: QuerySet[Conversation, Any] = conversations.order_by()
    if people is not None:
        # Through the agents relation; two of `people` on one conversation would join it
        # twice, so the averages read the distinct conversations.
        scored = scored.filter(agents__in=people).values("pk").distinct()
    averages = scored.aggregate(
        # The conversations the overall average is over: a conversation no agent answered
        # has a scorecard without a score, and counting it would overstate the evidence.
        scored=Count("scorecard__overall"),
        overall=Avg("scorecard__overall"),
        **{quality: Avg(f"scorecard__{quality}") for quality in QUALITIES},
    )
    if not averages["scored"]:
        return None
    return CareSummary(
        scored=averages["scored"],
        overall=averages["overall"],
        committed=averages["committed"],
        attentive=averages["attentive"],
        responsive=averages["responsive"],
        empowered=averages["empowered"],
        behaviours=_rates(conversations, people),
    )


def coaching_needs(
    people: QuerySet[Person], conversations: QuerySet[Conversation]
) -> list[CoachingNeed]:
    """For each person, the positive behaviour with the lowest rate in `conversations`
    (among behaviours that applied at least `COACHING_MINIMUM` times), lowest first.

    People with too little evidence come last, with `weakest` None.
    """
    rows = (
        conversations.order_by()
        .filter(behaviour_outcomes__person__in=people)
        .values_list("behaviour_outcomes__person", "behaviour_outcomes__behaviour")
        .annotate(
            present=Count("behaviour_outcomes", filter=_outcome_is(Outcome.PRESENT)),
            applicable=Count("behaviour_outcomes", filter=~_outcome_is(Outcome.NOT_APPLICABLE)),
            conversations=Count("pk", distinct=True),
        )
    )
    known = registry()
    rates: dict[int, list[BehaviourRate]] = {}
    served: dict[int, int] = {}
    for person_id, behaviour, present, applicable, count in rows:
        served[person_id] = max(served.get(person_id, 0), count)
        spec = known.get(behaviour)
        if spec is None or spec.breaker or applicable < COACHING_MINIMUM:
            continue
        rates.setdefault(person_id, []).append(
            BehaviourRate(behaviour, spec.quality, spec.description, False, present, applicable)
        )
    needs = [
        CoachingNeed(
            person=person,
            weakest=min(
                rates.get(person.pk, []), key=lambda r: (r.rate or 0.0, r.behaviour), default=None
            ),
            conversations=served.get(person.pk, 0),
        )
        for person in people
    ]
    needs.sort(
        key=lambda n: (n.weakest is None, n.weakest.rate if n.weakest else 0.0, n.person.name)
    )
    return needs


def _outcome_is(outcome: str) -> Q:
    """A condition on the behaviour outcome joined to a conversation."""
    return Q(behaviour_outcomes__outcome=outcome)


def _rates(
    conversations: QuerySet[Conversation], people: QuerySet[Person] | None
) -> list[BehaviourRate]:
    """Behaviour rates over the outcomes of `conversations` (only those of `people`, if
    given), counting each conversation once even when two agents served it."""
    joined = conversations.order_by()
    if people is not None:
        joined = joined.filter(behaviour_outcomes__person__in=people)
    else:
        joined = joined.filter(behaviour_outcomes__isnull=False)
    rows = joined.values_list("behaviour_outcomes__behaviour").annotate(
        present=Count("pk", distinct=True, filter=_outcome_is(Outcome.PRESENT)),
        applicable=Count("pk", distinct=True, filter=~_outcome_is(Outcome.NOT_APPLICABLE)),
    )
    known = registry()
    rates: list[BehaviourRate] = []
    for behaviour, present, applicable in rows:
        spec = known.get(behaviour)
        rates.append(
            BehaviourRate(
                behaviour=behaviour,
                quality=spec.quality if spec else "",
                description=spec.description if spec else "",
                breaker=spec.breaker if spec else False,
                present=present,
                applicable=applicable,
            )
        )
    order = {behaviour: index for index, behaviour in enumerate(known)}
    rates.sort(key=lambda r: (order.get(r.behaviour, len(order)), r.behaviour))
    return rates
