"""The services' refusals, read for people.

A service refuses a write with a message that names the field first: "due date: 3 Mar 2026
has passed; choose today or later". The prefix is for logs and the command line; a page
shows the explanation where the field is (or on the row of a file that named it), so the
pages and the roster import split the message here, in one way.
"""

from __future__ import annotations


def split_refusal(message: str) -> tuple[str, str]:
    """`message` as the field it names and the explanation after "field: "; ("", message)
    when it names no field."""
    field, colon, explanation = message.partition(": ")
    return (field, explanation) if colon else ("", message)


def capitalised(text: str) -> str:
    """`text` with its first letter a capital (an explanation shown as a sentence)."""
    return text[:1].upper() + text[1:]
