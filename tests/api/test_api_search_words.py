"""`?search=` with a NUL character: a 400 naming the field, not every row (or a 500).

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
