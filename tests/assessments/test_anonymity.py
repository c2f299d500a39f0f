"""The anonymity rule on its own: thresholds, complementary suppression, and groups read
side by side (`protect_groups`)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from legendary.assessments.anonymity import (
    Thresholds,
    protect_groups,
    suppress,
)


def test_it_hides_a_group_below_the_threshold() -> None:
    d = suppress({"store": 12, "online": 9, "kiosk": 2, "phones": 7}, threshold=5)
    assert not d.shows("kiosk")


def test_it_hides_a_second_group_so_the_first_cannot_be_subtracted() -> None:
    # Total 30 minus store 12, online 9 and phones 7 would give kiosk's 2 answers.
    d = suppress({"store": 12, "online": 9, "kiosk": 2, "phones": 7}, threshold=5)
    assert d.total_visible
    assert d.hidden == {"kiosk", "phones"}  # the smallest other group goes too
    assert sum({"kiosk": 2, "phones": 7}[g] for g in d.hidden) >= 5


def test_two_small_groups_together_still_below_the_threshold_pull_in_a_third() -> None:
    d = suppress({"a": 1, "b": 2, "c": 6, "d": 8}, threshold=5)
    assert d.hidden == {"a", "b", "c"}
    assert d.visible == {"d"}


def test_the_total_hides_when_everyone_together_is_too_few() -> None:
    d = suppress({"a": 2, "b": 1}, threshold=5)
    assert not d.total_visible
    assert not d.visible


def test_a_split_with_nothing_small_shows_everything() -> None:
    d = suppress({"a": 5, "b": 6}, threshold=5)
    assert d.visible == {"a", "b"}
    assert d.total_visible
    assert not d.hidden


@pytest.mark.parametrize("value", [0, 1, 2])
def test_no_threshold_may_go_below_three(value: int) -> None:
    with pytest.raises(ValueError, match="below"):
        Thresholds(scores=value, comments=10)
    with pytest.raises(ValueError, match="below"):
        suppress({"a": 4}, threshold=value)


def test_a_team_that_is_also_a_whole_level_cannot_give_away_a_small_team() -> None:
    # Levels and teams of the same people. The Leadership team is exactly the three senior
    # leaders; Customer Care is one manager. Hiding Customer Care is useless if the total,
    # every other team and the senior leaders show: total - teams - leaders = Care.
    atoms = {
        ("leader", "leadership"): 3,
        ("manager", "care"): 1,
        ("manager", "store"): 2,
        ("frontline", "store"): 9,
        ("manager", "online"): 2,
        ("frontline", "online"): 8,
    }
    ordered = sorted(atoms)
    names = ["total", "leader", "manager", "frontline", "leadership", "care", "store", "online"]
    groups = [
        set(ordered) if name == "total" else {c for c in ordered if name in c} for name in names
    ]
    shown = protect_groups(atoms, groups, list(range(len(groups))), 3)
    shown_names = {names[g] for g in shown}
    assert "total" in shown_names
    assert "care" not in shown_names
    # The other teams and the three leaders (as a team or a level) beside the total: Care.
    assert not ({"store", "online"} <= shown_names and shown_names & {"leader", "leadership"})
    rows = [[1.0 if c in groups[g] else 0.0 for c in ordered] for g in shown]
    _assert_no_small_union_derivable(atoms, rows, 3)


levels = st.sampled_from(["frontline", "manager", "leader"])
teams = st.sampled_from(["t1", "t2", "t3", "t4", "t5"])


def _assert_no_small_union_derivable(
    cells: dict[tuple[str, str], int], published: list[list[float]], threshold: int
) -> None:
    """Brute force over every union of cells (at most 2**12): the direct linear-algebra
    test that none under the threshold lies in the span of the `published` rows."""
    from itertools import combinations

    if not published:
        return
    ordered = sorted(cells)
    matrix = np.array(published).T
    rank = np.linalg.matrix_rank(matrix)
    for size in range(1, len(ordered) + 1):
        for union in combinations(range(len(ordered)), size):
            if sum(cells[ordered[i]] for i in union) >= threshold:
                continue
            vector = np.array([[1.0 if i in union else 0.0] for i in range(len(ordered))])
            assert np.linalg.matrix_rank(np.hstack([matrix, vector])) > rank, union


def test_figures_from_two_tables_read_side_by_side_are_checked_together() -> None:
    """A manager's part (Store and Kiosk) is protected on its own and the organisation's
    table on its own; each is safe, but the part's total beside the organisation's Store
    row gives Kiosk's two people."""
    store, kiosk, online = ("frontline", "store"), ("frontline", "kiosk"), ("frontline", "online")
    atoms = {store: 9, kiosk: 2, online: 6}
    store_row, part_total, organisation = {store}, {store, kiosk}, {store, kiosk, online}
    assert protect_groups(atoms, [store_row, part_total], [1], 5, keep=[0]) == {0}
    assert protect_groups(atoms, [store_row, organisation], [1], 5, keep=[0]) == {0, 1}
    assert protect_groups(atoms, [part_total], [0], 5) == {0}


@settings(max_examples=60, deadline=None)
@given(
    cells=st.dictionaries(st.tuples(levels, teams), st.integers(1, 9), min_size=1, max_size=10),
    picks=st.lists(st.lists(st.integers(0, 9), min_size=1, max_size=6), min_size=1, max_size=8),
    threshold=st.integers(3, 5),
)
def test_groups_read_side_by_side_never_give_a_small_union(
    cells: dict[tuple[str, str], int], picks: list[list[int]], threshold: int
) -> None:
    """Whatever rows several pages and people publish (a manager's part, a level within it,
    the organisation's rows), what `protect_groups` lets through derives no union of cells
    below the threshold: the brute-force rank test over every union."""
    ordered = sorted(cells)
    groups = [{ordered[i % len(ordered)] for i in pick} for pick in picks]
    shown = protect_groups(cells, groups, list(range(len(groups))), threshold)
    for g in shown:
        assert sum(cells[c] for c in groups[g]) >= threshold
    rows = [[1.0 if c in groups[g] else 0.0 for c in ordered] for g in shown]
    _assert_no_small_union_derivable(cells, rows, threshold)


def test_a_row_that_repeats_shown_rows_stays_and_one_that_opens_a_leak_goes() -> None:
    """Store and Kiosk shown, and a manager's part of both: the part adds nothing new and
    shows; the part's frontline (Store's frontline and Kiosk) beside it would give Store's
    one manager, so it is refused."""
    store_fl, store_mgr, kiosk = (
        ("frontline", "store"),
        ("manager", "store"),
        ("frontline", "kiosk"),
    )
    atoms = {store_fl: 6, store_mgr: 1, kiosk: 5}
    groups = [{store_fl, store_mgr}, {kiosk}, {store_fl, store_mgr, kiosk}, {store_fl, kiosk}]
    assert protect_groups(atoms, groups, [2, 3], 5, keep=[0, 1]) == {0, 1, 2}
