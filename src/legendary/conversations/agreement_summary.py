"""The engine against its reviewers over many stored reviews: what the "Engine agreement"
page and `GET /api/reviews/agreement` show.

Read side only. Every function takes an already visibility-filtered queryset of
conversations (`legendary.people.permissions.visible_conversations`), so a manager's
figures count only the reviews of conversations they may read. The figures themselves come
from the pure library, `legendary.care.agreement`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import F, QuerySet

from legendary.care.agreement import Agreement, ScoreGap, agreement_by_behaviour, score_gap
from legendary.care.rubric import DEFAULT
from legendary.care.scorecard import Quality
from legendary.conversations.care_summary import behaviour_label
from legendary.conversations.models import Conversation, Review, ReviewVerdict, RubricVersion
from legendary.conversations.rubric_page import behaviour_texts, readable_rubric
from legendary.conversations.selectors import ConversationFilters, filter_conversations
from legendary.people.models import Person, Team
from legendary.people.selectors import nested_team_ids

QUALITIES: tuple[str, ...] = tuple(q.value for q in Quality)
#: Where a behaviour the rubric in use no longer scores is listed.
OTHER = "other"


@dataclass(frozen=True)
class BehaviourAgreement:
    """One behaviour's figures with what the page needs to name it."""

    figures: Agreement
    label: str
    description: str
    quality: str
    breaker: bool

    @property
    def behaviour(self) -> str:
        """The behaviour's id."""
        return self.figures.behaviour

    @property
    def percent(self) -> float | None:
        """0-100: the share of its reviews where the reviewer agreed; None with none."""
        rate = self.figures.rate
        return None if rate is None else 100 * rate

    @property
    def disagreement(self) -> float:
        """0-1: the share of its reviews where the reviewer corrected the engine."""
        return 1 - (self.figures.rate or 0.0)


@dataclass(frozen=True)
class AgreementSummary:
    """Every reviewed behaviour's figures, and the reviewed-minus-engine gap per score."""

    reviews: int
    behaviours: list[BehaviourAgreement]
    gaps: dict[str, ScoreGap]

    def by_quality(self) -> list[tuple[str, list[BehaviourAgreement]]]:
        """(quality, its behaviours, most disagreed first) in CARE order, then any the
        rubric in use no longer scores; qualities with no reviewed behaviour left out."""
        groups = [
            (quality, [b for b in self.most_disagreed() if b.quality == quality])
            for quality in (*QUALITIES, OTHER)
        ]
        return [(quality, rows) for quality, rows in groups if rows]

    @property
    def some_too_few(self) -> bool:
        """True when any behaviour has too few reviews to judge."""
        return any(b.figures.too_few for b in self.behaviours)

    def most_disagreed(self) -> list[BehaviourAgreement]:
        """Every behaviour, the one reviewers corrected most often (as a share) first; at
        equal shares, the one with more reviews first, then by name."""
        return sorted(self.behaviours, key=lambda b: (-b.disagreement, -b.figures.n, b.behaviour))


@dataclass(frozen=True)
class ReviewFilters:
    """What the figures are narrowed to: a date range, and conversations served by someone
    in a team (or a team nested in it). The dates are the days the conversations opened
    (the API's documented meaning), or with `by_review` the days the reviews were last
    saved (the Engine agreement page's: a reviewer's verdict and the engine's scores
    beside it are as they stood that day)."""

    since: dt.date | None = None
    until: dt.date | None = None
    team: Team | None = None
    by_review: bool = False

    @property
    def narrowed(self) -> bool:
        """True when any filter is set."""
        return any((self.since, self.until, self.team))


def reviewed(conversations: QuerySet[Conversation], filters: ReviewFilters) -> QuerySet[Review]:
    """The reviews of `conversations` (visibility-filtered) under `filters`."""
    reviews = Review.objects.all()
    if filters.by_review:
        # The day in the site's time zone, as the conversation list reads its dates.
        if filters.since is not None:
            reviews = reviews.filter(updated_at__date__gte=filters.since)
        if filters.until is not None:
            reviews = reviews.filter(updated_at__date__lte=filters.until)
    else:
        # The dates mean what they mean on the conversation list: the day each one opened.
        conversations = filter_conversations(
            conversations, ConversationFilters(since=filters.since, until=filters.until)
        )
    if filters.team is not None:
        members = Person.objects.filter(team__in=nested_team_ids(filters.team))
        served = Conversation.agents.through.objects.filter(person__in=members)
        conversations = conversations.filter(pk__in=served.values("conversation_id"))
    return reviews.filter(conversation__in=conversations.values("pk"))


def summarise(reviews: QuerySet[Review], organisation_id: int) -> AgreementSummary:
    """The figures of `reviews`: per behaviour from their verdicts, grouped by the CARE
    quality the organisation's rubric in use gives it, and the gap between reviewed and
    engine scores (the engine's as they stood when each review was saved) per quality and
    overall."""
    rows = ReviewVerdict.objects.filter(review__in=reviews).values_list(
        "behaviour", "engine", "verdict"
    )
    figures = agreement_by_behaviour(rows)
    # Read only, as the export does: a page must not store a rubric.
    stored = RubricVersion.objects.filter(organisation_id=organisation_id, in_use=True).first()
    # A stored rubric that no longer reads groups behaviours by the engine's default
    # qualities rather than failing the page.
    parsed = None if stored is None else readable_rubric(stored.definition)
    rubric = parsed or DEFAULT
    texts = behaviour_texts(parsed)
    qualities = {s.id: (s.quality, s.breaker) for s in rubric.standards}
    qualities.update((r.behaviour, (r.quality, r.breaker)) for r in rubric.rules)
    behaviours = [
        BehaviourAgreement(
            figures=agreement,
            label=texts.get(behaviour, (behaviour_label(behaviour), ""))[0],
            description=texts.get(behaviour, ("", ""))[1],
            quality=qualities.get(behaviour, (OTHER, False))[0],
            breaker=qualities.get(behaviour, (OTHER, False))[1],
        )
        for behaviour, agreement in figures.items()
    ]
    scores = ("overall", *QUALITIES)
    # Against the engine's scores as they stood when each review was saved, not the
    # conversation's scorecard now: a re-score since must not open a gap the reviewer
    # never saw.
    pairs = list(reviews.values_list(*(f"engine_{s}" for s in scores), *scores))
    half = len(scores)
    gaps = {
        name: score_gap((row[i], row[half + i]) for row in pairs) for i, name in enumerate(scores)
    }
    return AgreementSummary(reviews=reviews.count(), behaviours=behaviours, gaps=gaps)


def disagreements(reviews: QuerySet[Review], behaviour: str) -> QuerySet[ReviewVerdict]:
    """The verdicts on `behaviour` among `reviews` where the reviewer corrected the engine,
    newest review first, with the conversation and reviewer loaded."""
    verdicts = ReviewVerdict.objects.filter(review__in=reviews, behaviour=behaviour)
    return (
        verdicts.exclude(verdict=F("engine"))
        .select_related("review__conversation", "review__reviewer")
        .order_by("-review__updated_at", "-pk")
    )
