"""A manager coaches on one behaviour: the conversation list (its CSV export and the API
list, which share the filters) narrows to the conversations where a behaviour was shown or
missing, and a person's CARE figures link to the ones where it was missing.

Walking the demo as a manager, Ben's page read "Acknowledges need 0%" (0 of 110) and
nothing opened those 110 conversations. The outcomes come from the stored per-person
`BehaviourOutcome` rows, so nothing new is stored and no JSON is queried.
"""

from __future__ import annotations

import csv
import io
import re
from html import unescape

from django.test import Client
from django.utils import timezone

from legendary.conversations import selectors
from legendary.conversations.models import Conversation
from legendary.people.models import Person
from web.conftest import World, make_conversation, make_scorecard

NEED = "acknowledges_need"


def _served(person: Person, subject: str, outcome: str, **more: dict[Person, str]) -> Conversation:
    """A scored conversation `person` served, where acknowledges_need was `outcome`."""
    conversation = make_conversation(person, subject=subject)
    make_scorecard(conversation, outcomes={NEED: {person: outcome}, **more})
    return conversation


def _listed(client: Client, **params: str | int) -> list[str]:
    page = client.get("/conversations/", params).content.decode()
    return sorted(unescape(s) for s in re.findall(r'class="subject"[^>]*>([^<]+)<', page))


def _fran_and_cole(world: World) -> None:
    _served(world.frontline, "Fran missed it", "absent")
    _served(world.frontline, "Fran said it back", "present")
    _served(world.frontline, "Fran had no need to", "na")
    _served(world.colleague, "Cole missed it", "absent")


def test_the_list_narrows_to_a_behaviour_missing_never_one_not_needed(
    manager: Client, leader: Client, world: World
) -> None:
    _fran_and_cole(world)
    missing = {"behaviour": NEED, "outcome": "absent"}
    assert _listed(leader, **missing) == ["Cole missed it", "Fran missed it"]
    assert _listed(leader, behaviour=NEED, outcome="present") == ["Fran said it back"]
    # A behaviour alone: where it mattered, shown or missing; n/a is neither.
    assert _listed(leader, behaviour=NEED) == [
        "Cole missed it",
        "Fran missed it",
        "Fran said it back",
    ]
    assert _listed(leader, agent=world.frontline.pk, **missing) == ["Fran missed it"]
    # Same privacy as the list: Cole does not report to Maya.
    assert _listed(manager, **missing) == ["Fran missed it"]


def test_a_frontline_person_filters_only_their_own(frontline: Client, world: World) -> None:
    _fran_and_cole(world)
    assert _listed(frontline, behaviour=NEED, outcome="absent") == ["Fran missed it"]
    # Asking for Cole by number changes nothing: Fran's list holds only hers.
    assert _listed(frontline, agent=world.colleague.pk, behaviour=NEED, outcome="absent") == [
        "Fran missed it"
    ]


def test_a_breaker_one_agent_broke_is_not_missing_from_the_conversation(
    leader: Client, world: World
) -> None:
    shared = make_conversation(world.frontline, world.colleague, subject="Shared and rude")
    # Scoring credits a breaker to who broke service: the colleague beside them is "absent".
    make_scorecard(shared, outcomes={"rude_language": {world.frontline: "present"}})
    make_scorecard(
        make_conversation(world.colleague, subject="Polite"),
        outcomes={"rude_language": {world.colleague: "absent"}},
    )
    shared.behaviour_outcomes.create(
        person=world.colleague, behaviour="rude_language", outcome="absent"
    )
    broke = {"behaviour": "rude_language"}
    assert _listed(leader, outcome="present", **broke) == ["Shared and rude"]
    assert _listed(leader, outcome="absent", **broke) == ["Polite"]
    # A person's own outcome, as their page counts it.
    assert _listed(leader, agent=world.colleague.pk, outcome="absent", **broke) == [
        "Polite",
        "Shared and rude",
    ]


