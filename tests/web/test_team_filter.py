"""A group's figures open the conversations behind them (session 21).

Walked in session 20: a person's figures linked to their conversations, but a team page's
"Acknowledges need, 4 missing" and the leader's and manager's home figures opened nothing,
as no list filter matched a group. The conversation list (its CSV and the API) now takes
`team`: the conversations served by the team's people, nested teams included, whom the
reader may see, with a behaviour read over those people's outcomes, as the team page counts
them. Each group figure links to it, and each link lists exactly as many conversations as
the figure says. The home pages count "the last 90 days" from the window's first day, as
the CARE panels do, and say which day that is.
"""

from __future__ import annotations

import datetime as dt
import re
from html import unescape
from urllib.parse import parse_qsl

from django.test import Client
from django.utils import timezone

from legendary.conversations.filter_checks import TEAM_EXPECTED
from legendary.conversations.models import Conversation
from legendary.people.models import Person
from web.conftest import World, make_conversation, make_scorecard

NEED = "acknowledges_need"
RUDE = "rude_language"
LIST = "/conversations/"


def _scored(
    *agents: Person, subject: str, outcomes: dict[str, dict[Person, str]], days_ago: float = 1
) -> None:
    """A scored conversation `agents` served; `outcomes` maps a behaviour to each agent's."""
    conversation = make_conversation(*agents, subject=subject, days_ago=days_ago)
    make_scorecard(conversation, outcomes=outcomes)


def _store_and_online(world: World) -> None:
    """Fran (Store) and Ivy (Kiosk, nested in Store) beside Cole (Online, not under Maya)."""
    fran, ivy, cole = world.frontline, world.indirect_report, world.colleague
    _scored(fran, subject="Fran missed it", outcomes={NEED: {fran: "absent"}})
    _scored(
        fran,
        subject="Fran missed it again",
        outcomes={NEED: {fran: "absent"}, RUDE: {fran: "absent"}},
    )
    _scored(ivy, subject="Ivy missed it", outcomes={NEED: {ivy: "absent"}, RUDE: {ivy: "present"}})
    _scored(ivy, subject="Ivy said it back", outcomes={NEED: {ivy: "present"}})
    # Cole showed it where Fran did not: the conversation showed it, the Store team did not.
    _scored(
        fran, cole, subject="Shared with Cole", outcomes={NEED: {fran: "absent", cole: "present"}}
    )
    _scored(cole, subject="Cole missed it", outcomes={NEED: {cole: "absent"}})
    _scored(fran, subject="Long ago", days_ago=120, outcomes={NEED: {fran: "absent"}})


def _listed(client: Client, query: str) -> list[str]:
    page = client.get(f"{LIST}?{query}").content.decode()
    return sorted(unescape(s) for s in re.findall(r'class="subject"[^>]*>([^<]+)<', page))


def _figure_links(html: str) -> list[tuple[int, str]]:
    """(the figure, the query of its link) of every behaviour figure's link on a page."""
    found = re.findall(
        r'<a class="rate-link" href="/conversations/\?([^"]+)">([\d,]+) (?:missing|where it broke)',
        html,
    )
    return [(int(n.replace(",", "")), unescape(query)) for query, n in found]


def _query(query: str) -> dict[str, str]:
    return dict(parse_qsl(query))


def test_a_team_pages_figures_open_as_many_conversations_as_they_count(
    leader: Client, world: World
) -> None:
    _store_and_online(world)
    html = leader.get(f"/teams/{world.store.pk}/").content.decode()
    links = _figure_links(html)
    by_behaviour = {_query(q)["behaviour"]: (n, q) for n, q in links}
    # Fran twice, Ivy (nested team) once, and the one Fran shared with Cole: Store missed it.
    assert by_behaviour[NEED][0] == 4
    assert by_behaviour[RUDE][0] == 1
    for figure, query in links:
        assert _query(query)["team"] == str(world.store.pk)
        assert len(_listed(leader, query)) == figure, query
    assert _listed(leader, by_behaviour[NEED][1]) == [
        "Fran missed it",
        "Fran missed it again",
        "Ivy missed it",
        "Shared with Cole",
    ]
    # The team's conversation count opens the same window's conversations of the team.
    count = re.search(
        r'<span class="value">(\d+)</span><span class="label">conversations you can read, '
        r'last 90 days <a href="/conversations/\?([^"]+)">',
        html,
    )
    assert count is not None
    assert len(_listed(leader, unescape(count.group(2)))) == int(count.group(1)) == 8


