"""The Engine agreement page, the list's "reviewed" filter and the CSV's reviewed column.

Two reviews of "apologises" make the figures: on Fran's parcel (served by a report of Maya
Manager) the reviewer agreed with the engine's "present"; on Cole's refund (Cole does not
report to Maya) the reviewer corrected it to "absent". An analyst sees 2 reviews, 50%
agreed; Maya sees only the first, 100%.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Mapping

import pytest
from django.test import Client
from django.utils import timezone

from legendary.conversations import agreement_views
from legendary.conversations.models import (
    Conversation,
    Review,
    ReviewVerdict,
    RubricVersion,
    Scorecard,
)
from legendary.conversations.scoring import rubric_in_use
from legendary.people.models import Person
from web.conftest import World, make_scorecard

PAGE = "/conversations/agreement/"


def make_review(
    conversation: Conversation,
    reviewer: Person,
    verdicts: Mapping[str, tuple[str, str]],
    overall: float | None = 70.0,
    comment: str = "",
) -> Review:
    """A stored review: `verdicts` maps a behaviour to (engine outcome, reviewer outcome)."""
    rubric, _ = rubric_in_use(conversation.organisation)
    # The engine's scores as they stand, which is what save_review keeps on a review.
    card = Scorecard.objects.filter(conversation=conversation).first()
    engine = {
        f"engine_{score}": None if card is None else getattr(card, score)
        for score in ("overall", "committed", "attentive", "responsive", "empowered")
    }
    review = Review.objects.create(
        conversation=conversation,
        reviewer=reviewer,
        rubric=rubric,
        comment=comment,
        overall=overall,
        **dict.fromkeys(("committed", "attentive", "responsive", "empowered"), overall),
        **engine,
    )
    ReviewVerdict.objects.bulk_create(
        ReviewVerdict(review=review, behaviour=b, engine=engine, verdict=verdict)
        for b, (engine, verdict) in verdicts.items()
    )
    return review


@pytest.fixture
def reviewed(world: World) -> World:
    make_scorecard(world.frontline_conversation, 70.0)
    make_scorecard(world.colleague_conversation, 50.0)
    make_review(
        world.frontline_conversation, world.analyst, {"apologises": ("present", "present")}, 80.0
    )
    make_review(
        world.colleague_conversation,
        world.analyst,
        {"apologises": ("present", "absent")},
        46.0,
        comment="The sorry came after the refund was refused, not for the delay.",
    )
    return world


def _apologises(client: Client, query: str = "") -> object:
    response = client.get(PAGE + query)
    assert response.status_code == 200
    rows = {b.behaviour: b for b in response.context["summary"].behaviours}
    return rows.get("apologises")


def test_an_analyst_sees_every_review_with_its_figures(analyst: Client, reviewed: World) -> None:
    response = analyst.get(PAGE)
    assert response.status_code == 200
    summary = response.context["summary"]
    row = next(b for b in summary.behaviours if b.behaviour == "apologises")
    assert (row.figures.n, row.figures.agreed) == (2, 1)
    assert row.quality == "responsive"
    assert row.figures.precision == pytest.approx(0.5)
    page = response.content.decode()
    assert "Apologises" in page
    assert "too few reviews to judge" in page
    # Reviewed minus engine: +10 and -4, a mean of +3 points.
    assert summary.gaps["overall"].mean_difference == pytest.approx(3.0)
    assert "+3.0" in page
    # The gap is against the engine's scores kept on each review (since 9274f63), and the
    # page says so rather than "the conversation's current scorecard".
    assert "the one the reviewer saw when they saved the review" in page
    assert "current scorecard" not in page


def test_a_managers_figures_count_only_their_reports_reviews(
    manager: Client, reviewed: World
) -> None:
    row = _apologises(manager)
    assert row is not None
    assert (row.figures.n, row.figures.agreed) == (1, 1)  # type: ignore[attr-defined]


def test_the_page_counts_reviews_not_conversations(analyst: Client, reviewed: World) -> None:
    """Two reviewers of one conversation are two reviews: the page said "3 reviewed
    conversations" of the two conversations below, and headed the gap table's counts
    "Conversations"."""
    make_review(
        reviewed.frontline_conversation, reviewed.manager, {"apologises": ("present", "present")}
    )
    page = analyst.get(PAGE).content.decode()
    assert "3 reviews" in page
    assert "reviewed conversation" not in page
    gap_table = page[page.index('id="gap-heading"') : page.index('id="most-heading"')]
    assert '<th scope="col" class="num">Reviews</th>' in gap_table
    assert 'data-label="Reviews">' in gap_table  # the count itself: agreement_summary's
    assert "Conversations" not in gap_table


def test_frontline_gets_a_404_and_no_nav_entry(
    frontline: Client, analyst: Client, reviewed: World
) -> None:
    assert frontline.get(PAGE).status_code == 404
    assert "Engine agreement" not in frontline.get("/conversations/").content.decode()
    assert "Engine agreement" in analyst.get("/conversations/").content.decode()


def test_the_behaviour_link_lists_the_conversations_where_they_disagreed(
    analyst: Client, reviewed: World
) -> None:
    page = analyst.get(PAGE + "?behaviour=apologises").content.decode()
    assert "Cole&#x27;s refund" in page or "Cole's refund" in page
    assert f"/conversations/{reviewed.colleague_conversation.pk}/" in page
    assert "Fran&#x27;s parcel" not in page
    assert "The sorry came after the refund was refused" in page


def test_the_disagreements_come_a_page_at_a_time_keeping_the_filters(
    analyst: Client, reviewed: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert agreement_views.DISAGREEMENTS_PAGE == 50
    monkeypatch.setattr(agreement_views, "DISAGREEMENTS_PAGE", 1)
    make_review(
        reviewed.frontline_conversation,
        reviewed.leader,
        {"apologises": ("present", "absent")},
        comment="The apology was for the wrong parcel.",
    )
    query = "?since=2000-01-01&behaviour=apologises"
    first = analyst.get(PAGE + query).content.decode()
    assert "The apology was for the wrong parcel." in first  # the newest first
    assert "The sorry came after the refund was refused" not in first
    assert "2 reviews corrected the engine" in first
    assert "Page 1 of 2" in first
    assert 'href="?since=2000-01-01&amp;behaviour=apologises&amp;page=2#disagreements"' in first
    second = analyst.get(PAGE + query + "&page=2").content.decode()
    assert "The sorry came after the refund was refused" in second
    assert "The apology was for the wrong parcel." not in second
    # Another behaviour's link starts at its first page.
    assert "page=2&amp;behaviour=" not in second
    # A page past the end is named and the last page shown.
    past = analyst.get(PAGE + query + "&page=9").content.decode()
    assert "“page=9” in the address is not understood" in past
    assert "The sorry came after the refund was refused" in past


def test_the_links_keep_only_the_filters_understood(
    analyst: Client, reviewed: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The behaviour and pager links carried the raw query string on: an unknown parameter or
    a malformed filter (named on the page as left out) was echoed into every link. Now they
    are built from the filter values in force, in the form's own spelling."""
    monkeypatch.setattr(agreement_views, "DISAGREEMENTS_PAGE", 1)
    make_review(
        reviewed.colleague_conversation,
        reviewed.leader,
        {"apologises": ("present", "absent")},
        comment="Sorry for the wait, but the refund still was not offered.",
    )
    team = reviewed.online.pk
    query = f"?until=not-a-day&since=2000-1-1&team={team}&ref=newsletter&behaviour=apologises"
    page = analyst.get(PAGE + query).content.decode()
    kept = f"since=2000-01-01&amp;team={team}"
    assert f'href="?{kept}&amp;behaviour=apologises&amp;page=2#disagreements"' in page
    assert f'href="?{kept}&amp;behaviour=apologises#disagreements"' in page
    links = re.findall(r'href="\?([^"]*)"', page)
    assert links
    assert not [link for link in links if "ref=" in link or "until=" in link]
    # With nothing understood, the links carry the behaviour alone.
    bare = analyst.get(PAGE + "?behaviour=apologises&x=1").content.decode()
    assert 'href="?behaviour=apologises&amp;page=2#disagreements"' in bare
    assert "x=1" not in bare