def test_a_frontline_persons_filter_reads_their_own_outcome(
    frontline: Client, world: World
) -> None:
    shared = make_conversation(world.frontline, world.colleague, subject="Cole was rude")
    make_scorecard(
        shared,
        outcomes={"rude_language": {world.colleague: "present", world.frontline: "absent"}},
    )
    # Fran's figures count it as one where she kept clear of rude language: so does her list.
    assert _listed(frontline, behaviour="rude_language", outcome="absent") == ["Cole was rude"]
    assert _listed(frontline, behaviour="rude_language", outcome="present") == []


def test_the_filter_bar_names_the_behaviours_in_words(manager: Client, world: World) -> None:
    page = manager.get("/conversations/", {"behaviour": NEED, "outcome": "absent"})
    html = page.content.decode()
    assert re.search(r'<option value="acknowledges_need" selected>Acknowledges need</option>', html)
    assert re.search(r'<option value="absent" selected>Missing</option>', html)
    assert '<optgroup label="Attentive">' in html
    assert '<optgroup label="Breaking service">' in html


def test_a_wrong_behaviour_or_outcome_is_named_and_left_out(leader: Client, world: World) -> None:
    _fran_and_cole(world)
    html = unescape(leader.get("/conversations/", {"behaviour": "listens_well"}).content.decode())
    assert "“behaviour=listens_well” in the address is not understood" in html
    assert "The “Behaviour” filter was left out." in html
    html = unescape(
        leader.get("/conversations/", {"behaviour": NEED, "outcome": "never"}).content.decode()
    )
    assert "“outcome=never” in the address is not understood: expected present or absent" in html
    html = unescape(leader.get("/conversations/", {"outcome": "absent"}).content.decode())
    assert "“outcome=absent” in the address is not understood" in html


def test_the_csv_holds_the_filtered_rows_and_refuses_a_wrong_behaviour(
    manager: Client, world: World
) -> None:
    _fran_and_cole(world)
    answer = manager.get("/conversations/export.csv", {"behaviour": NEED, "outcome": "absent"})
    assert answer.status_code == 200
    rows = list(csv.DictReader(io.StringIO(b"".join(answer.streaming_content).decode())))  # type: ignore[attr-defined]
    assert [row["subject"] for row in rows] == ["Fran missed it"]
    refused = manager.get("/conversations/export.csv", {"behaviour": "listens_well"})
    assert refused.status_code == 400
    assert "“behaviour=listens_well”" in refused.content.decode()
    assert manager.get("/conversations/export.csv", {"outcome": "absent"}).status_code == 400


def test_the_api_filters_and_counts_by_behaviour(
    manager: Client, leader: Client, world: World
) -> None:
    _fran_and_cole(world)
    missing = {"behaviour": NEED, "outcome": "absent"}
    listed = leader.get("/api/conversations", missing).json()
    assert sorted(c["subject"] for c in listed["items"]) == ["Cole missed it", "Fran missed it"]
    assert manager.get("/api/conversations", missing).json()["count"] == 1
    assert leader.get("/api/conversations/flags", missing).status_code == 200
    wrong = leader.get("/api/conversations", {"behaviour": "listens_well"})
    assert wrong.status_code == 400
    assert (
        "behaviour: “behaviour=listens_well” in the address is not understood"
        in (wrong.json()["detail"])
    )
    wrong = leader.get("/api/conversations", {"behaviour": NEED, "outcome": "na"})
    assert wrong.status_code == 400
    assert (
        "“outcome=na” in the address is not understood: expected present or absent"
        in (wrong.json()["detail"])
    )
    alone = leader.get("/api/conversations", {"outcome": "absent"})
    assert alone.status_code == 400
    assert "expected present or absent, beside a behaviour" in alone.json()["detail"]


def _links(html: str, behaviour: str) -> list[str]:
    return [
        unescape(href)
        for href in re.findall(r'href="(/conversations/\?[^"]+)"', html)
        if f"behaviour={behaviour}" in unescape(href)
    ]


