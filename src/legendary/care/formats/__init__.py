"""Conversation readers: customer-service exports in, `model.Conversation` objects out.

The one entry point other code needs (its signature is stable)::

    read_conversations(path: str | Path, format: str = "auto") -> Iterator[Conversation]

- ``format`` is ``"auto"`` (told from the extension and the first bytes) or a key of
  `FORMATS`: ``jsonl`` (our canonical JSON Lines), ``csv`` (one row per message),
  ``zendesk`` (Tickets API export), ``intercom`` (Conversations API export), ``freshdesk``
  (API v2 tickets with conversations), ``chatwoot`` (conversations with their messages),
  ``twcs`` (the “Customer Support on Twitter” CSV), ``transcript`` (one phone call per
  file: WebVTT, SubRip or plain “Speaker: words”). Each reader's module documents its shape.
- The file is opened and its format decided at the call, so a missing file, an empty file
  or an unknown format raise at once; the conversations are then produced lazily, one at
  a time. JSONL and CSV are streamed (memory does not grow with the file), and so are
  Freshdesk and Chatwoot exports saved as JSON Lines; other vendor JSON exports are read
  whole; twcs keeps a compact numeric index of every tweet.
- Every problem with the input raises `FormatError` (a `ValueError`) and nothing else; it
  carries `path`, `line` and `field` and a message saying what to fix. Conversations
  before a malformed record have already been yielded: import inside a transaction if
  all-or-nothing matters.
- Timestamps are timezone-aware (UTC where the source gives no offset). Text is not
  redacted here: call `legendary.care.redact.redact_conversation` before storing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from legendary.care.formats.chatwoot import read_chatwoot
from legendary.care.formats.csv_messages import read_csv
from legendary.care.formats.detect import detect_format
from legendary.care.formats.errors import FormatError
from legendary.care.formats.freshdesk import read_freshdesk
from legendary.care.formats.intercom import read_intercom
from legendary.care.formats.jsonl import read_jsonl
from legendary.care.formats.source import open_binary
from legendary.care.formats.transcript import read_transcript
from legendary.care.formats.twcs import read_twcs
from legendary.care.formats.zendesk import read_zendesk
from legendary.care.model import Conversation

Reader = Callable[[str | Path], Iterator[Conversation]]

#: Every supported format, by the name `read_conversations` accepts.
FORMATS: Mapping[str, Reader] = {
    "jsonl": read_jsonl,
    "csv": read_csv,
    "zendesk": read_zendesk,
    "intercom": read_intercom,
    "freshdesk": read_freshdesk,
    "chatwoot": read_chatwoot,
    "twcs": read_twcs,
    "transcript": read_transcript,
}


def read_conversations(path: str | Path, format: str = "auto") -> Iterator[Conversation]:
    """Read the conversations of one export file, lazily, in file order.

    `format` is ``"auto"`` or one of `FORMATS`. Raises `FormatError` at once when the file
    cannot be opened, is empty, or its format is unknown or cannot be told, and while
    iterating at the first malformed record (see the module docstring).
    """
    if format == "auto":
        format = detect_format(path)
    elif format not in FORMATS:
        raise FormatError(
            path, f"{format!r} is not a format we read — use auto or one of {', '.join(FORMATS)}."
        )
    else:
        open_binary(path).close()  # a wrong path should fail here, not at the first record
    return FORMATS[format](path)


__all__ = [
    "FORMATS",
    "FormatError",
    "Reader",
    "detect_format",
    "read_chatwoot",
    "read_conversations",
    "read_csv",
    "read_freshdesk",
    "read_intercom",
    "read_jsonl",
    "read_transcript",
    "read_twcs",
    "read_zendesk",
]