def test_the_team_and_date_filters_narrow_the_reviews(analyst: Client, reviewed: World) -> None:
    online = _apologises(analyst, f"?team={reviewed.online.pk}")
    assert online.figures.n == 1  # type: ignore[attr-defined]
    assert online.figures.agreed == 0  # type: ignore[attr-defined]
    assert _apologises(analyst, "?since=2999-01-01") is None


def test_the_dates_are_the_days_of_the_reviews_not_of_the_conversations(
    analyst: Client, reviewed: World
) -> None:
    # Fran's parcel opened yesterday but was reviewed 40 days ago; Cole's refund opened 40
    # days ago and was reviewed today. "Reviewed from a week ago" is Cole's review alone.
    long_ago = timezone.now() - dt.timedelta(days=40)
    Review.objects.filter(conversation=reviewed.frontline_conversation).update(updated_at=long_ago)
    Conversation.objects.filter(pk=reviewed.colleague_conversation.pk).update(opened_at=long_ago)
    week_ago = (timezone.localdate() - dt.timedelta(days=7)).isoformat()
    recent = _apologises(analyst, f"?since={week_ago}")
    assert (recent.figures.n, recent.figures.agreed) == (1, 0)  # type: ignore[attr-defined]
    month_ago = (timezone.localdate() - dt.timedelta(days=30)).isoformat()
    older = _apologises(analyst, f"?until={month_ago}")
    assert (older.figures.n, older.figures.agreed) == (1, 1)  # type: ignore[attr-defined]
    page = analyst.get(PAGE).content.decode()
    assert ">Reviewed from</label>" in page
    assert ">Reviewed to</label>" in page
    assert "Filter by the day of the review" in page


