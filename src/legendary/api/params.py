"""Query-parameter types shared by the API routers."""

from typing import Annotated, Any

from ninja import Field, Schema
from ninja.pagination import PageNumberPagination
from pydantic import AfterValidator


def _no_nul(words: str) -> str:
    # A NUL character cannot be part of a search: PostgreSQL refuses it in a query (a 500),
    # and SQLite's LIKE stops at it, so the search silently matched every row.
    if "\x00" in words:
        raise ValueError("words to search for must not contain a NUL character (%00)")
    return words


#: Free-text search words of an API query (`?search=`): a 400 naming the field for a NUL.
SearchWords = Annotated[str, AfterValidator(_no_nul)]


#: The most rows one page of a list may hold (`?page_size=`).
MAX_PAGE_SIZE = 100


class Pages(PageNumberPagination):
    """Page-number pagination that refuses a `page_size` over `MAX_PAGE_SIZE` with a 400
    naming the field. django-ninja cut a larger one to 100 without a word, so a client that
    asked for 500 got 100 rows and, unless it compared them with `count`, believed it had
    them all."""

    class Input(Schema):
        page: int = Field(1, ge=1, description="Which page, from 1.")
        page_size: int | None = Field(
            None,
            ge=1,
            le=MAX_PAGE_SIZE,
            description=f"Rows per page, 1 to {MAX_PAGE_SIZE} (the list's default if left out).",
        )

    def __init__(self, page_size: int, **kwargs: Any) -> None:
        super().__init__(page_size=page_size, max_page_size=MAX_PAGE_SIZE, **kwargs)