def test_a_nested_teams_link_holds_only_its_own_people(leader: Client, world: World) -> None:
    _store_and_online(world)
    html = leader.get(f"/teams/{world.kiosk.pk}/").content.decode()
    links = {_query(q)["behaviour"]: (n, q) for n, q in _figure_links(html)}
    figure, query = links[NEED]
    assert figure == 1
    assert _listed(leader, query) == ["Ivy missed it"]


def test_the_leaders_home_figures_open_as_many_conversations_as_they_count(
    leader: Client, world: World
) -> None:
    _store_and_online(world)
    html = leader.get("/").content.decode()
    links = _figure_links(html)
    assert {_query(q)["behaviour"] for _n, q in links} == {NEED, RUDE}
    for figure, query in links:
        assert "team" not in _query(query)
        assert len(_listed(leader, query)) == figure, query
    # The organisation's figure: Cole showed it in the shared one, so that one is not missing.
    assert [n for n, q in links if _query(q)["behaviour"] == NEED] == [4]
    scores = re.search(r'<a href="/conversations/\?([^"]+)">Read them, lowest score first', html)
    assert scores is not None
    assert _query(unescape(scores.group(1)))["sort"] == "care"


def test_the_managers_home_figures_read_their_own_peoples_outcomes(
    manager: Client, world: World
) -> None:
    # Cole is not Maya's: his showing it in the shared conversation is not her team's.
    _store_and_online(world)
    links = _figure_links(manager.get("/").content.decode())
    need = [(n, q) for n, q in links if _query(q)["behaviour"] == NEED and "agent" not in q]
    assert need
    for figure, query in need:
        assert figure == 4
        assert _listed(manager, query) == [
            "Fran missed it",
            "Fran missed it again",
            "Ivy missed it",
            "Shared with Cole",
        ]


def test_a_managers_team_filter_counts_only_the_people_they_see(
    manager: Client, world: World
) -> None:
    # A peer of Fran's in the Store team who does not report to Maya: the team page Maya
    # reads counts only her own people, and so does her list.
    peer = Person.objects.create(
        organisation=world.org, name="Pat Peer", role="frontline", team=world.store
    )
    _scored(world.frontline, peer, subject="Fran and Pat", outcomes={NEED: {peer: "absent"}})
    _scored(world.frontline, subject="Fran alone", outcomes={NEED: {world.frontline: "absent"}})
    html = manager.get(f"/teams/{world.store.pk}/").content.decode()
    [(figure, query)] = [(n, q) for n, q in _figure_links(html) if NEED in q]
    assert figure == 1
    assert _listed(manager, query) == ["Fran alone"]


def test_the_filter_bar_offers_only_the_teams_one_may_see(
    manager: Client, leader: Client, frontline: Client, world: World
) -> None:
    def offered(client: Client) -> list[str]:
        html = client.get(LIST).content.decode()
        select = html.split('name="team"')[1].split("</select>")[0]
        assert '<option value="" selected>Any team</option>' in select
        return re.findall(r'<option value="\d+">([^<]+)</option>', select)

    assert offered(manager) == ["Kiosk", "Store"]
    assert offered(leader) == ["Kiosk", "Online", "Store"]
    # A frontline person's list holds only theirs: no team to choose.
    assert 'name="team"' not in frontline.get(LIST).content.decode()


