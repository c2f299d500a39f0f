"""The "Engine agreement" page: how often the engine's verdicts agree with the people who
reviewed its scorecards, per behaviour, and where a behaviour's reviewers corrected it.

QA analysts, leaders and admins see every review of the organisation; a manager sees only
reviews of the conversations they may read (theirs and their reports'); a frontline
provider gets a 404, as for any page outside their view.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render

from legendary.care.agreement import MINIMUM_REVIEWS
from legendary.conversations.agreement_summary import (
    AgreementSummary,
    ReviewFilters,
    disagreements,
    reviewed,
    summarise,
)
from legendary.conversations.charts import FONT
from legendary.conversations.forms import DATE_EXPECTED
from legendary.conversations.models import Conversation, Review, ReviewVerdict
from legendary.people import permissions
from legendary.people.models import Team
from legendary.people.permissions import UserLike
from legendary.web.params import bad_parameter, page_of

#: Disagreements on one behaviour listed a page at a time.
DISAGREEMENTS_PAGE = 50


def can_view_agreement(user: UserLike | None) -> bool:
    """QA analysts, leaders, admins and managers (their reports' reviews only)."""
    return permissions.sees_whole_organisation(user) or permissions.is_manager(user)


class AgreementFilterForm(forms.Form):
    """Date range (the day each review was last saved) and team; a malformed value is
    left out and named, never fatal.

    The review's day, not the conversation's: a reader asks how far reviewers agreed with
    the engine over a stretch of reviewing (since the rubric changed, this month's
    calibration), and each review holds the engine's verdicts and scores as they stood
    when it was saved, whatever day the conversation itself opened."""

    since = forms.DateField(
        required=False, label="Reviewed from", widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        required=False, label="Reviewed to", widget=forms.DateInput(attrs={"type": "date"})
    )
    team = forms.ModelChoiceField(
        queryset=Team.objects.none(), required=False, empty_label="Every team", label="Team"
    )

    def __init__(self, *args: object, teams: QuerySet[Team], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        team_field = self.fields["team"]
        assert isinstance(team_field, forms.ModelChoiceField)
        # Only the teams the viewer may open, so the filter cannot reveal names.
        team_field.queryset = teams

    def filters(self) -> ReviewFilters:
        """The filters from the valid fields; a malformed field counts as "any"."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return ReviewFilters(
            since=data.get("since"), until=data.get("until"), team=data.get("team"), by_review=True
        )

    def query(self) -> QueryDict:
        """The filters in force, as a mutable query to build links from: each valid value
        in the form's own spelling, nothing else (an unknown or malformed parameter of the
        address is not carried on into the page's links)."""
        filters = self.filters()
        kept = QueryDict(mutable=True)
        for name, value in (("since", filters.since), ("until", filters.until)):
            if value is not None:
                kept[name] = value.isoformat()
        if filters.team is not None:
            kept["team"] = str(filters.team.pk)
        return kept

    def problems(self) -> list[str]:
        """One sentence per malformed parameter."""
        self.is_valid()
        expected = {
            "since": DATE_EXPECTED,
            "until": DATE_EXPECTED,
            "team": "the number of a team in the “Team” list",
        }
        return [
            bad_parameter(
                name,
                str(self.data.get(name, "")),
                expected[name],
                f"The “{self.fields[name].label}” filter was left out.",
            )
            for name in self.errors
            if name in expected
        ]


def agreement_chart(summary: AgreementSummary) -> dict[str, object] | None:
    """A horizontal bar per behaviour: the share (0-100 %) of its reviews where the reviewer
    agreed with the engine, most disagreed at the top; a behaviour with too few reviews to
    judge is drawn pale (the page says so under the chart). None with nothing reviewed."""
    rows = summary.most_disagreed()
    if not rows:
        return None
    # Plotly draws the first category at the bottom: reversed, the most disagreed is on top.
    rows = rows[::-1]
    labels = [row.label for row in rows]
    return {
        "data": [
            {
                "type": "bar",
                "orientation": "h",
                "x": [round(100 * (row.figures.rate or 0.0), 1) for row in rows],
                "y": labels,
                "customdata": [row.figures.n for row in rows],
                "marker": {
                    "color": "#1f5f8b",
                    "opacity": [0.4 if row.figures.too_few else 1.0 for row in rows],
                },
                "hovertemplate": "%{x:.0f}% agreed over %{customdata} reviews<extra>%{y}</extra>",
            }
        ],
        "layout": {
            "height": 90 + 24 * len(rows),
            "margin": {"l": 10, "r": 16, "t": 10, "b": 60},
            "paper_bgcolor": "rgba(0,0,0,0)",
            "plot_bgcolor": "rgba(0,0,0,0)",
            "font": {"family": FONT, "size": 12},
            "xaxis": {
                # Short: on a phone the plot is 110 px wide and a longer title ran off the
                # card. The page says under the chart what a pale bar means.
                "title": {"text": "% agreed (0-100)"},
                "range": [0, 100],
                "tickvals": [0, 25, 50, 75, 100],
                "fixedrange": True,
            },
            "yaxis": {"automargin": True, "fixedrange": True, "title": {"text": ""}},
            "showlegend": False,
        },
    }


#: How many conversations reviewed by two or more people the page links to.
CALIBRATED_SHOWN = 10


@dataclass(frozen=True)
class Calibrated:
    """How the reviewers agree with each other, over the conversations two or more of them
    reviewed: each pair of reviews of one conversation compared behaviour by behaviour."""

    conversations: int
    compared: int
    same: int
    latest: list[Conversation]

    @property
    def percent(self) -> int:
        """The share of compared verdicts that were the same, in whole per cent."""
        return round(100 * self.same / self.compared) if self.compared else 0


def calibrated(reviews: QuerySet[Review]) -> Calibrated:
    """Reviewer against reviewer among `reviews`: the figures above compare each reviewer
    with the engine only, so a team calibrating (two people reviewing the same
    conversations) could not see how far they agree with each other."""
    shared = (
        reviews.values("conversation_id")
        .annotate(n=Count("id"))
        .filter(n__gte=2)
        .values_list("conversation_id", flat=True)
    )
    ids = list(shared)
    verdicts: dict[tuple[int, str], list[str]] = defaultdict(list)
    for conversation_id, behaviour, verdict in ReviewVerdict.objects.filter(
        review__in=reviews.filter(conversation_id__in=ids)
    ).values_list("review__conversation_id", "behaviour", "verdict"):
        verdicts[(conversation_id, behaviour)].append(verdict)
    pairs = [pair for said in verdicts.values() for pair in combinations(said, 2)]
    latest = list(Conversation.objects.filter(pk__in=ids).order_by("-opened_at")[:CALIBRATED_SHOWN])
    return Calibrated(
        conversations=len(ids),
        compared=len(pairs),
        same=sum(1 for a, b in pairs if a == b),
        latest=latest,
    )


@login_required
def agreement_page(request: HttpRequest) -> HttpResponse:
    """Per behaviour, how often reviewers agreed with the engine; with `?behaviour=`, the
    reviewed conversations where they disagreed on it."""
    person = permissions.person_for(request.user)
    if person is None or not can_view_agreement(request.user):
        raise Http404("No such page, or not one you can see.")
    form = AgreementFilterForm(request.GET or None, teams=permissions.visible_teams(request.user))
    filters = form.filters()
    reviews = reviewed(permissions.visible_conversations(request.user), filters)
    summary = summarise(reviews, person.organisation_id)
    behaviour = request.GET.get("behaviour", "")
    chosen = next((b for b in summary.behaviours if b.behaviour == behaviour), None)
    chart = agreement_chart(summary)
    problems = form.problems()
    page = None
    if chosen is not None:
        listed = Paginator(disagreements(reviews, chosen.behaviour), DISAGREEMENTS_PAGE)
        page, page_problem = page_of(listed, request.GET.get("page"))
        problems.extend([page_problem] if page_problem else [])
    # Behaviour links keep the filters in force, choose only the behaviour and start at its
    # first page; the pager's links add the chosen behaviour to the same.
    kept = form.query()
    query = kept.urlencode()
    if chosen is not None:
        kept["behaviour"] = chosen.behaviour
    return render(
        request,
        "conversations/agreement.html",
        {
            "form": form,
            "problems": problems,
            "summary": summary,
            "calibrated": calibrated(reviews),
            "minimum": MINIMUM_REVIEWS,
            "chosen": chosen,
            "page": page,
            "chart_json": json.dumps(chart) if chart else "",
            "query": query,
            "pager_query": kept.urlencode(),
            "filtered": filters.narrowed,
        },
    )
