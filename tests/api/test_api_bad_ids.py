"""Id filters of the API past what a database id can be: a 400 naming the field, not a 500."""

from __future__ import annotations

from django.test import Client


def test_a_team_filter_larger_than_any_id_is_a_bad_request(leader: Client) -> None:
    """`/api/people?team=99999999999999999999` raised OverflowError in SQLite (a 500, the
    same on every role); found by sending oversized ids to every filter as each demo user."""
    response = leader.get("/api/people", {"team": "99999999999999999999"})
    assert response.status_code == 400
    assert response.json()["detail"].startswith("team: Input should be less than or equal to")
    for bad in ("0", "-3"):
        assert leader.get("/api/people", {"team": bad}).status_code == 400
    # The largest id the database can hold is a filter that simply matches nobody.
    assert leader.get("/api/people", {"team": str(2**63 - 1)}).json()["count"] == 0
