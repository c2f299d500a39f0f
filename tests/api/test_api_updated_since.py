"""A nightly sync asks the API "what changed since my last run".

Before, there was no way to: `since`/`until` filter by the day a conversation opened, so
a conversation re-scored today (a new rubric) or taken in again by an import (new
messages) was invisible to an export that had already read its opening day, and the only
way to read scorecards was one request per conversation (2,400 for the demo). Now
`updated_since` narrows `GET /conversations` (imported, re-imported or scored at or after
it) and the new `GET /scorecards` (scored at or after it), which pages through every
scorecard the caller may read under the conversation filters.
"""

from __future__ import annotations

import datetime as dt

from django.test import Client
from django.utils import timezone

from legendary.conversations.models import ImportBatch, Scorecard
from web.conftest import World, make_conversation, make_scorecard


def _scored(conversation_id: int, when: dt.datetime) -> None:
    Scorecard.objects.filter(conversation_id=conversation_id).update(scored_at=when)


def _ids(client: Client, path: str, **params: object) -> set[int]:
    answer = client.get(path, params)
    assert answer.status_code == 200, answer.content
    key = "conversation_id" if path.startswith("/api/scorecards") else "id"
    return {row[key] for row in answer.json()["items"]}


def test_conversations_changed_since_are_the_rescored_and_the_reimported(
    leader: Client, world: World
) -> None:
    now = timezone.now()
    last_run = now - dt.timedelta(hours=12)
    rescored = make_conversation(world.frontline, subject="Refund for a cracked vase", days_ago=30)
    make_scorecard(rescored)
    quiet = make_conversation(world.frontline, subject="Where is my order?", days_ago=30)
    make_scorecard(quiet)
    _scored(quiet.pk, now - dt.timedelta(days=2))
    reimported = make_conversation(world.frontline, subject="Missing voucher", days_ago=30)
    batch = ImportBatch.objects.create(organisation=world.org, file_name="later-export.csv")
    reimported.import_batch = batch
    reimported.save()

    changed = _ids(leader, "/api/conversations", updated_since=last_run.isoformat(), page_size=100)

    assert rescored.pk in changed
    assert reimported.pk in changed  # its new messages wait to be scored: fetch it again
    assert quiet.pk not in changed
    # Without the filter every one of them is still listed.
    assert {rescored.pk, quiet.pk, reimported.pk} <= _ids(
        leader, "/api/conversations?page_size=100"
    )


def test_scorecards_list_pages_through_what_was_scored_since(leader: Client, world: World) -> None:
    now = timezone.now()
    old = make_conversation(world.frontline, subject="Old complaint", days_ago=40)
    make_scorecard(old, 40.0)
    _scored(old.pk, now - dt.timedelta(days=3))
    fresh = [
        make_conversation(world.frontline, subject=f"Delivery slot {n}", days_ago=5)
        for n in range(5)
    ]
    for conversation in fresh:
        make_scorecard(conversation, 80.0, flags=["breaker"])
    since = (now - dt.timedelta(days=1)).isoformat()

    pages = [
        leader.get("/api/scorecards", {"updated_since": since, "page_size": 2, "page": page})
        for page in (1, 2, 3)
    ]

    rows = [row for page in pages for row in page.json()["items"]]
    ids = [row["conversation_id"] for row in rows]
    assert sorted(ids) == sorted(c.pk for c in fresh)  # each once, none twice, old left out
    assert all(page.json()["count"] == len(fresh) for page in pages)
    first = rows[0]
    assert first["overall"] == 80.0
    assert first["flags"] == ["breaker"]
    assert first["rubric_version"]
    assert first["sentiment_start"] is None  # stored as "" when unknown
    assert old.pk in _ids(leader, "/api/scorecards?page_size=100")


def test_scorecards_list_keeps_to_what_the_token_owner_may_read(
    frontline: Client, world: World
) -> None:
    for conversation in (world.frontline_conversation, world.colleague_conversation):
        make_scorecard(conversation)

    seen = _ids(frontline, "/api/scorecards?page_size=100")

    assert world.frontline_conversation.pk in seen
    assert world.colleague_conversation.pk not in seen


def test_updated_since_without_a_time_zone_is_utc_and_a_bad_one_is_named(
    leader: Client, world: World
) -> None:
    scored = make_conversation(world.frontline, subject="Gift card balance", days_ago=10)
    make_scorecard(scored)
    _scored(scored.pk, dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC))

    assert scored.pk in _ids(leader, "/api/scorecards?updated_since=2026-03-02T08:59:00")
    assert scored.pk not in _ids(leader, "/api/scorecards?updated_since=2026-03-02T09:01:00")
    assert scored.pk in _ids(leader, "/api/conversations?updated_since=2026-03-02")

    # "+01:00" typed into the address unencoded arrives as " 01:00"; it is read as meant.
    assert scored.pk in _ids(leader, "/api/scorecards?updated_since=2026-03-02T09:59:00+01:00")
    assert scored.pk not in _ids(leader, "/api/scorecards?updated_since=2026-03-02T10:01:00+01:00")

    bad = leader.get("/api/conversations?updated_since=last-tuesday")
    assert bad.status_code == 400
    assert bad.json()["detail"].startswith("updated_since:")


def test_the_schema_offers_the_scorecard_list_and_the_filter(leader: Client) -> None:
    paths = leader.get("/api/openapi.json").json()["paths"]

    for path in ("/api/conversations", "/api/scorecards"):
        names = {p["name"] for p in paths[path]["get"]["parameters"]}
        assert "updated_since" in names
