"""A query parameter an endpoint does not read is refused, naming it (session 19).

Walked in session 19: `GET /api/conversations?team=4` (the list had an `agent` filter, no
`team` until session 21; `group` stands in for it here) and `?chanel=email` answered 200
with every conversation, as if filtered; a script could not tell. Now each is a 400 naming
the parameter and the ones the endpoint reads.
"""

from __future__ import annotations

import pytest
from django.test import Client

from web.conftest import World


@pytest.mark.parametrize(
    ("url", "named", "reads"),
    [
        ("/api/conversations?group=4", "“group”", "agent, behaviour, channel, customer"),
        ("/api/conversations?chanel=email&since=2026-01-01", "“chanel”", "since"),
        ("/api/scorecards?teams=1", "“teams”", "flagged"),
        ("/api/reviews?agent=3", "“agent”", "team"),
        ("/api/teams?parent=1", "“parent”", "it takes no query parameters"),
        ("/api/people/1?fields=name", "“fields”", "it takes no query parameters"),
    ],
)
def test_an_unknown_parameter_is_a_400_naming_it(
    leader: Client, world: World, url: str, named: str, reads: str
) -> None:
    response = leader.get(url)
    assert response.status_code == 400, url
    detail = response.json()["detail"]
    assert detail.startswith(f"{named}: not a parameter of {url.split('?')[0]}; ")
    assert reads in detail
    assert detail.endswith("ask again without it, or with the parameter you meant.")


def test_known_parameters_and_none_still_answer(leader: Client, world: World) -> None:
    assert leader.get("/api/conversations?channel=email&page=1&page_size=5").status_code == 200
    assert leader.get("/api/people?team=1&role=frontline").status_code == 200
    assert leader.get("/api/teams").status_code == 200


def test_a_caller_who_is_not_signed_in_gets_the_401_first(client: Client, world: World) -> None:
    response = client.get("/api/conversations?group=4")
    assert response.status_code == 401
    assert "group" not in response.json()["detail"]
