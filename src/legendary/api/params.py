"""Query-parameter types shared by the API routers."""

import datetime as dt
import re
from collections.abc import Iterable
from typing import Annotated, Any

from ninja import Field, Schema
from ninja.pagination import PageNumberPagination
from pydantic import AfterValidator, BeforeValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

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


# Pydantic also reads a bare number as seconds since 1970: "20260101" meant as a day became
# 23 August 1970, and an `updated_since` of it quietly returned everything.
_ALL_DIGITS = re.compile(r"\s*[+-]?\d+(\.\d*)?\s*")


def _a_moment(value: object) -> object:
    if isinstance(value, str) and _ALL_DIGITS.fullmatch(value):
        raise PydanticCustomError(
            "moment", "expected ISO 8601, e.g. 2026-03-02T09:00:00Z or 2026-03-02, not a number"
        )
    return _plus_back(value)


def _in_utc(moment: dt.datetime) -> dt.datetime:
    # Without a time zone: UTC, as the API writes every time. A moment so near year 1 or
    # 9999 that its offset carries it past them (0001-01-01T00:00:00+14:00) could not be
    # turned into UTC for the query and was a 500: it is the first or last moment there is.
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    try:
        return moment.astimezone(dt.UTC)
    except OverflowError:
        edge = dt.datetime.min if moment.year == dt.MINYEAR else dt.datetime.max
        return edge.replace(tzinfo=dt.UTC)


#: A moment of an API query (`?updated_since=`): ISO 8601, its "+01:00" taken as meant
#: even when the "+" was not written %2B; one without a time zone is UTC. Always aware.
Moment = Annotated[dt.datetime, BeforeValidator(_a_moment), AfterValidator(_in_utc)]

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _a_day(value: object) -> object:
    # Pydantic took "2026-01-01T10:00" and "1700000000" (seconds since 1970) and then said
    # "Datetimes provided to dates should have zero time - e.g. be exact dates".
    if isinstance(value, str) and not _DAY.fullmatch(value.strip()):
        raise PydanticCustomError("day", "expected a day as YYYY-MM-DD, e.g. 2026-03-02")
    return value.strip() if isinstance(value, str) else value


#: A day of an API query (`?since=`): YYYY-MM-DD and nothing else.
Day = Annotated[dt.date, BeforeValidator(_a_day)]


#: The most rows one page of a list may hold (`?page_size=`).
MAX_PAGE_SIZE = 100
#: The highest page number a list accepts (past the last page a list is empty anyway).
MAX_PAGE = 1_000_000_000


class Pages(PageNumberPagination):
    """Page-number pagination that refuses a `page_size` over `MAX_PAGE_SIZE` with a 400
    naming the field. django-ninja cut a larger one to 100 without a word, so a client that
    asked for 500 got 100 rows and, unless it compared them with `count`, believed it had
    them all."""

    class Input(Schema):
        # Bounded so that the offset fits the database's integer: page 10^20 was a 500.
        page: int = Field(1, ge=1, le=MAX_PAGE, description="Which page, from 1.")
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
