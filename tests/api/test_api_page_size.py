"""A page larger than the API gives is refused by name, never silently cut.

django-ninja cut `?page_size=500` to 100 rows without a word: an integrator who asked for
500 to fetch a quarter's conversations in one call got 100 and, unless they compared them
with `count`, reported on a fifth of the data.
"""

from __future__ import annotations

import pytest
from django.test import Client

from legendary.api.params import MAX_PAGE_SIZE
from web.conftest import World, make_conversation


@pytest.mark.parametrize("path", ["/api/conversations", "/api/people"])
def test_a_page_size_over_the_limit_is_a_400_naming_the_field(
    leader: Client, world: World, path: str
) -> None:
    answer = leader.get(path, {"page_size": MAX_PAGE_SIZE + 1})

    assert answer.status_code == 400
    detail = answer.json()["detail"]
    assert detail.startswith("page_size:")
    assert str(MAX_PAGE_SIZE) in detail


def test_the_largest_page_is_served_whole(leader: Client, world: World) -> None:
    for n in range(MAX_PAGE_SIZE + 2):
        make_conversation(world.frontline, subject=f"Bulk {n}")
    page = leader.get("/api/conversations", {"page_size": MAX_PAGE_SIZE}).json()

    assert len(page["items"]) == MAX_PAGE_SIZE
    assert page["count"] > MAX_PAGE_SIZE


def test_the_limit_is_in_the_api_description(leader: Client) -> None:
    parameters = leader.get("/api/openapi.json").json()["paths"]["/api/conversations"]["get"][
        "parameters"
    ]
    page_size = next(p for p in parameters if p["name"] == "page_size")

    assert {"maximum": MAX_PAGE_SIZE, "minimum": 1, "type": "integer"} in page_size["schema"][
        "anyOf"
    ]
    assert f"1 to {MAX_PAGE_SIZE}" in page_size["description"]
