"""CARE scorecards over the API: the scorecards of many conversations (for a nightly sync),
one conversation's scorecard, one person's CARE figures.

Same permissions as the pages: anything outside the caller's view is a 404.
"""

# No `from __future__ import annotations` here: django-ninja reads the types at runtime.

import datetime as dt
from typing import Any

from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from ninja import Query, Router, Schema
from ninja.pagination import paginate
from pydantic import Field as PydanticField

from legendary.api.conversations import ConversationQuery, filtered
from legendary.api.params import BehaviourId, FlagName, Pages
from legendary.care.scorecard import Outcome, Quality, Sentiment
from legendary.conversations.models import Scorecard
from legendary.conversations.selectors import RECENT_DAYS
from legendary.people import permissions
from legendary.people.care import person_care

router = Router(tags=["scorecards"])


class EvidenceOut(Schema):
    behaviour: BehaviourId
    turn: int = PydanticField(description="The turn's position in the transcript, from 0.")
    start: int = PydanticField(description="Where the quote starts in the turn's text.")
    end: int
    quote: str
    confidence: float
    # Present only when the detector says more (e.g. what a restatement shared).
    detail: dict[str, str] = {}


class BehaviourOut(Schema):
    behaviour: BehaviourId
    quality: Quality
    outcome: Outcome
    breaker: bool
    evidence: list[EvidenceOut]


class ScorecardOut(Schema):
    conversation_id: int
    rubric_version: str
    scored_at: dt.datetime
    overall: float | None
    committed: float | None
    attentive: float | None
    responsive: float | None
    empowered: float | None
    breakers: list[BehaviourId]
    flags: list[FlagName]
    sentiment_start: Sentiment | None
    sentiment_end: Sentiment | None
    sentiment_change: int
    # The engine's own `BehaviourResult.as_dict()`, stored with the scorecard.
    behaviours: list[BehaviourOut]

    @staticmethod
    def resolve_rubric_version(obj: Scorecard) -> str:
        return obj.rubric.version

    @staticmethod
    def resolve_sentiment_start(obj: Scorecard) -> str | None:
        return obj.sentiment_start or None  # stored "" when the customer never spoke

    @staticmethod
    def resolve_sentiment_end(obj: Scorecard) -> str | None:
        return obj.sentiment_end or None

    @staticmethod
    def resolve_behaviours(obj: Scorecard) -> list[dict[str, Any]]:
        behaviours: list[dict[str, Any]] = obj.document.get("behaviours", [])
        return behaviours


class BehaviourRateOut(Schema):
    behaviour: BehaviourId
    quality: Quality
    breaker: bool
    present: int
    applicable: int
    rate: float | None


class PersonCareOut(Schema):
    person_id: int
    days: int
    scored_conversations: int
    overall: float | None
    committed: float | None
    attentive: float | None
    responsive: float | None
    empowered: float | None
    behaviours: list[BehaviourRateOut]


@router.get("/scorecards", response=list[ScorecardOut], summary="The CARE scorecards you can read")
@paginate(Pages, page_size=25)
def list_scorecards(request: HttpRequest, query: Query[ConversationQuery]) -> QuerySet[Scorecard]:
    """The stored scorecards of the conversations `GET /conversations` lists under the same
    filters, in the same order (newest conversation first, then by id, so no row shows on
    two pages), 25 a page, `page_size` 1 to 100. With `updated_since`, only scorecards
    scored at or after it: a nightly export sends the time its last run started and upserts
    by `conversation_id`. A conversation taken in again by an import loses its scorecard
    until it is scored again; `GET /conversations?updated_since=` lists it meanwhile."""
    moment = query.updated_since
    conversations = filtered(request, query.model_copy(update={"updated_since": None}))
    scorecards = Scorecard.objects.filter(conversation__in=conversations)
    if moment is not None:
        scorecards = scorecards.filter(scored_at__gte=moment)
    return scorecards.select_related("rubric").order_by(
        "-conversation__opened_at", "-conversation_id"
    )


@router.get(
    "/conversations/{conversation_id}/scorecard",
    response=ScorecardOut,
    summary="The CARE scorecard of one conversation",
)
def get_scorecard(request: HttpRequest, conversation_id: int) -> Scorecard:
    """The stored scorecard with every behaviour's outcome and evidence. 404 when the
    conversation is outside your view or not scored yet."""
    conversation = permissions.conversation_or_404(request.user, conversation_id)
    stored = Scorecard.objects.filter(conversation=conversation).select_related("rubric").first()
    if stored is None:
        raise Http404("This conversation has not been scored yet.")
    return stored


@router.get(
    "/people/{person_id}/care",
    response=PersonCareOut,
    summary="One person's CARE averages and behaviour rates, last 90 days",
)
def get_person_care(request: HttpRequest, person_id: int) -> dict[str, Any]:
    """Averages of the conversations they served that you may read, and how often they
    showed each behaviour where it applied. Zero scored conversations gives nulls."""
    person = permissions.person_or_404(request.user, person_id)
    panel = person_care(request.user, person)
    summary = panel.summary if panel else None
    return {
        "person_id": person.pk,
        "days": RECENT_DAYS,
        "scored_conversations": summary.scored if summary else 0,
        "overall": summary.overall if summary else None,
        "committed": summary.committed if summary else None,
        "attentive": summary.attentive if summary else None,
        "responsive": summary.responsive if summary else None,
        "empowered": summary.empowered if summary else None,
        "behaviours": [
            {
                "behaviour": r.behaviour,
                "quality": r.quality,
                "breaker": r.breaker,
                "present": r.present,
                "applicable": r.applicable,
                "rate": r.rate,
            }
            for r in (summary.behaviours if summary else [])
        ],
    }
