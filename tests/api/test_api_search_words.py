"""API filters that cannot mean what they say: a NUL in `?search=`, `until` before `since`.

Found sending odd words to every API filter: SQLite's LIKE stops at a NUL, so
`/api/conversations?search=%00` answered with every conversation the user may read, as if
nothing had been searched for, and PostgreSQL refuses a NUL in a query (a 500). The
conversation page already named the bad word; the API now does too.
"""

from __future__ import annotations

import pytest
from django.test import Client


@pytest.mark.parametrize("path", ["/api/conversations", "/api/conversations/flags", "/api/people"])
def test_a_nul_in_the_search_words_is_a_bad_request_naming_search(
    leader: Client, path: str
) -> None:
    response = leader.get(path, {"search": "parcel\x00"})
    assert response.status_code == 400
    assert response.json()["detail"].startswith("search:")
    assert "NUL" in response.json()["detail"]


def test_ordinary_search_words_still_narrow_the_list(leader: Client) -> None:
    found = leader.get("/api/conversations", {"search": "refund"}).json()
    assert [c["subject"] for c in found["items"]] == ["Cole's refund"]
    assert leader.get("/api/people", {"search": "Ivy"}).json()["count"] == 1


@pytest.mark.parametrize("path", ["/api/conversations", "/api/conversations/flags"])
def test_until_before_since_is_a_bad_request_naming_both(leader: Client, path: str) -> None:
    """The page says so out loud; the API answered an empty list, which a script reads as a
    week with no conversations (found on the QA walk of the API filters)."""
    response = leader.get(path, {"since": "2026-11-10", "until": "2026-11-03"})
    assert response.status_code == 400
    assert response.json()["detail"] == (
        "until: 2026-11-03 is before since (2026-11-10), so no conversation can match; "
        "swap the two dates"
    )
    same_day = leader.get(path, {"since": "2026-11-03", "until": "2026-11-03"})
    assert same_day.status_code == 200
