"""Printed answer codes for invitees no link can reach (session 13).

Since campaign runners no longer see personal links, someone with neither an e-mail
address nor a sign-in of their own had no way to answer. The organiser now prints one
code for each such invitee, grouped by team and level, and hands the slips out without
noting who takes which, as with a paper survey. A code answers once, as its level and
team; its person's link answers nothing after; only a digest of the code is kept.
"""

from __future__ import annotations

import re

import pytest
from django.test import Client

from assessments.conftest import (
    add_people,
    icare_submission,
    open_icare_campaign,
    signed_in,
    with_login,
)
from legendary.assessments.itembank import load_item_bank
from legendary.assessments.models import AnswerCode, Campaign, Invitation, Response
from legendary.assessments.services import (
    CampaignError,
    response_rate,
    submit_response,
)
from legendary.people.models import Person, Role, Team
from legendary.people.services import create_organisation, create_person, create_team

CODE = re.compile(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}")


@pytest.fixture
def warehouse(db: None) -> dict[str, object]:
    org = create_organisation("Paper Ltd")
    floor = create_team(org, "Warehouse floor")
    boss = with_login(org, "Bea Boss", Role.LEADER, floor)
    add_people(org, floor, Role.FRONTLINE, 2)  # reachable by e-mail
    pickers = [create_person(org, f"Picker {n}", team=floor) for n in range(3)]
    campaign = open_icare_campaign(org, "Floor check")
    return {"campaign": campaign, "boss": boss, "pickers": pickers, "floor": floor}


def _print(warehouse: dict[str, object]) -> tuple[Client, list[str]]:
    campaign, boss = warehouse["campaign"], warehouse["boss"]
    assert isinstance(campaign, Campaign)
    assert isinstance(boss, Person)
    client = signed_in(boss)
    detail = client.get(f"/assessments/{campaign.pk}/").content.decode()
    assert "3 invited people have no link only they can open" in detail
    sheet = client.post(f"/assessments/{campaign.pk}/codes/")
    assert sheet.status_code == 200
    return client, CODE.findall(sheet.content.decode())


def _answers(level: str) -> dict[str, str]:
    return {f"item-{s.id}": "4" for s in load_item_bank().for_perspective(level)}


def test_one_code_is_printed_for_each_unreachable_invitee_and_only_once(
    warehouse: dict[str, object],
) -> None:
    client, codes = _print(warehouse)
    assert len(set(codes)) == 3
    campaign = warehouse["campaign"]
    assert isinstance(campaign, Campaign)
    # Only digests are kept: no code can be read back from the database.
    stored = list(AnswerCode.objects.filter(campaign=campaign).values_list("digest", flat=True))
    assert len(stored) == 3
    assert not {c.replace("-", "") for c in codes} & set(stored)
    # Printing again makes no second code for the same people.
    again = client.post(f"/assessments/{campaign.pk}/codes/").content.decode()
    assert CODE.findall(again) == []


def test_a_code_answers_once_as_its_team_and_level(warehouse: dict[str, object]) -> None:
    _, codes = _print(warehouse)
    campaign, floor = warehouse["campaign"], warehouse["floor"]
    assert isinstance(campaign, Campaign)
    assert isinstance(floor, Team)
    anyone = Client()  # no sign-in: a shared computer on the warehouse floor
    start = anyone.post("/assessments/code/", {"code": codes[0].lower()})
    assert start.status_code == 200
    assert b"Floor check" in start.content
    before = Response.objects.filter(campaign=campaign).count()
    done = anyone.post(
        "/assessments/code/", {"code": codes[0], "started": "1", **_answers("frontline")}
    )
    assert done.status_code == 200
    assert b"Thank you" in done.content
    assert Response.objects.filter(campaign=campaign).count() == before + 1
    stored = Response.objects.filter(campaign=campaign).get()
    assert (stored.level, stored.team_id) == ("frontline", floor.pk)
    assert response_rate(campaign).answered == 1
    # The same code again: refused, and no second response.
    reused = anyone.post("/assessments/code/", {"code": codes[0]})
    assert reused.status_code == 400
    assert b"already been used" in reused.content
    assert Response.objects.filter(campaign=campaign).count() == before + 1


def test_a_made_up_code_answers_nothing(warehouse: dict[str, object]) -> None:
    _print(warehouse)
    campaign = warehouse["campaign"]
    assert isinstance(campaign, Campaign)
    typed = Client().post(
        "/assessments/code/", {"code": "ABCD-EFGH-JKLM", "started": "1", **_answers("frontline")}
    )
    assert typed.status_code == 400
    assert not Response.objects.filter(campaign=campaign).exists()


def test_a_coded_invitees_link_answers_nothing(warehouse: dict[str, object]) -> None:
    """With a code printed for a picker, their personal link (were it ever found) cannot
    answer a second time in their name."""
    _print(warehouse)
    pickers = warehouse["pickers"]
    assert isinstance(pickers, list)
    invitation = Invitation.objects.get(person=pickers[0])
    assert invitation.coded
    with pytest.raises(CampaignError, match="answer code was printed"):
        submit_response(invitation, icare_submission(pickers[0], 4))


def test_only_campaign_runners_print_codes(warehouse: dict[str, object]) -> None:
    campaign = warehouse["campaign"]
    assert isinstance(campaign, Campaign)
    org = campaign.organisation
    manager = with_login(org, "Mo Manager", Role.MANAGER)
    response = signed_in(manager).post(f"/assessments/{campaign.pk}/codes/")
    assert response.status_code == 404
    assert not AnswerCode.objects.filter(campaign=campaign).exists()


def test_an_empty_code_box_is_asked_for_again_out_loud(warehouse: dict[str, object]) -> None:
    """Walked in session 19: "Start" with an empty box brought the same page back with no
    word of what was missing."""
    page = Client().post("/assessments/code/", {"code": "  "})
    assert page.status_code == 400
    assert "The box is empty: type the code printed on your slip." in page.content.decode()
    assert Client().get("/assessments/code/").status_code == 200
