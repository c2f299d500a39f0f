"""Query-parameter types shared by the API routers."""

from typing import Annotated

from pydantic import AfterValidator


def _no_nul(words: str) -> str:
    # A NUL character cannot be part of a search: PostgreSQL refuses it in a query (a 500),
    # and SQLite's LIKE stops at it, so the search silently matched every row.
    if "\x00" in words:
        raise ValueError("words to search for must not contain a NUL character (%00)")
    return words


#: Free-text search words of an API query (`?search=`): a 400 naming the field for a NUL.
SearchWords = Annotated[str, AfterValidator(_no_nul)]
