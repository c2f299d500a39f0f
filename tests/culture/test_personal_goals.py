"""Goals for one person: who sets them, who sees them, and how they are measured.

The personas (tests/web/conftest.py): Lena leads; Maya manages Store and Fran (Store) and Tom,
who leads Kiosk and Ivy; Cole (Online) reports to Lena; Ana is a QA analyst, Adam an admin.
Fran's known outcomes on acknowledging feelings (test_care_goals._known_set): absent at
t-35, present at t-30 (baseline 50 for a goal set at t-21), present at t-17 and t-3.
"""

from __future__ import annotations

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from culture.test_care_goals import FEELINGS, _known_set, _personal_goal, _team_goal
from legendary.culture.models import Goal
from legendary.people.models import Person
from web.conftest import World, signed_in


@pytest.fixture
def known(world: World) -> World:
    _known_set(world)
    return world


def _form(person: Person, measure: str = f"care_behaviour:{FEELINGS}", **extra: str) -> dict:
    due = timezone.localdate() + datetime.timedelta(days=90)
    return {
        "title": "Name the feeling first",
        "measure": measure,
        "target": "80",
        "due_on": due.isoformat(),
        "person": str(person.pk),
        **extra,
    }


def test_a_manager_sets_a_goal_for_one_of_their_reports(known: World, manager: Client) -> None:
    response = manager.post("/culture/goals/new/", _form(known.frontline))
    goal = Goal.objects.get(title="Name the feeling first")
    assert response.status_code == 302
    assert (goal.person, goal.team, goal.owner) == (known.frontline, None, known.manager)
    # Measured from Fran's own scorecards in the four weeks before today (t-17, t-3: 2 of 2).
    assert goal.baseline == 100.0


def test_a_manager_may_set_one_for_someone_further_down_their_line(
    known: World, manager: Client
) -> None:
    assert manager.post("/culture/goals/new/", _form(known.indirect_report)).status_code == 302
    assert Goal.objects.get().person == known.indirect_report


def test_a_manager_cannot_set_one_for_someone_outside_their_reports(
    known: World, manager: Client
) -> None:
    page = manager.post("/culture/goals/new/", _form(known.colleague)).content.decode()
    assert not Goal.objects.exists()
    assert "Choose someone from the list" in page
    # Tom leads Kiosk: Fran, in Store beside him, is not his report.
    tom = signed_in(known.teamlead)
    assert tom.post("/culture/goals/new/", _form(known.frontline)).status_code == 200
    assert not Goal.objects.exists()
    options = tom.get("/culture/goals/new/").content.decode()
    assert "Ivy Indirect" in options
    assert "Fran Frontline" not in options


def test_a_leader_sets_one_for_anyone(known: World, leader: Client) -> None:
    assert leader.post("/culture/goals/new/", _form(known.colleague)).status_code == 302
    assert Goal.objects.get().person == known.colleague


def test_a_frontline_person_does_not_set_goals_even_for_themselves(
    known: World, frontline: Client
) -> None:
    assert frontline.get("/culture/goals/new/").status_code == 404
    assert frontline.post("/culture/goals/new/", _form(known.frontline)).status_code == 404
    assert not Goal.objects.exists()


@pytest.mark.parametrize("role", ["analyst", "admin"])
def test_analysts_and_admins_are_not_offered_one_person(known: World, role: str) -> None:
    page = signed_in(getattr(known, role)).get("/culture/goals/new/").content.decode()
    assert 'name="person"' not in page


def test_a_goal_for_one_person_is_measured_from_care_only(known: World, manager: Client) -> None:
    page = manager.post(
        "/culture/goals/new/", _form(known.frontline, measure="icare_element:empowerment")
    ).content.decode()
    assert not Goal.objects.exists()
    assert "A goal for one person measures their own conversations" in page


def test_a_team_or_one_person_not_both(known: World, manager: Client) -> None:
    page = manager.post(
        "/culture/goals/new/", _form(known.frontline, team=str(known.store.pk))
    ).content.decode()
    assert not Goal.objects.exists()
    assert "Choose a team or one person, not both." in page


def test_the_person_sees_it_on_their_home_and_their_page(known: World, frontline: Client) -> None:
    goal = _personal_goal(known, "Mine")
    # Baseline 50, latest 100 (t-3: present, N/A), target 90: 125% of the way.
    home = frontline.get("/").content.decode()
    assert "Your own goals" in home
    assert f"/culture/goals/{goal.pk}/" in home
    assert "125%" in home
    page = frontline.get(f"/people/{known.frontline.pk}/").content.decode()
    assert f"/culture/goals/{goal.pk}/" in page
    assert "125%" in page


def test_their_managers_up_the_line_and_leaders_see_it(known: World) -> None:
    goal = _personal_goal(known, "Mine")
    for person in (known.frontline, known.manager, known.leader):
        client = signed_in(person)
        assert client.get(f"/culture/goals/{goal.pk}/").status_code == 200
        assert goal.pk in {g["id"] for g in client.get("/api/culture/goals").json()}
    assert f"/culture/goals/{goal.pk}/" in (
        signed_in(known.manager).get(f"/people/{known.frontline.pk}/").content.decode()
    )


@pytest.mark.parametrize("role", ["colleague", "teamlead", "analyst", "admin", "outsider"])
def test_nobody_else_learns_it_exists(known: World, role: str) -> None:
    goal = _personal_goal(known, "Mine")
    client = signed_in(getattr(known, role))
    assert client.get(f"/culture/goals/{goal.pk}/").status_code == 404
    assert "Mine" not in client.get("/culture/goals/").content.decode()
    assert goal.pk not in {g["id"] for g in client.get("/api/culture/goals").json()}


def test_a_manager_is_offered_to_set_one_from_a_reports_page(known: World, manager: Client) -> None:
    page = manager.get(f"/people/{known.frontline.pk}/").content.decode()
    assert f"/culture/goals/new/?person={known.frontline.pk}" in page
    form = manager.get(f"/culture/goals/new/?person={known.frontline.pk}").content.decode()
    assert f'<option value="{known.frontline.pk}" selected>' in form
    # Started on a CARE measure: the first survey element would be refused for one person.
    assert '<option value="care_quality:overall" selected>' in form
    # Fran sees her own page without the offer: she does not set goals.
    assert (
        "/culture/goals/new/"
        not in signed_in(known.frontline).get(f"/people/{known.frontline.pk}/").content.decode()
    )


def test_goal_figures_add_up_as_shown(known: World, manager: Client) -> None:
    """The Store goal: start 25, latest 66.7, target 80, 76% of the way. Shown as whole
    numbers, the demo's 55.6 -> 66.7 against 66 read '56 -> 67' beside 107% (11 of 10 is
    110%): start and latest now keep their decimal."""
    goal = _team_goal(known)
    row = manager.get("/culture/goals/").content.decode()
    assert ">66.7<" in row
    assert ">25<" in row
    assert "76%" in row
    assert ">66.7<" in manager.get(f"/culture/goals/{goal.pk}/").content.decode()
