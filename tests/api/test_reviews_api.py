"""GET /api/reviews and GET /api/reviews/agreement: the page's figures, to the same people."""

from __future__ import annotations

import datetime as dt

from django.test import Client
from django.utils import timezone

from legendary.conversations.models import Review
from web.conftest import World
from web.test_agreement_page import make_review, reviewed  # noqa: F401  (a fixture)


def test_reviews_list_each_with_its_verdicts(analyst: Client, reviewed: World) -> None:  # noqa: F811
    body = analyst.get("/api/reviews").json()
    assert body["count"] == 2
    by_conversation = {item["conversation_id"]: item for item in body["items"]}
    cole = by_conversation[reviewed.colleague_conversation.pk]
    assert cole["overall"] == 46.0
    assert cole["reviewer_id"] == reviewed.analyst.pk
    assert cole["verdicts"] == [
        {"behaviour": "apologises", "engine": "present", "verdict": "absent"}
    ]


def test_updated_since_leaves_out_older_reviews(analyst: Client, reviewed: World) -> None:  # noqa: F811
    long_ago = timezone.now() - dt.timedelta(days=30)
    Review.objects.filter(conversation=reviewed.frontline_conversation).update(updated_at=long_ago)
    since = (timezone.now() - dt.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    body = analyst.get(f"/api/reviews?updated_since={since}").json()
    assert [i["conversation_id"] for i in body["items"]] == [reviewed.colleague_conversation.pk]


def test_a_manager_reads_only_their_reports_reviews(manager: Client, reviewed: World) -> None:  # noqa: F811
    body = manager.get("/api/reviews").json()
    assert [i["conversation_id"] for i in body["items"]] == [reviewed.frontline_conversation.pk]
    figures = manager.get("/api/reviews/agreement").json()
    apologises = next(b for b in figures["behaviours"] if b["behaviour"] == "apologises")
    assert (apologises["n"], apologises["agreement"]) == (1, 1.0)
    # Everyone said present: kappa is undefined, and said so.
    assert apologises["kappa"] is None
    assert apologises["kappa_note"]


def test_frontline_gets_404_from_both(frontline: Client, reviewed: World) -> None:  # noqa: F811
    assert frontline.get("/api/reviews").status_code == 404
    assert frontline.get("/api/reviews/agreement").status_code == 404


def test_agreement_figures_match_the_page(analyst: Client, reviewed: World) -> None:  # noqa: F811
    body = analyst.get("/api/reviews/agreement").json()
    assert body["reviews"] == 2
    apologises = next(b for b in body["behaviours"] if b["behaviour"] == "apologises")
    assert apologises["quality"] == "responsive"
    assert (apologises["n"], apologises["agreed"], apologises["precision"]) == (2, 1, 0.5)
    assert apologises["confusion"] == {"tp": 1, "fp": 1, "fn": 0, "tn": 0}
    assert apologises["too_few"] is True
    assert body["gaps"]["overall"] == {"n": 2, "mean_difference": 3.0}


def test_a_team_outside_the_view_is_a_404_and_swapped_dates_a_400(
    manager: Client,
    reviewed: World,  # noqa: F811
) -> None:
    # Online (Cole's team) is in Maya's organisation but outside her view: a 404 from both,
    # as for a team that does not exist, and Cole's review is in none of her figures.
    online = reviewed.online.pk
    assert manager.get(f"/api/reviews?team={online}").status_code == 404
    assert manager.get(f"/api/reviews/agreement?team={online}").status_code == 404
    listed = {i["conversation_id"] for i in manager.get("/api/reviews").json()["items"]}
    assert reviewed.colleague_conversation.pk not in listed
    assert manager.get("/api/reviews/agreement").json()["reviews"] == 1
    response = manager.get("/api/reviews/agreement?since=2026-02-01&until=2026-01-01")
    assert response.status_code == 400
    assert "until" in response.json()["detail"]
