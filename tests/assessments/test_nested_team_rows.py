"""Team rows of the culture results count everyone under the team (session 13).

The organisation: Stores (an area manager and one store lead of its own) with two stores
under it, North (6) and South (5); Online (7) and Leadership (5) beside it; five people at
each of the manager and leader levels. A leader reads "Stores" as everyone in the stores,
so its row holds 13 answers and its stores sit indented below it; "Everyone" still counts
each person once (25; adding up the team rows gives 36).

The new rows open a new subtraction: Stores minus North minus South is the two people of
Stores' own, who answer very differently from everyone else. That difference is a group
like any other: a row that would make it derivable is hidden.
"""

from __future__ import annotations

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from assessments.conftest import add_people, closed_icare_campaign, signed_in, with_login
from legendary.assessments.icare import Element
from legendary.assessments.models import Campaign
from legendary.assessments.results import GroupResult, icare_results
from legendary.people.models import Person, Role, Team
from legendary.people.services import create_organisation, create_person, create_team

OWN_SCORE = 1  # strongly disagree: 0 on the 0-100 scale
OTHERS_SCORE = 4  # agree: 75


@pytest.fixture
def tree(db: None) -> dict[str, object]:
    org = create_organisation("Tree Ltd")
    stores = create_team(org, "Stores")
    teams = {
        "Stores": stores,
        "North": create_team(org, "North store", parent=stores),
        "South": create_team(org, "South store", parent=stores),
        "Online": create_team(org, "Online"),
        "Leadership": create_team(org, "Leadership"),
    }
    boss = with_login(org, "Bea Boss", Role.LEADER, teams["Leadership"])
    area = create_person(org, "Ann Area", role=Role.MANAGER, team=stores, manager=boss)
    answers: list[tuple[Person, int]] = [(boss, OTHERS_SCORE), (area, OWN_SCORE)]
    answers += [(p, OWN_SCORE) for p in add_people(org, stores, Role.FRONTLINE, 1, area)]
    for name, frontline, managers in (("North", 5, 1), ("South", 4, 1), ("Online", 5, 2)):
        for role, count in ((Role.FRONTLINE, frontline), (Role.MANAGER, managers)):
            answers += [(p, OTHERS_SCORE) for p in add_people(org, teams[name], role, count)]
    answers += [(p, OTHERS_SCORE) for p in add_people(org, teams["Leadership"], Role.LEADER, 4)]
    campaign = closed_icare_campaign(
        org, answers, closes_on=timezone.localdate() - datetime.timedelta(days=1)
    )
    return {"campaign": campaign, "teams": teams, "boss": boss}


def _rows(tree: dict[str, object]) -> dict[str, GroupResult]:
    campaign = tree["campaign"]
    assert isinstance(campaign, Campaign)
    results = icare_results(campaign, today=timezone.localdate())
    return {"Everyone": results.total, **{r.label: r for r in results.teams}}


def _key(tree: dict[str, object], name: str) -> str:
    teams = tree["teams"]
    assert isinstance(teams, dict)
    team: Team = teams[name]
    return str(team.pk)


def test_a_parent_teams_row_counts_its_sub_teams_and_the_total_counts_each_person_once(
    tree: dict[str, object],
) -> None:
    rows = _rows(tree)
    assert rows["Everyone"].respondents == 25
    assert rows["Online"].respondents == 7
    assert rows["North store"].respondents == 6
    # Stores' 13: its own two, North's six and South's five.
    stores = rows["Stores"]
    assert not stores.hidden
    assert stores.respondents == 13
    # Its score is all 13 answers: 11 at 75 and 2 at 0.
    assert stores.score(Element.IDEAL) == pytest.approx(round(11 * 75 / 13, 1))
    assert rows["North store"].ancestors == (_key(tree, "Stores"),)
    assert stores.ancestors == ()


def test_the_heat_map_sets_the_stores_in_below_their_parent(tree: dict[str, object]) -> None:
    campaign = tree["campaign"]
    boss = tree["boss"]
    assert isinstance(campaign, Campaign)
    assert isinstance(boss, Person)
    response = signed_in(boss).get(f"/assessments/{campaign.pk}/results/")
    # Plotly draws the first row at the bottom: read top to bottom.
    labels = list(reversed(response.context["heatmap"]["data"][0]["y"]))
    stores = labels.index("Stores")
    assert labels[stores + 1].endswith("↳ North store")
    assert labels[stores + 2].strip().startswith("↳ South store")
    assert labels.index("Online") < stores
    report = signed_in(boss).get(f"/assessments/{campaign.pk}/report/")
    assert "counts everyone in the team and in the teams set in below it" in (
        report.content.decode()
    )


