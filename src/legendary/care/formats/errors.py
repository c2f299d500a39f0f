"""The one error every reader raises for input it cannot turn into conversations."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path


class FormatError(ValueError):
    """A conversation file is malformed, or cannot be read as the format it claims to be.

    The message names the place and the fix, e.g.
    ``conversations.jsonl, line 12, field "turns[3].speaker": "clerk" is not one of
    customer, agent, bot, system — use one of those roles.``

    Attributes:
        path: the file as given to the reader.
        line: the 1-based line of the file (JSONL, CSV, twcs, or a JSON syntax error),
            or ``None`` where the place is a record inside a JSON document (then `field`
            names it, e.g. ``tickets[4].comments[1].author_id``).
        field: the field at fault as a path (``turns[3].speaker``), or ``None`` when the
            whole line or file is at fault.
        problem: the message without the place: what is wrong and what to do.
    """

    def __init__(
        self,
        path: str | Path,
        problem: str,
        *,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.path = str(path)
        self.line = line
        self.field = field
        self.problem = problem
        place = [Path(path).name or str(path)]
        if line is not None:
            place.append(f"line {line}")
        if field is not None:
            place.append(f'field "{field}"')
        super().__init__(f"{', '.join(place)}: {problem}")

    def __reduce__(
        self,
    ) -> tuple[Callable[..., FormatError], tuple[str, str, int | None, str | None]]:
        # Keyword-only arguments are not in `args`: say how to rebuild the error, so that it
        # crosses a process pool or a Dask worker boundary intact.
        return (_rebuild, (self.path, self.problem, self.line, self.field))


def _rebuild(path: str, problem: str, line: int | None, field: str | None) -> FormatError:
    return FormatError(path, problem, line=line, field=field)
