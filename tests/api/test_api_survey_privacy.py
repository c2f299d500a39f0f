"""Survey privacy through the API, as frontline people: goals carry survey figures to
everyone who sees them, so two colleagues comparing their goals are a coalition too."""

from __future__ import annotations

import datetime

from django.utils import timezone

from assessments.conftest import add_people, closed_icare_campaign, signed_in
from legendary.assessments.icare import Element
from legendary.assessments.itembank import load_item_bank
from legendary.assessments.services import Submission, record_anonymous_response
from legendary.culture.services import create_goal
from legendary.people.models import Person, Role
from legendary.people.services import create_organisation, create_person, create_team


def test_two_frontline_colleagues_comparing_goals_find_nobodys_answer(db: None) -> None:
    """Store (6) and Online (6) show; Kiosk (2) and Leadership (3) hide together, and four
    of those five chose "don't know" for Empowerment. An organisation goal on Empowerment
    and a team goal each for Store and Online: a Store person and an Online person, each
    reading only their own goals, had the total and both teams' Empowerment, and their
    difference was the one remaining person's answer."""
    org = create_organisation("Goals Ltd")
    teams = {n: create_team(org, n) for n in ("Store", "Online", "Kiosk", "Leadership")}
    readers = {
        n: create_person(
            org,
            f"{n} Reader",
            role=Role.FRONTLINE,
            team=teams[n],
            with_login=True,
            username=n.lower(),
            password="a-long-test-password-42",
        )
        for n in ("Store", "Online")
    }
    people = [
        *readers.values(),
        *add_people(org, teams["Store"], Role.FRONTLINE, 5),
        *add_people(org, teams["Online"], Role.FRONTLINE, 5),
    ]
    unsure = [
        *add_people(org, teams["Leadership"], Role.LEADER, 3),
        *add_people(org, teams["Kiosk"], Role.FRONTLINE, 1),
    ]
    (last,) = add_people(org, teams["Kiosk"], Role.FRONTLINE, 1)
    campaign = closed_icare_campaign(org, [])

    def answer(person: Person, value: int, knows: bool = True) -> None:
        answers: dict[str, int | None] = {
            s.id: value if knows or s.element != Element.EMPOWERMENT else None
            for s in load_item_bank().for_perspective(person.level)
        }
        record_anonymous_response(campaign, person, Submission(answers=answers))

    for person in people:
        answer(person, 4)
    for person in unsure:
        answer(person, 4, knows=False)
    answer(last, 1)
    today = timezone.localdate()
    for team in (None, teams["Store"], teams["Online"]):
        create_goal(
            org,
            title=f"Empowerment {team.name if team else 'everyone'}",
            metric="icare_element",
            metric_key=Element.EMPOWERMENT.value,
            target=90,
            due_on=today + datetime.timedelta(days=90),
            owner=None,
            team=team,
            today=today,
        )
    seen: dict[str, float | None] = {}
    for reader in readers.values():
        for goal in signed_in(reader).get("/api/culture/goals").json():
            seen[goal["title"]] = goal["latest"]
    assert set(seen) == {"Empowerment everyone", "Empowerment Store", "Empowerment Online"}
    assert None in seen.values(), "everyone - Store - Online is one Kiosk person's answer"
