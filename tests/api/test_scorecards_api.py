"""The scorecard endpoints answer exactly what the pages show, to the same people."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from legendary.conversations.models import Conversation, Scorecard
from legendary.conversations.scoring import score_conversations
from web.conftest import World


@pytest.fixture
def scored(world: World) -> World:
    score_conversations(Conversation.objects.all())
    return world


def _scorecard(client: Client, conversation: Conversation) -> tuple[int, dict[str, Any]]:
    response = client.get(f"/api/conversations/{conversation.pk}/scorecard")
    return response.status_code, response.json()


def test_the_scorecard_is_the_stored_one_with_its_evidence(
    frontline: Client, scored: World
) -> None:
    status, body = _scorecard(frontline, scored.frontline_conversation)
    stored = Scorecard.objects.get(conversation=scored.frontline_conversation)
    assert status == 200
    assert body["overall"] == stored.overall
    assert body["rubric_version"] == stored.rubric.version
    # The stored evidence, each with its `detail` ({} when the detector said nothing more:
    # the API gives every piece of evidence the same shape).
    assert body["behaviours"] == [
        {**b, "evidence": [{"detail": {}, **e} for e in b["evidence"]]}
        for b in stored.document["behaviours"]
    ]
    apology = next(b for b in body["behaviours"] if b["behaviour"] == "apologises")
    assert apology["outcome"] == "present"
    assert apology["evidence"][0]["quote"].startswith("I'm sorry")


@pytest.mark.parametrize(
    ("persona", "conversation", "status"),
    [
        ("frontline", "frontline_conversation", 200),
        ("frontline", "colleague_conversation", 404),
        ("frontline", "indirect_conversation", 404),
        ("manager", "indirect_conversation", 200),
        ("manager", "colleague_conversation", 404),
        ("leader", "colleague_conversation", 200),
        ("analyst", "colleague_conversation", 200),
        ("outsider", "frontline_conversation", 404),
    ],
)
def test_who_may_read_a_scorecard(
    request: pytest.FixtureRequest, scored: World, persona: str, conversation: str, status: int
) -> None:
    client: Client = request.getfixturevalue(persona)
    assert _scorecard(client, getattr(scored, conversation))[0] == status


def test_an_unscored_conversation_is_a_404(frontline: Client, world: World) -> None:
    assert _scorecard(frontline, world.frontline_conversation)[0] == 404


def test_a_persons_care_figures(manager: Client, scored: World) -> None:
    response = manager.get(f"/api/people/{scored.frontline.pk}/care")
    body = response.json()
    stored = Scorecard.objects.get(conversation=scored.frontline_conversation)
    assert response.status_code == 200
    assert body["scored_conversations"] == 1
    assert body["overall"] == pytest.approx(stored.overall)
    rates = {b["behaviour"]: b for b in body["behaviours"]}
    assert rates["apologises"]["present"] == 1


@pytest.mark.parametrize(
    ("persona", "person", "status"),
    [
        ("frontline", "frontline", 200),
        ("frontline", "colleague", 404),
        ("manager", "indirect_report", 200),
        ("manager", "colleague", 404),
        ("leader", "colleague", 200),
        ("outsider", "frontline", 404),
    ],
)
def test_who_may_read_a_persons_care_figures(
    request: pytest.FixtureRequest, scored: World, persona: str, person: str, status: int
) -> None:
    client: Client = request.getfixturevalue(persona)
    target = getattr(scored, person)
    assert client.get(f"/api/people/{target.pk}/care").status_code == status


def test_care_figures_before_scoring_are_empty_not_invented(
    frontline: Client, world: World
) -> None:
    body = frontline.get(f"/api/people/{world.frontline.pk}/care").json()
    assert body["scored_conversations"] == 0
    assert body["overall"] is None
    assert body["behaviours"] == []
