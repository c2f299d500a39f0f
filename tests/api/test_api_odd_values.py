"""Odd parameter values are a 400 that names the field, never a 500 or a quiet misreading.

Found on the API walk against the demo (each line failed on 60b6932):
- `page=99999999999999999999` was a 500: the offset did not fit the database's integer.
- `updated_since=0001-01-01T00:00:00+14:00` (and 9999-12-31 with a negative offset) was a
  500: the moment could not be turned into UTC for the query.
- `since=20260101` and `updated_since=20260101` were read as seconds since 1970: the day
  was refused with pydantic's "Datetimes provided to dates should have zero time", and
  the moment quietly became 23 August 1970, so a nightly sync re-read everything.
"""

from __future__ import annotations

import datetime as dt

from django.test import Client

from web.conftest import World, make_scorecard


def _scored(world: World) -> int:
    """Scores the leader's four visible conversations; how many."""
    mine = [
        world.frontline_conversation,
        world.colleague_conversation,
        world.indirect_conversation,
        world.manager_conversation,
    ]
    for conversation in mine:
        make_scorecard(conversation)
    return len(mine)


def _detail(client: Client, path: str, **params: str) -> str:
    answer = client.get(path, params)
    assert answer.status_code == 400, (params, answer.status_code)
    detail: str = answer.json()["detail"]
    return detail


def test_a_page_number_past_any_database_is_a_400(leader: Client, world: World) -> None:
    detail = _detail(leader, "/api/conversations", page="99999999999999999999")
    assert detail.startswith("page: ")
    far = leader.get("/api/conversations", {"page": "1000000"}).json()
    assert far["items"] == []
    assert far["count"] == 4


def test_moments_at_the_ends_of_time_are_the_first_and_last_there_are(
    leader: Client, world: World
) -> None:
    scored = _scored(world)
    everything = leader.get("/api/conversations", {"updated_since": "0001-01-01T00:00:00+14:00"})
    assert everything.status_code == 200
    assert everything.json()["count"] == scored
    nothing = leader.get("/api/scorecards", {"updated_since": "9999-12-31T23:59:59-05:00"})
    assert nothing.status_code == 200
    assert nothing.json()["count"] == 0


def test_a_number_is_not_taken_for_a_day_or_a_moment(leader: Client, world: World) -> None:
    assert _detail(leader, "/api/conversations", since="20260101") == (
        "since: expected a day as YYYY-MM-DD, e.g. 2026-03-02"
    )
    moment = _detail(leader, "/api/scorecards", updated_since="20260101")
    assert moment.startswith("updated_since: expected ISO 8601")


def test_a_day_with_a_time_says_a_day_is_wanted(leader: Client, world: World) -> None:
    detail = _detail(leader, "/api/conversations/flags", until="2026-01-01T10:00")
    assert detail == "until: expected a day as YYYY-MM-DD, e.g. 2026-03-02"
    assert leader.get("/api/conversations", {"since": " 2026-01-01 "}).status_code == 200


def test_a_moment_without_a_zone_is_utc(leader: Client, world: World) -> None:
    # Scored "now": a moment written without a zone an hour before UTC's now keeps them,
    # an hour after leaves them out, whatever the server's own time zone.
    scored = _scored(world)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    before = (now - dt.timedelta(hours=1)).isoformat()
    after = (now + dt.timedelta(hours=1)).isoformat()
    assert leader.get("/api/scorecards", {"updated_since": before}).json()["count"] == scored
    assert leader.get("/api/scorecards", {"updated_since": after}).json()["count"] == 0
