"""The item bank is data: complete for every element and perspective, and checked on load."""

from __future__ import annotations

import copy
import json
from importlib import resources
from typing import Any

import pytest

from legendary.assessments.icare import Element, Perspective
from legendary.assessments.itembank import (
    ItemBankError,
    available_versions,
    load_item_bank,
    parse_item_bank,
)


@pytest.fixture
def raw() -> dict[str, Any]:
    version = available_versions()[-1]
    text = resources.files("legendary.assessments.items").joinpath(f"{version}.json").read_text()
    data: dict[str, Any] = json.loads(text)
    return data


@pytest.mark.parametrize("perspective", list(Perspective))
@pytest.mark.parametrize("element", list(Element))
def test_every_element_has_five_statements_for_every_perspective(
    element: Element, perspective: Perspective
) -> None:
    bank = load_item_bank()
    own = [s for s in bank.for_perspective(perspective) if s.element == element]
    assert len(own) >= 5


def test_statements_are_phrased_for_their_perspective() -> None:
    bank = load_item_bank()
    frontline = " ".join(s.text for s in bank.for_perspective("frontline"))
    leaders = " ".join(s.text for s in bank.for_perspective("leader"))
    assert "My manager asks me what I need" in frontline
    assert "service vision" in leaders
    assert "I talk about our service vision" in leaders


def test_ids_are_unique_across_the_whole_bank() -> None:
    bank = load_item_bank()
    ids = [s.id for s in (*bank.statements, *bank.pulse_statements, *bank.quiz_statements)]
    ids += [q.id for q in (*bank.open_questions, *bank.pulse_open_questions)]
    assert len(ids) == len(set(ids))


def test_every_element_has_an_open_question_and_two_quiz_statements() -> None:
    bank = load_item_bank()
    assert {q.element for q in bank.open_questions} == set(Element)
    for element in Element:
        assert len([s for s in bank.quiz_statements if s.element == element]) == 2


def test_a_missing_perspective_names_the_file_and_place(raw: dict[str, Any]) -> None:
    broken = copy.deepcopy(raw)
    del broken["statements"]["empowerment"]["leader"]
    with pytest.raises(ItemBankError, match=r"statements.empowerment.*'leader'"):
        parse_item_bank(broken, f"{raw['version']}.json")


def test_too_few_statements_are_refused(raw: dict[str, Any]) -> None:
    broken = copy.deepcopy(raw)
    broken["statements"]["ideal"]["manager"] = broken["statements"]["ideal"]["manager"][:4]
    with pytest.raises(ItemBankError, match=r"ideal.manager: needs at least 5"):
        parse_item_bank(broken, f"{raw['version']}.json")


def test_a_duplicate_id_is_refused(raw: dict[str, Any]) -> None:
    broken = copy.deepcopy(raw)
    broken["quiz"]["statements"][1]["id"] = broken["quiz"]["statements"][0]["id"]
    with pytest.raises(ItemBankError, match=r"quiz.statements\[1\].*used twice"):
        parse_item_bank(broken, f"{raw['version']}.json")


def test_an_unknown_element_lists_the_valid_ones(raw: dict[str, Any]) -> None:
    broken = copy.deepcopy(raw)
    broken["manager_pulse"]["statements"][0]["element"] = "kindness"
    with pytest.raises(ItemBankError, match="use one of ideal, culture"):
        parse_item_bank(broken, f"{raw['version']}.json")


def test_the_version_must_match_the_file_name(raw: dict[str, Any]) -> None:
    with pytest.raises(ItemBankError, match="must equal the file name"):
        parse_item_bank(raw, "icare-1999.1.json")


def test_an_unknown_version_says_which_exist() -> None:
    with pytest.raises(ItemBankError, match="available"):
        load_item_bank("icare-0.0")
