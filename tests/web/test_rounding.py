"""Figures printed side by side add up: differences are taken between the shown numbers."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from legendary.assessments.icare import Element
from legendary.assessments.results import LevelGap
from legendary.assessments.views import gap_rows
from legendary.web.rounding import shown_difference, shown_whole


@pytest.mark.parametrize(
    ("value", "shown"), [(62.5, 63), (61.5, 62), (62.49, 62), (0.5, 1), (-2.5, -3), (90.0, 90)]
)
def test_a_value_is_shown_rounded_half_up_like_floatformat(value: float, shown: int) -> None:
    assert shown_whole(value) == shown


def test_a_difference_is_taken_between_the_numbers_shown() -> None:
    assert shown_difference(89.5, 62.4) == 28  # shown as 90 and 62, not round(27.1) = 27
    assert shown_difference(27.5, 21.4) == 7
    assert shown_difference(None, 50.0) is None


def test_the_gap_table_adds_up_with_the_scores_beside_it() -> None:
    gap = LevelGap(Element.CULTURE, frontline=62.4, manager=68.6, leader=89.5)
    results: Any = SimpleNamespace(gaps=[gap])
    (row,) = gap_rows(results)
    # The table shows 62, 69 and 90: the gaps must read +28 and +7, as a reader subtracts.
    assert (row["leader_minus_frontline"], row["manager_minus_frontline"]) == (28, 7)
    assert round(gap.leader_minus_frontline or 0) == 27


def test_a_printed_gap_of_ten_is_marked_like_the_page_says() -> None:
    # 68.6 and 59.4 print as 69 and 59: "+10" must be marked, though the exact gap is 9.2.
    gap = LevelGap(Element.ATTENTIVENESS, frontline=59.4, manager=68.6, leader=60.0)
    results: Any = SimpleNamespace(gaps=[gap])
    (row,) = gap_rows(results)
    assert row["manager_minus_frontline"] == 10
    assert row["notable"] is True
    assert gap.notable is False
