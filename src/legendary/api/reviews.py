"""Reviews of scorecards over the API, and how often the engine agrees with its reviewers.

Same people and the same scoping as the "Engine agreement" page: QA analysts, leaders and
admins read every review of the organisation, a manager the reviews of the conversations
they may read (theirs and their reports'), and anyone else gets a 404.
"""

# No `from __future__ import annotations` here: django-ninja reads the types at runtime.

import datetime as dt
from typing import Any

from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError
from ninja.pagination import paginate

from legendary.api.params import BehaviourId, Day, Moment, Pages
from legendary.care.scorecard import Outcome
from legendary.conversations.agreement_summary import ReviewFilters, reviewed, summarise
from legendary.conversations.agreement_views import can_view_agreement
from legendary.conversations.models import Review
from legendary.people import permissions
from legendary.web.params import RowId

router = Router(tags=["reviews"])


class ReviewQuery(Schema):
    since: Day | None = Field(
        None, description="Only reviews of conversations opened on or after this day."
    )
    until: Day | None = Field(
        None, description="Only reviews of conversations opened on or before this day."
    )
    team: RowId | None = Field(
        None, description="Only reviews of conversations served by this team (id) or a team in it."
    )


class ReviewListQuery(ReviewQuery):
    updated_since: Moment | None = Field(
        None,
        description=(
            "Only reviews written or changed at or after this moment (ISO 8601; without a "
            "time zone, UTC). For a nightly sync: upsert by `id`."
        ),
    )


class VerdictOut(Schema):
    behaviour: BehaviourId
    engine: Outcome = Field(description="The engine's verdict when the review was written.")
    verdict: Outcome = Field(description="The reviewer's verdict.")


class ReviewOut(Schema):
    id: int
    conversation_id: int
    reviewer_id: int | None = Field(description="Null once the reviewer's record is deleted.")
    rubric_version: str
    comment: str
    overall: float | None = Field(description="The reviewed scores, 0-100; null: not applicable.")
    committed: float | None
    attentive: float | None
    responsive: float | None
    empowered: float | None
    created_at: dt.datetime
    updated_at: dt.datetime
    verdicts: list[VerdictOut]

    @staticmethod
    def resolve_rubric_version(obj: Review) -> str:
        return obj.rubric.version

    @staticmethod
    def resolve_verdicts(obj: Review) -> list[dict[str, str]]:
        return [
            {"behaviour": v.behaviour, "engine": v.engine, "verdict": v.verdict}
            for v in obj.verdicts.all()
        ]


class BehaviourAgreementOut(Schema):
    behaviour: BehaviourId
    quality: str = Field(description="Its CARE quality in the rubric in use, or 'other'.")
    breaker: bool
    n: int = Field(description="Reviews that gave this behaviour a verdict.")
    agreed: int
    agreement: float | None = Field(description="0-1: the share with the same verdict.")
    kappa: float | None = Field(
        description="Cohen's kappa over present/absent/N/A; null when undefined (kappa_note)."
    )
    kappa_note: str
    precision: float | None = Field(description="Of the engine's 'present', 0-1 confirmed.")
    recall: float | None = Field(description="Of the reviewers' 'present', 0-1 found.")
    f1: float | None
    confusion: dict[str, int] = Field(description="tp/fp/fn/tn of 'present'; reviewer as gold.")
    reviewer_na: int = Field(description="The reviewer said N/A where the engine judged.")
    engine_na: int = Field(description="The engine said N/A where the reviewer judged.")
    too_few: bool = Field(description="Under 20 reviews: too few to judge the engine by.")


class ScoreGapOut(Schema):
    n: int
    mean_difference: float | None = Field(
        description="Mean of reviewed minus engine score, points of 0-100."
    )


class AgreementOut(Schema):
    reviews: int
    behaviours: list[BehaviourAgreementOut]
    gaps: dict[str, ScoreGapOut]


def _reviews(request: HttpRequest, query: ReviewQuery) -> tuple[QuerySet[Review], int]:
    """The reviews the caller may read, narrowed by `query`, and their organisation's id;
    404 for a caller who may not read reviews at all, or who names a team outside their
    view; 400 for until before since."""
    person = permissions.person_for(request.user)
    if person is None or not can_view_agreement(request.user):
        raise Http404("No such page, or not one you can see.")
    if query.since and query.until and query.until < query.since:
        raise HttpError(
            400, f"until: {query.until} is before since ({query.since}); swap the two dates"
        )
    team = None if query.team is None else permissions.team_or_404(request.user, query.team)
    filters = ReviewFilters(since=query.since, until=query.until, team=team)
    return reviewed(
        permissions.visible_conversations(request.user), filters
    ), person.organisation_id


@router.get("/reviews", response=list[ReviewOut], summary="Reviews of scorecards you can read")
@paginate(Pages, page_size=25)
def list_reviews(request: HttpRequest, query: Query[ReviewListQuery]) -> QuerySet[Review]:
    """Each review with every behaviour's verdict (the engine's and the reviewer's), most
    recently changed first, then by id, 25 a page, `page_size` 1 to 100."""
    reviews, _organisation = _reviews(request, query)
    if query.updated_since is not None:
        reviews = reviews.filter(updated_at__gte=query.updated_since)
    return (
        reviews.select_related("rubric").prefetch_related("verdicts").order_by("-updated_at", "-id")
    )


@router.get(
    "/reviews/agreement",
    response=AgreementOut,
    summary="How often the engine agrees with its reviewers, per behaviour",
)
def get_agreement(request: HttpRequest, query: Query[ReviewQuery]) -> dict[str, Any]:
    """The figures of the "Engine agreement" page: per behaviour the reviews, raw
    agreement, Cohen's kappa and the engine's precision, recall and F1 for "present";
    and per score the mean gap between reviewed and engine scores."""
    summary = summarise(*_reviews(request, query))
    return {
        "reviews": summary.reviews,
        "behaviours": [
            {**row.figures.as_dict(), "quality": row.quality, "breaker": row.breaker}
            for row in summary.most_disagreed()
        ],
        "gaps": {
            name: {"n": gap.n, "mean_difference": gap.mean_difference}
            for name, gap in summary.gaps.items()
        },
    }
