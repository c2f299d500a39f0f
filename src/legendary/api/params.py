"""Query-parameter types shared by the API routers."""

import datetime as dt
import re
from collections.abc import Iterable
from typing import Annotated, Any

from ninja import Field, Schema
from ninja.pagination import PageNumberPagination
from pydantic import AfterValidator, BeforeValidator, WithJsonSchema

from legendary.care.behaviours.base import registry
from legendary.conversations.selectors import FLAG_LABELS


def _no_nul(words: str) -> str:
    # A NUL character cannot be part of a search: PostgreSQL refuses it in a query (a 500),
    # and SQLite's LIKE stops at it, so the search silently matched every row.
    if "\x00" in words:
        raise ValueError("words to search for must not contain a NUL character (%00)")
    return words


#: Free-text search words of an API query (`?search=`): a 400 naming the field for a NUL.
SearchWords = Annotated[str, AfterValidator(_no_nul)]


# "2026-03-02T09:00:00+01:00" typed into an address arrives as "...09:00:00 01:00": a
# query string reads an unencoded "+" as a space. Nothing else puts a space there.
_PLUS_READ_AS_SPACE = re.compile(r"([T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) (\d{2}:?\d{2})$")


def _plus_back(value: object) -> object:
    if isinstance(value, str):
        return _PLUS_READ_AS_SPACE.sub(r"\1+\2", value.strip())
    return value


#: A moment of an API query (`?updated_since=`): ISO 8601, its "+01:00" taken as meant
#: even when the "+" was not written %2B.
Moment = Annotated[dt.datetime, BeforeValidator(_plus_back)]


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


def _listed(values: Iterable[str], what: str) -> WithJsonSchema:
    # The schema lists today's values so a client can build its enum or warehouse table,
    # but the answer is still validated as a plain string: a scorecard stored by an older
    # engine may carry a name since renamed, and must be returned, not turned into an error.
    return WithJsonSchema({"type": "string", "enum": list(values), "description": what})


#: A flag name as the API writes it (`GET /conversations/flags` says what each means).
FlagName = Annotated[
    str, _listed(FLAG_LABELS, "A flag of the scorecard (this engine's; a newer one may add some).")
]

#: A CARE behaviour id as the API writes it (the engine's registry).
BehaviourId = Annotated[
    str,
    _listed(sorted(registry()), "A CARE behaviour id (this engine's; a newer one may add some)."),
]
