"""The three tests every numbered blind check of `expresses_appreciation` makes since the
eleventh (`test_thanks_fresh11.py` on): its block keeps its floor, none of its lines
repeats a line of an earlier check, and each kind mended after its read reads as decided.

A check file calls `thanks_block_tests` once and binds the three functions it returns to
module names beginning with `test_`, so that pytest collects them there."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from .test_thanks_apologies_fresh2 import assert_kind_reads, assert_labelled_block
from .test_thanks_fresh9 import repeated_lines

#: (line, "A" when it shows appreciation), labelled before any read.
Block = list[tuple[str, str]]
#: kind -> (one sentence of that kind, whether it shows appreciation).
Kinds = dict[str, tuple[str, bool]]
#: (precision, recall, F1) that a change must not drop below.
Floor = tuple[float, float, float]


def earlier_checks(number: int) -> tuple[str, ...]:
    """The file patterns of every thanks check written before check `number`: the joint
    thanks-and-apologies checks and `test_thanks_fresh9.py` up to `number - 1`."""
    return (
        "test_thanks_apologies_fresh*.py",
        *(f"test_thanks_fresh{n}.py" for n in range(9, number)),
    )


def thanks_block_tests(
    number: int, block: Block, floor: Floor, kinds: Kinds
) -> tuple[Callable[[], None], Callable[[], None], Callable[[str], None]]:
    """The floor test, the repeat test and the parametrized kind test of check `number`
    (bind them as `test_the_block_keeps_its_floor`, `test_no_line_repeats_one_of_an_
    earlier_check` and `test_each_kind_reads_as_decided`)."""

    def keeps_its_floor() -> None:
        assert_labelled_block(block, "A", floor)

    def repeats_no_earlier_line() -> None:
        assert repeated_lines({"block": block}, *earlier_checks(number)) == []

    @pytest.mark.parametrize("kind", list(kinds))
    def kind_reads_as_decided(kind: str) -> None:
        assert_kind_reads(kinds[kind][0], "A", kinds[kind][1])

    return keeps_its_floor, repeats_no_earlier_line, kind_reads_as_decided
