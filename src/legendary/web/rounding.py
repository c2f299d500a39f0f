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


MINUS = "\u2212"  # the true minus sign, as the pages' texts write "−100"


NO_VALUE = "\u2014"  # the dash the pages print where a figure is missing


def _finite(value: float | None) -> Decimal | None:
    """`value` as a Decimal, or None when there is no figure to show (None, NaN, infinite:
    Decimal's quantize raises InvalidOperation on NaN and infinity)."""
    if value is None:
        return None
    number = Decimal(str(value))
    return number if number.is_finite() else None


def signed(value: float | None, places: int = 0) -> str:
    """A figure for people to read with its sign: "+7", "−60", "0" (and "+1.5", "−0.3" to
    one place). The true minus, not the hyphen, as in the pages' texts; rounded half up
    like `floatformat`, and a figure that rounds to nothing has no sign ("0", not "−0").
    No figure (None, NaN) reads as the pages' dash, never as "0".
    CSV files and the API keep plain numbers."""
    number = _finite(value)
    if number is None:
        return NO_VALUE
    shown = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if shown == 0:
        return f"{abs(shown):f}"
    return f"{MINUS if shown < 0 else '+'}{abs(shown):f}"


def figure(value: float | None) -> str:
    """A goal's figure as every page shows it (cards, tables, chart hover): one decimal
    where it has one, as `floatformat:"-1"` ("25" stays 25, 66.7 does not read 67, 61.0
    reads 61), the true minus for a negative internal NPS ("−20"), the dash for none."""
    number = _finite(value)
    if number is None:
        return NO_VALUE
    shown = number.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    if shown == shown.to_integral_value():
        shown = shown.quantize(Decimal(1))
    if shown == 0:
        return "0"
    return f"{MINUS if shown < 0 else ''}{abs(shown):f}"
