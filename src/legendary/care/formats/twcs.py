"""“Customer Support on Twitter” (twcs): a CSV of tweets between customers and brands.

Columns: ``tweet_id, author_id, inbound, created_at, text, response_tweet_id,
in_response_to_tweet_id``; ``inbound`` is True for a customer's tweet and False for the
brand's (whose ``author_id`` is its handle); ``created_at`` looks like
``Tue Oct 31 22:10:47 +0000 2017``. Ids may carry a trailing ``.0`` (pandas wrote them).

Threads are rebuilt from ``in_response_to_tweet_id`` (``response_tweet_id`` only mirrors
it and may be absent): a conversation starts at an inbound tweet that answers nothing and
takes in every reply below it, the replies in time order. Replies whose thread root is not
in the file cannot be placed and are left out, and so are the brand's own posts.

The whole file must be indexed before the first thread is complete, so the first pass
keeps four 8-byte numbers per tweet (id, parent id, byte offset, line) in arrays, plus the
sort orders used to find replies: about 50 bytes a tweet, some 140 MB for the full
2.8-million-tweet data set (measured: +15 MB for 300,000 tweets). The text is read back
per thread by seeking. Conversations come out in the file order of their root tweets.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import BinaryIO

import numpy as np
import numpy.typing as npt

from legendary.care.formats import values
from legendary.care.formats.errors import FormatError
from legendary.care.formats.rows import (
    Header,
    Row,
    check_width,
    iter_rows,
    read_header,
    read_row_at,
)
from legendary.care.formats.source import open_binary
from legendary.care.formats.values import Place
from legendary.care.model import Channel, Conversation, Customer, Role, Speaker, Turn

COLUMNS = ("tweet_id", "author_id", "inbound", "created_at", "text", "in_response_to_tweet_id")
_WHAT = "twcs"
_NO_PARENT = -1
_MAX_ID_DIGITS = 18  # ids are kept as signed 64-bit numbers
_MONTHS = {
    name: number
    for number, name in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
        start=1,
    )
}
_INBOUND = {"true": True, "1": True, "false": False, "0": False}

Int64s = npt.NDArray[np.int64]


def read_twcs(path: str | Path) -> Iterator[Conversation]:
    """Yield one conversation per customer-started thread of a twcs CSV.

    Raises `FormatError` naming line and column for a malformed tweet, and for a tweet id
    that appears twice. Every row is checked by the indexing pass before anything is
    yielded.
    """
    with open_binary(path) as handle:
        header, index = _index(path, handle)
        children = _ChildLookup(index.ids, index.parents)
        for root in index.roots:
            members = children.thread(int(root))
            members.sort(key=lambda i: int(index.offsets[i]))  # read the file forwards
            rows = [
                read_row_at(path, handle, ",", int(index.offsets[i]), int(index.lines[i]))
                for i in members
            ]
            root_row = next(row for row in rows if row.offset == int(index.offsets[root]))
            yield _conversation(header, root_row, rows)


class _TweetIndex:
    """Per tweet (in file order): id, parent id, byte offset and line; plus the roots."""

    def __init__(self, ids: Int64s, parents: Int64s, offsets: Int64s, lines: Int64s, roots: Int64s):
        self.ids = ids
        self.parents = parents
        self.offsets = offsets
        self.lines = lines
        self.roots = roots


def _index(path: str | Path, handle: BinaryIO) -> tuple[Header, _TweetIndex]:
    rows = iter_rows(path, handle, ",")
    header = read_header(path, rows, _WHAT)
    header.require(COLUMNS, _WHAT)
    ids, parents, offsets, lines, roots = (array("q") for _ in range(5))
    for row in rows:
        check_width(header, row)
        place = Place(str(path), row.line)
        tweet_id = _tweet_id(header.get(row, "tweet_id"), place, "tweet_id")
        parent = _tweet_id(
            header.get(row, "in_response_to_tweet_id"), place, "in_response_to_tweet_id"
        )
        if parent == _NO_PARENT and _inbound(header.get(row, "inbound"), place):
            roots.append(len(ids))
        ids.append(tweet_id)
        parents.append(parent)
        offsets.append(row.offset)
        lines.append(row.line)
    if not ids:
        raise FormatError(path, "has a header but no tweets — export the tweets too.")
    index = _TweetIndex(
        *(np.frombuffer(a, dtype=np.int64) for a in (ids, parents, offsets, lines, roots))
    )
    _reject_repeated_ids(path, index)
    return header, index


def _reject_repeated_ids(path: str | Path, index: _TweetIndex) -> None:
    order = np.argsort(index.ids, kind="stable")
    ordered = index.ids[order]
    repeats = np.nonzero(ordered[1:] == ordered[:-1])[0]
    if repeats.size:
        # Report the repeat that comes first in the file, next to its first appearance.
        later = order[repeats + 1]
        first_repeat = int(repeats[int(np.argmin(later))])
        earlier_line, later_line = (int(index.lines[order[first_repeat + k]]) for k in (0, 1))
        raise FormatError(
            path,
            f"tweet {int(ordered[first_repeat])} already appeared on line {earlier_line} — "
            "remove the duplicate row.",
            line=later_line,
            field="tweet_id",
        )


class _ChildLookup:
    """Replies of a tweet, found by binary search in the tweets sorted by parent id."""

    def __init__(self, ids: Int64s, parents: Int64s) -> None:
        self._ids = ids
        self._order = np.argsort(parents, kind="stable")
        self._sorted_parents = parents[self._order]

    def thread(self, root: int) -> list[int]:
        """Positions (in the file's tweet order) of the root and every reply below it."""
        members = [root]
        for position in members:  # grows while we walk it: a breadth-first walk
            tweet_id = self._ids[position]
            low = int(np.searchsorted(self._sorted_parents, tweet_id, side="left"))
            high = int(np.searchsorted(self._sorted_parents, tweet_id, side="right"))
            members.extend(int(child) for child in self._order[low:high])
        return members


def _tweet_id(value: str, place: Place, field: str) -> int:
    text = value.strip()
    if not text:
        if field == "tweet_id":
            raise place.error(field, "is empty — every tweet needs its id.")
        return _NO_PARENT
    if text.endswith(".0"):
        text = text[:-2]
    # ASCII only: str.isdigit() also accepts "²", which int() refuses
    if not (text.isascii() and text.isdigit()) or len(text) > _MAX_ID_DIGITS:
        raise place.error(field, f"{values.shown(value)} is not a tweet id (a whole number).")
    return int(text)


def _inbound(value: str, place: Place) -> bool:
    try:
        return _INBOUND[value.strip().lower()]
    except KeyError:
        raise place.error(
            "inbound",
            f"{values.shown(value)} is not True or False — True marks a customer's tweet.",
        ) from None


def _conversation(header: Header, root: Row, rows: list[Row]) -> Conversation:
    """The thread as a conversation: the root tweet, then the replies in time order (ties by
    id; a reply stamped before its root is a clock error and still comes after it), with the
    root's author as the customer."""
    replies = sorted(_tweet(header, row) for row in rows if row.offset != root.offset)
    root_place = Place(str(header.path), root.line)
    author = header.get(root, "author_id").strip()
    return Conversation(
        id=str(_tweet_id(header.get(root, "tweet_id"), root_place, "tweet_id")),
        turns=(_tweet(header, root)[2], *(turn for _, _, turn in replies)),
        channel=Channel.SOCIAL,
        source="twcs",
        customer=Customer(id=author, name=author),
    )


def twitter_time(text: str) -> datetime:
    """Parse Twitter's ``Tue Oct 31 22:10:47 +0000 2017`` (ten times faster than strptime,
    which dominated reading a large file). Raises ValueError, KeyError or IndexError."""
    _weekday, month, day, clock, offset, year = text.split()
    hour, minute, second = clock.split(":")
    if len(offset) != 5 or offset[0] not in "+-":
        raise ValueError(offset)
    minutes = int(offset[1:3]) * 60 + int(offset[3:5])
    zone = (
        UTC
        if minutes == 0
        else timezone(timedelta(minutes=-minutes if offset[0] == "-" else minutes))
    )
    return datetime(
        int(year), _MONTHS[month], int(day), int(hour), int(minute), int(second), tzinfo=zone
    )


def _tweet(header: Header, row: Row) -> tuple[datetime, int, Turn]:
    place = Place(str(header.path), row.line)
    created = header.get(row, "created_at").strip()
    try:
        moment = twitter_time(created)
    except (ValueError, KeyError, IndexError):
        raise place.error(
            "created_at",
            f"{values.shown(created)} is not a Twitter time — expected the form "
            "Tue Oct 31 22:10:47 +0000 2017.",
        ) from None
    role = Role.CUSTOMER if _inbound(header.get(row, "inbound"), place) else Role.AGENT
    author = header.get(row, "author_id").strip()
    if not author:
        raise place.error("author_id", "is empty — every tweet needs its author.")
    text = values.message_text(header.get(row, "text"), place, "text")
    turn = Turn(Speaker(role, name=author), text, moment)
    return moment, _tweet_id(header.get(row, "tweet_id"), place, "tweet_id"), turn
