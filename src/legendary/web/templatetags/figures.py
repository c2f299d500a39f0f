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
    return rounding.signed(float(value), int(places))