def test_with_no_reviews_the_page_says_how_to_get_figures(analyst: Client, world: World) -> None:
    page = analyst.get(PAGE).content.decode()
    assert "Review a few conversations on their page" in page
    assert "reviewed=no" in page


def test_the_list_filters_reviewed_and_unreviewed(analyst: Client, reviewed: World) -> None:
    def subjects(query: str) -> set[str]:
        response = analyst.get("/conversations/" + query)
        return {c.subject for c in response.context["page"].object_list}

    assert subjects("?reviewed=yes") == {"Fran's parcel", "Cole's refund"}
    assert "Cole's refund" not in subjects("?reviewed=no")
    assert "Ivy's booking" in subjects("?reviewed=no")
    page = analyst.get("/conversations/").content.decode()
    assert "Not yet reviewed, lowest scores first" in page


def test_the_csv_has_the_reviewed_overall_score(analyst: Client, reviewed: World) -> None:
    response = analyst.get("/conversations/export.csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")  # type: ignore[attr-defined]
    rows = {r["subject"]: r for r in csv.DictReader(io.StringIO(text))}
    assert rows["Cole's refund"]["reviewed"] == "46.0"
    assert rows["Ivy's booking"]["reviewed"] == ""


def test_a_team_outside_the_view_is_named_and_left_out(manager: Client, reviewed: World) -> None:
    """Online is Cole's team, in Maya's own organisation but outside her view (he reports to
    the leader): not offered, named as a problem when asked for, and his review not counted.
    (Another organisation's team proved nothing: no scoping would ever have found it.)"""
    response = manager.get(PAGE + f"?team={reviewed.online.pk}")
    assert response.status_code == 200
    assert any("Team" in problem for problem in response.context["problems"])
    offered = list(response.context["form"].fields["team"].queryset)
    assert reviewed.store in offered
    assert reviewed.online not in offered
    page = response.content.decode()
    assert f'<option value="{reviewed.online.pk}"' not in page
    assert ">Online</option>" not in page
    # Left out: the figures are the manager's whole view, Fran's agreeing review only; Cole's
    # review (the engine corrected) would make it two, one agreed.
    row = next(b for b in response.context["summary"].behaviours if b.behaviour == "apologises")
    assert (row.figures.n, row.figures.agreed) == (1, 1)


def test_an_unreadable_rubric_in_use_falls_back_to_the_default_qualities(
    analyst: Client, reviewed: World
) -> None:
    RubricVersion.objects.filter(organisation=reviewed.org, in_use=True).update(
        definition={"version": "broken", "rules": "not a list"}
    )
    assert _apologises(analyst).quality == "responsive"  # type: ignore[attr-defined]
