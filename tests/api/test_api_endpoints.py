"""The people and conversation API: shapes, filters, pagination and the OpenAPI document."""

from __future__ import annotations

from django.test import Client

from legendary.conversations.models import Channel
from web.conftest import World, make_conversation, make_scorecard


def test_conversation_detail_carries_the_transcript_in_order(leader: Client, world: World) -> None:
    data = leader.get(f"/api/conversations/{world.frontline_conversation.pk}").json()
    assert data["subject"] == "Fran's parcel"
    assert data["channel"] == "chat"
    assert data["customer"]["display_name"] == "Rosa Customer"
    assert data["agents"] == [{"id": world.frontline.pk, "name": "Fran Frontline"}]
    assert [t["position"] for t in data["turns"]] == [0, 1]
    assert data["turns"][1]["speaker_role"] == "agent"
    assert data["turns"][1]["person_id"] == world.frontline.pk


def test_conversation_list_filters_like_the_page(leader: Client, world: World) -> None:
    make_conversation(world.colleague, channel=Channel.SOCIAL, subject="Public post")
    social = leader.get("/api/conversations", {"channel": "social"}).json()
    assert [c["subject"] for c in social["items"]] == ["Public post"]
    by_agent = leader.get("/api/conversations", {"agent": world.indirect_report.pk}).json()
    assert [c["subject"] for c in by_agent["items"]] == ["Ivy's booking"]
    found = leader.get("/api/conversations", {"search": "lid crushed"}).json()
    assert found["count"] == 5  # every org conversation uses that text; Otto's is not counted


def test_conversation_list_is_paginated(leader: Client, world: World) -> None:
    for n in range(30):
        make_conversation(world.frontline, subject=f"Bulk {n}")
    first = leader.get("/api/conversations").json()
    assert first["count"] == 34
    assert len(first["items"]) == 25
    assert len(leader.get("/api/conversations", {"page": 2}).json()["items"]) == 9


def test_conversations_can_be_listed_and_counted_by_flag(
    analyst: Client, frontline: Client, world: World
) -> None:
    make_scorecard(make_conversation(world.frontline, subject="Promise"), flags=["promise_to_keep"])
    make_scorecard(
        make_conversation(world.colleague, subject="Upset"),
        flags=["ended_negative", "promise_to_keep"],
    )
    upset = analyst.get("/api/conversations", {"flag": "ended_negative"}).json()
    assert [c["subject"] for c in upset["items"]] == ["Upset"]
    assert upset["items"][0]["flags"] == ["ended_negative", "promise_to_keep"]
    promises = analyst.get("/api/conversations", {"flag": "promise_to_keep"}).json()
    assert {c["subject"] for c in promises["items"]} == {"Promise", "Upset"}
    counts = analyst.get("/api/conversations/flags").json()
    assert counts["worth_a_look"] == 1
    by_flag = {f["flag"]: f for f in counts["flags"]}
    assert by_flag["promise_to_keep"] == {
        "flag": "promise_to_keep",
        "label": "Promise to check",
        "count": 2,
        "follow_up": True,
    }
    assert by_flag["ended_negative"]["count"] == 1
    assert by_flag["ended_negative"]["follow_up"] is False
    # Counts take the list's other filters, and each person's view: Fran sees only hers.
    frans = analyst.get("/api/conversations/flags", {"agent": world.frontline.pk}).json()
    assert frans["worth_a_look"] == 0
    own = frontline.get("/api/conversations/flags").json()
    assert {f["flag"]: f["count"] for f in own["flags"]}["promise_to_keep"] == 1


def test_people_can_be_filtered_by_team_and_role(leader: Client, world: World) -> None:
    store = leader.get("/api/people", {"team": world.store.pk}).json()["items"]
    assert {p["name"] for p in store} == {"Maya Manager", "Fran Frontline"}
    managers = leader.get("/api/people", {"role": "manager"}).json()["items"]
    assert {p["name"] for p in managers} == {"Maya Manager", "Tom Teamlead"}


def test_teams_carry_their_parent(leader: Client, world: World) -> None:
    kiosk = leader.get(f"/api/teams/{world.kiosk.pk}").json()
    assert kiosk["parent_id"] == world.store.pk


def test_openapi_describes_every_endpoint(leader: Client) -> None:
    paths = leader.get("/api/openapi.json").json()["paths"]
    for path in (
        "/api/people",
        "/api/people/{person_id}",
        "/api/teams",
        "/api/conversations",
        "/api/conversations/{conversation_id}",
        "/api/conversations/flags",
    ):
        assert path in paths
    assert leader.get("/api/docs").status_code == 200
