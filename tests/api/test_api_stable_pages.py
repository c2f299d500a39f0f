"""Paging through people never shows a row twice, even among people of one name.

`GET /api/people` was ordered by name alone: two people called the same (two Sam Patels
in a large organisation) tied, and a database may return tied rows in any order on each
query, so one page could repeat a Sam Patel and the next leave the other out. The list
now ends its order on the id, as the conversation and scorecard lists do.
"""

from __future__ import annotations

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from legendary.people.services import create_person
from web.conftest import World


def test_people_of_one_name_are_each_on_exactly_one_page(leader: Client, world: World) -> None:
    made = {create_person(world.org, "Sam Patel", email=f"sam{n}@example.com").pk for n in range(4)}

    with CaptureQueriesContext(connection) as queries:
        pages = [
            leader.get("/api/people", {"search": "Sam Patel", "page_size": 1, "page": page})
            for page in (1, 2, 3, 4)
        ]

    ids = [row["id"] for page in pages for row in page.json()["items"]]
    assert sorted(ids) == sorted(made)
    listing = [q["sql"] for q in queries.captured_queries if "LIMIT" in q["sql"]]
    assert listing
    # The tie is broken in the database's own order, not left to chance.
    assert all(sql.rstrip().split("ORDER BY")[-1].count(",") >= 1 for sql in listing)
