"""A malformed filter in the address is named on the page with what it should be, and the
page still works; the API answers 400 naming the field. They used to be ignored in silence:
`?since=notadate` listed every conversation as if no date had been asked for."""

from __future__ import annotations

import datetime
import re

import pytest
from django.test import Client
from django.urls import reverse

from assessments.conftest import closed_icare_campaign
from legendary.people.models import Person
from web.conftest import World, make_conversation

LIST = reverse("conversations:list")


@pytest.mark.parametrize(
    ("query", "named", "expected"),
    [
        ({"since": "notadate"}, "“since=notadate”", "YYYY-MM-DD"),
        ({"until": "2026-13-45"}, "“until=2026-13-45”", "YYYY-MM-DD"),
        ({"channel": "fax"}, "“channel=fax”", "one of email, chat, phone"),
        ({"agent": "abc"}, "“agent=abc”", "“Served by” list"),
        # Newest first, the default, has no key: named in words, not as an empty choice.
        ({"sort": "sideways"}, "“sort=sideways”", "-care (CARE score, highest first), or no sort"),
        ({"page": "-1"}, "“page=-1”", "page 1"),
        ({"page": "abc"}, "“page=abc”", "page 1"),
        ({"q": "a\x00b"}, "“q=a", "without control characters"),
        ({"flag": "urgent"}, "“flag=urgent”", "one of failed, critical_breaker, breaker"),
    ],
)
def test_the_conversation_list_names_a_malformed_filter(
    leader: Client, query: dict[str, str], named: str, expected: str
) -> None:
    response = leader.get(LIST, query)
    assert response.status_code == 200
    page = response.content.decode()
    problem = next(line for line in page.splitlines() if named in line)
    assert 'role="alert"' in problem
    assert expected in problem
    assert "Fran&#x27;s parcel" in page  # the rest of the page still works


def test_a_page_past_the_end_says_which_page_is_shown(leader: Client, world: World) -> None:
    for n in range(30):
        make_conversation(world.frontline, subject=f"Order {n}")
    page = leader.get(LIST, {"page": "9"}).content.decode()
    assert "“page=9” in the address is not understood: expected a page from 1 to 2." in page
    assert "Showing page 2." in page
    assert "not understood" not in leader.get(LIST, {"page": "2"}).content.decode()


def test_the_htmx_fragment_names_it_too(leader: Client) -> None:
    page = leader.get(LIST, {"since": "yesterday"}, headers={"HX-Request": "true"})
    assert "“since=yesterday”" in page.content.decode()


def test_a_good_filter_shows_no_problem(leader: Client) -> None:
    response = leader.get(LIST, {"since": "2026-01-01", "channel": "email"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "not understood" not in page
    assert 'role="alert"' not in page
    # The list really was drawn with the filter taken up, not an empty or error page.
    assert re.search(r'<option value="email"[^>]*\bselected\b', page)


def alerts(page: str) -> list[str]:
    """The lines of `page` that carry a problem the page names."""
    return [line for line in page.splitlines() if 'role="alert"' in line]


def test_a_misspelt_filter_is_named_above_the_list(
    leader: Client, frontline: Client, world: World
) -> None:
    # Reviewed in session 19: "?chanel=email" listed every channel and said nothing,
    # while the CSV export and the API refused it.
    for viewer, filters in (
        (
            leader,
            "q, channel, agent, team, since, until, sort, flag, flagged, reviewed, behaviour, "
            "outcome",
        ),
        (frontline, "q, channel, since, until, sort, flag, flagged, reviewed, behaviour, outcome"),
    ):
        response = viewer.get(LIST, {"chanel": "email", "sort": "care", "page": "1"})
        assert response.status_code == 200
        page = response.content.decode()
        [problem] = alerts(page)
        assert (
            "“chanel” in the address is not a filter of this list; its filters are "
            f"{filters}. It was left out, so the list below is not filtered by it"
        ) in problem
        assert "Fran&#x27;s parcel" in page  # the page still lists
        assert page.index(problem) < page.index("Fran&#x27;s parcel")
    fragment = leader.get(LIST, {"chanel": "email"}, headers={"HX-Request": "true"})
    assert "“chanel” in the address is not a filter" in fragment.content.decode()
    # A value it cannot read is named for frontline too, as for everyone.
    [problem] = alerts(frontline.get(LIST, {"channel": "fax"}).content.decode())
    assert "“channel=fax” in the address is not understood" in problem


def test_the_lists_own_parameters_stay_quiet(
    leader: Client, frontline: Client, world: World
) -> None:
    query = {"sort": "care", "page": "1", "channel": "chat", "flagged": "on", "reviewed": "no"}
    assert not alerts(leader.get(LIST, {**query, "agent": world.frontline.pk}).content.decode())
    # A frontline person's "Your conversations" link carries their own number as agent.
    assert not alerts(frontline.get(LIST, {**query, "agent": world.frontline.pk}).content.decode())


@pytest.mark.parametrize(
    ("query", "named"),
    [({"role": "wizard"}, "“role=wizard”"), ({"page": "-1"}, "“page=-1”")],
)
def test_the_people_list_names_a_malformed_filter(
    leader: Client, query: dict[str, str], named: str
) -> None:
    response = leader.get(reverse("person_list"), query)
    assert response.status_code == 200
    page = response.content.decode()
    assert f"{named} in the address is not understood" in page
    assert "Fran Frontline" in page


@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("/api/conversations?channel=fax", "channel"),
        ("/api/people?role=wizard", "role"),
        # Wrong types were a 422 with a list of pydantic errors; now a 400 like the rest.
        ("/api/conversations?since=notadate", "since"),
        ("/api/people?team=abc", "team"),
        ("/api/conversations?page=-1", "page"),
        ("/api/conversations?flag=urgent", "flag"),
        ("/api/conversations/flags?flag=urgent", "flag"),
        # Past the largest database id: SQLite raised OverflowError, a 500.
        ("/api/conversations?agent=99999999999999999999", "agent"),
        ("/api/conversations?customer=99999999999999999999", "customer"),
        ("/api/conversations/flags?agent=0", "agent"),
    ],
)
def test_the_api_answers_400_naming_the_field(leader: Client, url: str, field: str) -> None:
    response = leader.get(url)
    assert response.status_code == 400
    assert response.json()["detail"].startswith(f"{field}: ")


def test_survey_results_name_a_malformed_team_or_level(world: World) -> None:
    people: list[Person] = [
        world.frontline,
        world.colleague,
        world.indirect_report,
        world.manager,
        world.leader,
    ]
    campaign = closed_icare_campaign(
        world.org,
        [(p, 4) for p in people],
        closes_on=datetime.date.today() - datetime.timedelta(days=1),
        min_group_scores=3,
    )
    client = Client()
    client.force_login(world.leader.user)  # type: ignore[arg-type]
    url = f"/assessments/{campaign.pk}/results/"
    for query, named in (("team=abc", "“team=abc”"), ("level=boss", "“level=boss”")):
        response = client.get(f"{url}?{query}")
        assert response.status_code == 200
        assert f"{named} in the address is not understood" in response.content.decode()
        assert response.context["focus"] is None
    api = f"/api/assessments/campaigns/{campaign.pk}/results"
    assert client.get(f"{api}?team=abc").status_code == 400
    assert client.get(f"{api}?level=boss").json()["detail"].startswith("level: ")
