"""The admin's delete confirmation for customers: what erasing each one does."""

from __future__ import annotations

from django import template

from legendary.conversations.erasure import LIFT_NOTE, erasure_plan
from legendary.conversations.models import Customer

register = template.Library()


@register.filter
def erasure_description(customer: Customer) -> str:
    """The erasure plan in words (as `legendary forget-customer --dry-run` prints it) and how
    long the suppression of later imports lasts."""
    return f"{erasure_plan(customer).describe(done=False)}\n{LIFT_NOTE}"
