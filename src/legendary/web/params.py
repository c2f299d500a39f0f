"""Query parameters read from the address: a malformed one is named on the page, with what
was expected and what the page did instead, never silently ignored."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, TypeVar

from django.core.paginator import Page, Paginator
from pydantic import Field

T = TypeVar("T")

# An id filter of an API query (`?team=`, `?agent=`): database ids are 64-bit, so a larger
# number is a 400 naming the field rather than an OverflowError (a 500) in the database.
RowId = Annotated[int, Field(ge=1, le=2**63 - 1)]


def bad_parameter(name: str, value: str, expected: str, instead: str) -> str:
    """The sentence a page shows for a parameter it could not use."""
    return f"“{name}={value}” in the address is not understood: expected {expected}. {instead}"


def one_of(values: Iterable[object]) -> str:
    """“one of a, b, c” for the expected half of `bad_parameter`."""
    return "one of " + ", ".join(str(v) for v in values)


def page_of(paginator: Paginator[T], raw: str | None) -> tuple[Page[T], str | None]:
    """The page asked for by `?page=`, and a problem when the number is not one of the
    list's pages (Django's `get_page` would quietly show the first or the last page)."""
    if raw in (None, ""):
        return paginator.get_page(1), None
    try:
        number = int(str(raw))
    except ValueError:
        number = 0
    if 1 <= number <= paginator.num_pages:
        return paginator.page(number), None
    page = paginator.get_page(number if number > paginator.num_pages else 1)
    pages = paginator.num_pages
    expected = "page 1 (the list has one page)" if pages == 1 else f"a page from 1 to {pages}"
    return page, bad_parameter("page", str(raw), expected, f"Showing page {page.number}.")
