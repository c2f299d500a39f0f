"""Telling an export's format from its file name and its first bytes."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Mapping
from pathlib import Path

from legendary.care.formats.errors import FormatError
from legendary.care.formats.source import empty_file_error, open_binary
from legendary.care.formats.transcript import looks_like_transcript
from legendary.care.formats.values import Place

_SNIFF_BYTES = 64 * 1024
# Intercom conversations may carry a "ticket": null field, so look for Intercom first.
_INTERCOM_MARKS = re.compile(r'"conversation_parts"\s*:|"type"\s*:\s*"conversation(?:\.list)?"')
# Chatwoot's message types and inbox channel types; Freshdesk's ticket and conversation
# fields. Both come before Zendesk, whose "tickets" and "requester_id" Freshdesk shares.
_CHATWOOT_MARKS = re.compile(
    r'"message_type"\s*:\s*(?:[0-3]\b|"(?:incoming|outgoing|activity|template)")'
    r'|"Channel::[A-Za-z]+"'
)
_FRESHDESK_MARKS = re.compile(
    r'"(?:description_text|responder_id|body_text)"\s*:|"incoming"\s*:\s*(?:true|false)'
)
_ZENDESK_MARKS = re.compile(r'"tickets?"\s*:\s*[\[{]|"requester_id"\s*:')
_CSV_MARKS = {
    "twcs": {"tweet_id", "inbound", "in_response_to_tweet_id"},
    "csv": {"conversation_id", "speaker_role"},
}
KNOWN = ("jsonl", "csv", "zendesk", "intercom", "freshdesk", "chatwoot", "twcs", "transcript")
_TRANSCRIPT_SUFFIXES = (".vtt", ".srt")
# Exports that may also be saved as JSON Lines, one ticket or conversation per line.
_VENDOR_LINES = ("freshdesk", "chatwoot", "zendesk", "intercom")


#: The fields that tell one export's record (a conversation, a ticket) from another's, by
#: format: each is found in its format's records and in no other format's.
_RECORD_FIELDS: dict[str, tuple[str, ...]] = {
    "jsonl": ("turns",),
    "intercom": ("conversation_parts",),
    "chatwoot": ("messages", "inbox_id"),
    "freshdesk": ("conversations", "description_text", "responder_id"),
    "zendesk": ("comments", "via", "assignee_id", "submitter_id"),
}
_RECORDS = {
    "jsonl": "conversation in our JSON Lines",
    "intercom": "Intercom conversation",
    "chatwoot": "Chatwoot conversation",
    "freshdesk": "Freshdesk ticket",
    "zendesk": "Zendesk ticket",
}


def refuse_other_format(record: Mapping[str, object], place: Place, own: str) -> None:
    """Raise `FormatError` at `place` when `record`, read as format `own`, has none of its
    fields and another export's instead (a Zendesk ticket read as Freshdesk would lose its
    comments and keep only its description), naming the `--format` that reads it."""
    if any(name in record for name in _RECORD_FIELDS[own]):
        return
    for other, fields in _RECORD_FIELDS.items():
        found = [name for name in fields if name in record]
        if other != own and found:
            raise place.error(
                "",
                f"is {_a(_RECORDS[other])} (it has {', '.join(found)}), not {_a(_RECORDS[own])} "
                f"— import this file with --format {other}.",
            )


def _a(noun: str) -> str:
    """`noun` with its indefinite article: "an Intercom conversation", "a Zendesk ticket".
    The names in `_RECORDS` are read as spelt, so a vowel letter is a vowel sound."""
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


class FormatNotRecognisedError(FormatError):
    """No format could be told from the file's name and first lines. Its message says how
    to name one on the command line (`--format`); a caller with another way to choose
    the format (the import page's Format box) says that instead."""


def detect_format(path: str | Path) -> str:
    """The format name of the file at `path`: one of `KNOWN`.

    Looks at the extension and at the first 64 KiB (a JSON object per line, the keys of a
    vendor export, the CSV header, or a transcript's first lines). Raises `FormatError`
    when the file cannot be read, `FormatNotRecognisedError` when its format cannot be
    told, saying how to name it.
    """
    with open_binary(path) as handle:
        head_bytes = handle.read(_SNIFF_BYTES)
    head = head_bytes.decode("utf-8", errors="replace").lstrip("\ufeff")
    if not head.strip():
        raise empty_file_error(path, "exported conversations")
    suffix = Path(path).suffix.lower()
    if suffix in _TRANSCRIPT_SUFFIXES:
        return "transcript"
    if suffix in (".jsonl", ".ndjson"):
        found = _sniff_json(head)
        return found if found in _VENDOR_LINES else "jsonl"
    found = _sniff_json(head) if head.lstrip()[:1] in ("{", "[") else _sniff_csv(head)
    if found is not None:
        return found
    if suffix in (".csv", ".tsv"):
        return "csv"  # its reader says which of the message columns are missing
    if looks_like_transcript(head):
        return "transcript"
    raise FormatNotRecognisedError(
        path,
        "we could not tell which export this is — name the format explicitly as one of "
        f"{', '.join(KNOWN)} (on the command line: --format).",
    )


def _sniff_json(head: str) -> str | None:
    first_line = head.lstrip().split("\n", 1)[0]
    try:
        first = json.loads(first_line)
    except (ValueError, RecursionError):
        first = None
    if isinstance(first, dict) and "turns" in first:
        return "jsonl"
    if _INTERCOM_MARKS.search(head):
        return "intercom"
    if _CHATWOOT_MARKS.search(head):
        return "chatwoot"
    if _FRESHDESK_MARKS.search(head):
        return "freshdesk"
    if _ZENDESK_MARKS.search(head):
        return "zendesk"
    return None


def _sniff_csv(head: str) -> str | None:
    first_line = head.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    try:
        names = {
            name.strip().lower() for name in next(csv.reader([first_line], delimiter=delimiter))
        }
    except (csv.Error, StopIteration):
        return None
    for name, marks in _CSV_MARKS.items():
        if marks <= names:
            return name
    return None
