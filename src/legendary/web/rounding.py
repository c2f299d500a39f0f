"""Numbers as the pages show them, so that figures printed side by side add up."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def shown_whole(value: float) -> int:
    """`value` as a whole number the way the templates' `floatformat:0` prints it (half up;
    Python's round() rounds half to even, which would print 62.5 as 62 beside a 63)."""
    return int(Decimal(str(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def shown_difference(a: float | None, b: float | None) -> int | None:
    """`a - b` between the whole numbers shown for them: 27.5 and 21.4 read 28 and 21, so
    their difference reads +7 (the rounded exact difference, 6.1, would say +6)."""
    if a is None or b is None:
        return None
    return shown_whole(a) - shown_whole(b)