def test_a_team_not_ones_to_see_is_refused_like_the_other_filters(
    manager: Client, leader: Client, world: World
) -> None:
    _store_and_online(world)
    for client, team in ((manager, world.online.pk), (leader, world.other_org_team.pk)):
        html = unescape(client.get(LIST, {"team": team}).content.decode())
        assert f"“team={team}” in the address is not understood" in html
        assert TEAM_EXPECTED in html
        assert "The “Team” filter was left out." in html
        refused = client.get("/conversations/export.csv", {"team": team})
        assert refused.status_code == 400
        assert f"“team={team}”" in refused.content.decode()
        api = client.get("/api/conversations", {"team": team})
        assert api.status_code == 400
        assert api.json()["detail"].startswith(f"team: “team={team}” in the address is not")
    assert leader.get(LIST, {"team": "store"}).status_code == 200
    assert leader.get("/api/conversations", {"team": "store"}).status_code in (400, 422)


def test_the_csv_and_the_api_hold_the_teams_rows(manager: Client, world: World) -> None:
    _store_and_online(world)
    params = {"team": str(world.store.pk), "behaviour": NEED, "outcome": "absent"}
    answer = manager.get("/conversations/export.csv", params)
    assert answer.status_code == 200
    body = b"".join(answer.streaming_content).decode()  # type: ignore[attr-defined]
    for subject in ("Fran missed it", "Ivy missed it", "Shared with Cole", "Long ago"):
        assert subject in body
    assert "Cole missed it" not in body
    api = manager.get("/api/conversations", params).json()
    assert api["count"] == 5  # "Long ago" too: no `since` asked for
    kiosk = manager.get("/api/conversations", {"team": world.kiosk.pk}).json()
    assert sorted(c["subject"] for c in kiosk["items"]) == [
        "Ivy missed it",
        "Ivy said it back",
        "Ivy's booking",
    ]


def _opened_early_on_the_first_day() -> Conversation:
    """A conversation opened on the window's first day, before the moment 90 days ago."""
    moment = timezone.localtime(timezone.now() - dt.timedelta(days=90))
    first_day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    conversation = Conversation.objects.get(subject="Fran missed it")
    Conversation.objects.filter(pk=conversation.pk).update(
        opened_at=first_day + (moment - first_day) / 2
    )
    return conversation


def test_the_home_counts_the_same_window_as_its_care_panel_and_says_it(
    leader: Client, world: World
) -> None:
    # The count read from the very moment 90 days ago, the panel from that day's start: one
    # opened early that day was in the panel's figures but not in "conversations, last 90
    # days".
    _store_and_online(world)
    _opened_early_on_the_first_day()
    first_day = timezone.localtime(timezone.now() - dt.timedelta(days=90)).date()
    html = unescape(leader.get("/").content.decode())
    # The world's 4 conversations (Otto's is another organisation's) and 6 more here.
    assert '<span class="value">10</span><span class="label">conversations, last 90 days' in html
    assert (
        "Every figure here counts the last 90 days: the conversations opened from "
        f"{first_day:%A} {first_day.day} {first_day:%B %Y} to today."
    ) in html
    team = leader.get(f"/teams/{world.store.pk}/").content.decode()
    assert '<span class="value">8</span><span class="label">conversations you can read' in team


def test_each_homes_recent_count_opens_as_many_conversations(
    manager: Client, frontline: Client, analyst: Client, leader: Client, world: World
) -> None:
    _store_and_online(world)
    for client, count in ((manager, 8), (frontline, 4), (analyst, 10), (leader, 10)):
        html = client.get("/").content.decode()
        found = re.search(
            r'<span class="value">(\d+)</span><span class="label">[^<]*'
            r'<a href="/conversations/\?since=([\d-]+)">Read them</a>',
            html,
        )
        assert found is not None
        assert int(found.group(1)) == count
        assert len(_listed(client, f"since={found.group(2)}")) == count