def test_a_persons_figures_open_the_conversations_where_it_was_missing(
    manager: Client, world: World
) -> None:
    for n in range(6):
        # Apologies always shown: the strongest, beside acknowledges_need the weakest.
        sorry = {"apologises": {world.frontline: "present"}}
        _served(world.frontline, f"Missed {n}", "absent" if n < 5 else "present", **sorry)
    _served(world.frontline, "Not needed", "na")
    html = manager.get(f"/people/{world.frontline.pk}/").content.decode()
    links = _links(html, NEED)
    # The rate's "5 missing" and the weakest behaviour's link, both to the same list.
    assert "5 missing" in html
    assert "Read the 5 conversations where it was missing" in html
    assert len(links) == 2
    assert len(set(links)) == 1
    assert f"agent={world.frontline.pk}" in links[0]
    assert "outcome=absent" in links[0]
    assert "since=" in links[0]
    assert _listed(manager, **dict(p.split("=") for p in links[0].split("?")[1].split("&"))) == [
        f"Missed {n}" for n in range(5)
    ]
    # The manager's coaching table links the same list from the weakest behaviour.
    home = manager.get("/").content.decode()
    assert links[0] in _links(home, NEED)


def test_a_frontline_persons_home_opens_their_own_missing_ones(
    frontline: Client, world: World
) -> None:
    for n in range(3):
        _served(world.frontline, f"Missed {n}", "absent")
    _served(world.colleague, "Cole missed it", "absent")
    links = _links(frontline.get("/").content.decode(), NEED)
    assert links
    assert "outcome=absent" in links[0]
    query = dict(p.split("=") for p in links[0].split("?")[1].split("&"))
    assert _listed(frontline, **query) == ["Missed 0", "Missed 1", "Missed 2"]


def _cole_was_rude(world: World, *, flags: tuple[str, ...] = ()) -> None:
    """A conversation Fran shared with Cole, where Cole (not Fran) was rude."""
    shared = make_conversation(world.frontline, world.colleague, subject="Cole was rude")
    make_scorecard(
        shared,
        flags=flags,
        outcomes={"rude_language": {world.colleague: "present", world.frontline: "absent"}},
    )


def test_a_frontline_persons_api_reads_their_own_outcome_as_their_list_does(
    frontline: Client, world: World
) -> None:
    # Her list read Cole's rudeness as none of hers; her API listed it as hers (1 present).
    _cole_was_rude(world)
    for outcome, subjects in (("present", []), ("absent", ["Cole was rude"])):
        params = {"behaviour": "rude_language", "outcome": outcome}
        assert _listed(frontline, **params) == subjects
        api = frontline.get("/api/conversations", params).json()
        assert [item["subject"] for item in api["items"]] == subjects
        counts = frontline.get("/api/conversations/flags", params).json()
        assert counts["worth_a_look"] == 0


def test_a_frontline_persons_flag_counts_follow_their_list(frontline: Client, world: World) -> None:
    # The shared conversation is on her "kept clear of rude language" list, flagged as
    # broken service (by Cole): "Worth a human look" counted 0 beside it.
    _cole_was_rude(world, flags=("breaker",))
    params = {"behaviour": "rude_language", "outcome": "absent"}
    html = unescape(frontline.get("/conversations/", params).content.decode())
    assert _listed(frontline, **params) == ["Cole was rude"]
    assert re.search(r"Worth a human look <b>1</b>", html)
    assert _listed(frontline, flagged="on", **params) == ["Cole was rude"]


def test_a_persons_figure_counts_what_its_link_lists(manager: Client, world: World) -> None:
    # The link takes the window's first day; the figures counted from the moment 90 days
    # ago, so one opened earlier that same day was listed but not counted.
    cutoff = timezone.localtime(selectors.recent_cutoff())
    first_day = cutoff.replace(hour=0, minute=0, second=0, microsecond=0)
    _served(world.frontline, "Early on the first day", "absent")
    Conversation.objects.filter(subject="Early on the first day").update(
        opened_at=first_day + (cutoff - first_day) / 2
    )
    _served(world.frontline, "Last week", "absent")
    html = unescape(manager.get(f"/people/{world.frontline.pk}/").content.decode())
    links = _links(html, NEED)
    assert links
    assert "2 missing" in html
    query = dict(p.split("=") for p in links[0].split("?")[1].split("&"))
    assert _listed(manager, **query) == ["Early on the first day", "Last week"]