def test_a_parent_minus_its_sub_teams_cannot_give_its_own_two_people(
    tree: dict[str, object],
) -> None:
    """The attack: with Stores, North and South all shown, Stores' sum minus the two
    stores' sums is the answers of Stores' own two people (0 where everyone else says 75).
    Whatever the leader reads, no sum or difference of shown rows is fewer than 5."""
    rows = _rows(tree)
    shown = {name: row for name, row in rows.items() if not row.hidden}
    assert not {"Stores", "North store", "South store"} <= set(shown), (
        "Stores, North and South all shown: Stores minus its stores is two people"
    )
    # The same people through the total: Everyone minus every other shown top-level row.
    if {"Everyone", "Online", "Leadership", "North store", "South store"} <= set(shown):
        raise AssertionError("Everyone minus the other rows is Stores' own two people")
    # Any way round, what is left beside the shown rows mixes the two with enough others.
    for element in Element:
        total, stores = rows["Everyone"], rows["Stores"]
        if stores.hidden:
            continue
        others = [shown[n] for n in ("North store", "South store") if n in shown]
        left = (stores.respondents or 0) - sum(r.respondents or 0 for r in others)
        assert left >= 5
        score = stores.score(element)
        if score is None:
            continue
        remainder = score * (stores.respondents or 0) - sum(
            (r.score(element) or 0) * (r.respondents or 0) for r in others
        )
        assert remainder / left > 20  # the two alone would be 0
        assert total.respondents == 25


def test_a_reorganisation_after_launch_does_not_recut_the_results(
    tree: dict[str, object],
) -> None:
    """The attack: read Stores (13) before moving South store out of Stores, then read
    Stores again (own two and North's six) and subtract. A campaign's results are cut by
    the team tree and the managers' parts recorded when it launched, so every row reads
    the same after the move."""
    before = _rows(tree)
    teams = tree["teams"]
    assert isinstance(teams, dict)
    south: Team = teams["South"]
    south.parent = None
    south.save(update_fields=["parent"])
    cache.clear()  # a day later: the cached tables have expired
    after = _rows(tree)
    assert after == before
    assert after["Stores"].respondents == 13


def test_a_manager_appointed_after_launch_reads_no_total_of_their_own(
    tree: dict[str, object],
) -> None:
    """Nia joins Leadership after launch and the Online people now report to her: her
    part (Leadership and Online) did not exist at launch and was never weighed with the
    others, so it shows the organisation's rows of its teams and no total or levels."""
    campaign, teams, boss = tree["campaign"], tree["teams"], tree["boss"]
    assert isinstance(campaign, Campaign)
    assert isinstance(teams, dict)
    assert isinstance(boss, Person)
    newcomer = with_login(
        campaign.organisation, "Nia New", Role.MANAGER, teams["Leadership"], manager=boss
    )
    Person.objects.filter(team=teams["Online"]).exclude(pk=newcomer.pk).update(manager=newcomer)
    body = signed_in(newcomer).get(f"/api/assessments/campaigns/{campaign.pk}/results").json()
    assert body["total"]["hidden"]
    assert body["levels"] == []
    rows = _rows(tree)
    assert [(t["label"], t["respondents"]) for t in body["teams"]] == [
        (name, rows[name].respondents) for name in ("Leadership", "Online")
    ]


def test_a_campaign_launched_before_structures_were_recorded_is_frozen_at_its_first_read(
    tree: dict[str, object],
) -> None:
    """Campaigns launched before 6afa93e have no recorded structure and read today's, so
    the same attack worked on them (on 942779b, Stores read 13 and then 8). The first read
    now records the structure once, and later reorganisations cannot recut it."""
    campaign, teams = tree["campaign"], tree["teams"]
    assert isinstance(campaign, Campaign)
    assert isinstance(teams, dict)
    Campaign.objects.filter(pk=campaign.pk).update(structure={})  # as launched before
    campaign.refresh_from_db()
    before = _rows(tree)
    campaign.refresh_from_db()
    assert sorted(campaign.structure) == ["parents", "parts"]
    assert campaign.structure["parents"][_key(tree, "South")] == _key(tree, "Stores")
    south: Team = teams["South"]
    south.parent = None
    south.save(update_fields=["parent"])
    cache.clear()
    campaign.refresh_from_db()
    after = _rows(tree)
    assert after == before
    assert after["Stores"].respondents == 13


def _tree_reads(campaign: Campaign) -> int:
    """How many queries a fresh read of `campaign`'s ICARE results makes of the
    organisation's team table (the names and the nesting), and check a nested row."""
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        rows = icare_results(campaign, today=timezone.localdate()).teams
    assert next(r for r in rows if r.label == "Stores").respondents == 13
    where = f'"{Team._meta.db_table}"."organisation_id" ='
    return sum(where in q["sql"] for q in queries.captured_queries)


def test_a_fresh_read_takes_the_team_tree_from_one_query(tree: dict[str, object]) -> None:
    """The parent map was built at launch, again by a read's fallback and again by
    `team_tree` (twice in each read of a campaign with no recorded structure). Now
    `parent_keys` builds it: a read takes it from the recorded structure, and only the
    first read of an unrecorded campaign builds today's (and records it)."""
    campaign = tree["campaign"]
    assert isinstance(campaign, Campaign)
    assert _tree_reads(campaign) == 1  # the names; the nesting is recorded
    Campaign.objects.filter(pk=campaign.pk).update(structure={})
    campaign.refresh_from_db()
    assert _tree_reads(campaign) == 2  # today's nesting, once, and the names
    assert _tree_reads(campaign) == 1
