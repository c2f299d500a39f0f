"""The public quiz: a profile from the answers, suggestions for the weakest element."""

from __future__ import annotations

import pytest

from legendary.assessments.icare import Element
from legendary.assessments.itembank import load_item_bank
from legendary.assessments.quiz import quiz_profile


def test_the_profile_names_strongest_and_weakest_elements() -> None:
    bank = load_item_bank()
    answers: dict[str, int | None] = {
        s.id: (
            5
            if s.element == Element.RESPONSIVENESS
            else 2
            if s.element == Element.EMPOWERMENT
            else 4
        )
        for s in bank.quiz_statements
    }
    profile = quiz_profile(bank, answers)
    assert profile.strongest == Element.RESPONSIVENESS
    assert profile.to_grow == Element.EMPOWERMENT
    assert profile.scores[Element.RESPONSIVENESS] == 100.0
    assert profile.scores[Element.EMPOWERMENT] == 25.0
    assert profile.suggestions
    assert all(a.element == Element.EMPOWERMENT for a in profile.suggestions)


def test_dont_know_everywhere_gives_no_scores_and_no_advice() -> None:
    bank = load_item_bank()
    profile = quiz_profile(bank, {s.id: None for s in bank.quiz_statements})
    assert all(v is None for v in profile.scores.values())
    assert profile.strongest is None
    assert not profile.suggestions


def test_unknown_items_are_an_error() -> None:
    with pytest.raises(ValueError, match="unknown items: X-1"):
        quiz_profile(load_item_bank(), {"X-1": 3})
