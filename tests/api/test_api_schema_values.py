"""The OpenAPI schema says what a scorecard holds and which values its names take.

Before, a scorecard's `behaviours` were `list[object]` in the schema (no field of a
behaviour or of its evidence was described) and flags, breakers, behaviour ids, channel,
status, speaker role, quality, outcome and sentiment were bare strings: a BI analyst
building a warehouse table from /api/openapi.json learnt nothing of them. Now each is
described, with its values listed; an old value stored by an earlier engine is still
returned as it is.
"""

from __future__ import annotations

from typing import Any

from django.test import Client

from legendary.care.behaviours.base import registry
from legendary.care.scoring import ALL_FLAGS
from legendary.conversations.models import Scorecard
from legendary.conversations.scoring import score_conversations
from web.conftest import World, make_conversation


def _schemas(client: Client) -> dict[str, Any]:
    schemas: dict[str, Any] = client.get("/api/openapi.json").json()["components"]["schemas"]
    return schemas


def _enum(schema: dict[str, Any]) -> list[str]:
    if "enum" in schema:
        return list(schema["enum"])
    nullable = [part for part in schema.get("anyOf", []) if part.get("type") != "null"]
    return list(nullable[0]["enum"]) if nullable else []


def test_the_schema_lists_flags_behaviours_and_outcomes(leader: Client) -> None:
    schemas = _schemas(leader)
    card = schemas["ScorecardOut"]["properties"]

    assert set(_enum(card["flags"]["items"])) == set(ALL_FLAGS)
    assert set(_enum(card["breakers"]["items"])) == set(registry())
    assert "$ref" in card["behaviours"]["items"]  # not a bare object any more
    behaviour = schemas["BehaviourOut"]["properties"]
    assert "apologises" in _enum(behaviour["behaviour"])
    assert set(_enum(schemas[behaviour["outcome"]["$ref"].rsplit("/", 1)[1]])) == {
        "present",
        "absent",
        "na",
    }
    assert {"turn", "start", "end", "quote", "confidence"} <= set(
        schemas["EvidenceOut"]["properties"]
    )
    listed = schemas["ConversationOut"]["properties"]
    assert set(_enum(listed["flags"]["items"])) == set(ALL_FLAGS)
    assert "$ref" in listed["channel"]
    assert "$ref" in listed["status"]


def test_a_scored_conversation_answers_as_the_schema_says(leader: Client, world: World) -> None:
    conversation = make_conversation(
        world.frontline,
        subject="Wrong size sent",
        texts=(
            "Hi, you sent me the wrong size of boots and I need them for Saturday.",
            "I'm so sorry about that. I'll send the right size today by express, "
            "so they reach you on Friday.",
        ),
    )
    score_conversations([conversation.pk])

    card = leader.get(f"/api/conversations/{conversation.pk}/scorecard").json()

    names = set(registry())
    assert card["behaviours"]
    for behaviour in card["behaviours"]:
        assert behaviour["behaviour"] in names
        assert behaviour["outcome"] in {"present", "absent", "na"}
        for evidence in behaviour["evidence"]:
            assert isinstance(evidence["turn"], int)
            assert isinstance(evidence["detail"], dict)
    assert card["sentiment_start"] in {"negative", "neutral", "positive", None}


def test_a_name_from_an_older_engine_is_still_returned(leader: Client, world: World) -> None:
    conversation = make_conversation(world.frontline, subject="Lost parcel")
    score_conversations([conversation.pk])
    stored = Scorecard.objects.get(conversation=conversation)
    stored.flags = ["retired_flag"]
    stored.document["behaviours"][0]["behaviour"] = "retired_behaviour"
    stored.save()

    answer = leader.get(f"/api/conversations/{conversation.pk}/scorecard")

    assert answer.status_code == 200
    assert answer.json()["flags"] == ["retired_flag"]
    assert answer.json()["behaviours"][0]["behaviour"] == "retired_behaviour"
