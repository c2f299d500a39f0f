"""Template filters for figures as people read them."""

from __future__ import annotations

from django import template

from legendary.web import rounding

register = template.Library()


@register.filter
def signed(value: float | str | None, places: int = 0) -> str:
    """`{{ change|signed }}` prints "+7", "−60" or "0"; `{{ gap|signed:1 }}` to one place.
    An empty value prints as nothing, so `|default:"—"` can follow."""
    if value is None or value == "":
        return ""
    shown = rounding.signed(float(value), int(places))
    # NaN is no figure either: nothing, so the page's own `default` speaks for it.
    return "" if shown == rounding.NO_VALUE else shown


@register.filter
def figure(value: float | str | None) -> str:
    """`{{ goal.target|figure }}`: a goal's figure as every page prints it ("61", "66.7",
    "−20"), the dash when there is none."""
    if value is None or value == "":
        return rounding.NO_VALUE
    return rounding.figure(float(value))
