"""CARE scorecards over the API: one conversation's scorecard, one person's CARE figures.

Same permissions as the pages: anything outside the caller's view is a 404.
"""

# No `from __future__ import annotations` here: django-ninja reads the types at runtime.

import datetime as dt
from typing import Any

from django.http import Http404, HttpRequest
from ninja import Router, Schema

from legendary.conversations.models import Scorecard
from legendary.conversations.selectors import RECENT_DAYS
from legendary.people import permissions
from legendary.people.care import person_care

router = Router(tags=["scorecards"])


class ScorecardOut(Schema):
    conversation_id: int
    rubric_version: str
    scored_at: dt.datetime
    overall: float | None
    committed: float | None
    attentive: float | None
    responsive: float | None
    empowered: float | None
    breakers: list[str]
    flags: list[str]
    sentiment_start: str | None
    sentiment_end: str | None
    sentiment_change: int
    # Each: behaviour, quality, outcome (present / absent / na), breaker, evidence (turn,
    # start, end, quote, confidence): the engine's own `BehaviourResult.as_dict()`.
    behaviours: list[dict[str, Any]]


class BehaviourRateOut(Schema):
    behaviour: str
    quality: str
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


@router.get(
    "/conversations/{conversation_id}/scorecard",
    response=ScorecardOut,
    summary="The CARE scorecard of one conversation",
)
def get_scorecard(request: HttpRequest, conversation_id: int) -> dict[str, Any]:
    """The stored scorecard with every behaviour's outcome and evidence. 404 when the
    conversation is outside your view or not scored yet."""
    conversation = permissions.conversation_or_404(request.user, conversation_id)
    stored = Scorecard.objects.filter(conversation=conversation).select_related("rubric").first()
    if stored is None:
        raise Http404("This conversation has not been scored yet.")
    return {
        "conversation_id": conversation.pk,
        "rubric_version": stored.rubric.version,
        "scored_at": stored.scored_at,
        "overall": stored.overall,
        "committed": stored.committed,
        "attentive": stored.attentive,
        "responsive": stored.responsive,
        "empowered": stored.empowered,
        "breakers": stored.breakers,
        "flags": stored.flags,
        "sentiment_start": stored.sentiment_start or None,
        "sentiment_end": stored.sentiment_end or None,
        "sentiment_change": stored.sentiment_change,
        "behaviours": stored.document.get("behaviours", []),
    }


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
