"""The JSONL reader's fast path for turns accepts and builds exactly what the checked path does.

`conversation_from_json` reads a turn through the field-by-field checks the first time it
meets a speaker, then through a fast path keyed by the speaker's raw values. Reading the
same record with an empty cache and again with a warm one must give the same
conversation, or the same error (message, line and field).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from legendary.care.formats import jsonl
from legendary.care.formats.errors import FormatError
from legendary.care.formats.jsonl import conversation_from_json
from legendary.care.formats.values import Place
from legendary.care.model import Conversation, Role, Speaker

Outcome = Conversation | tuple[str, int | None, str | None]


@pytest.fixture(autouse=True)
def cold_speakers() -> Iterator[None]:
    """Every test starts, and leaves, with no remembered speakers."""
    jsonl._SPEAKERS.clear()
    yield
    jsonl._SPEAKERS.clear()


def read(record: dict[str, Any], line: int = 4) -> Outcome:
    """The conversation of `record`, or its error as (message, line, field)."""
    try:
        return conversation_from_json(record, Place("chats.jsonl", line))
    except FormatError as exc:
        return (str(exc), exc.line, exc.field)


def cold_then_warm(record: dict[str, Any]) -> tuple[Outcome, Outcome]:
    jsonl._SPEAKERS.clear()
    return read(record), read(record)


def chat(*turns: dict[str, Any]) -> dict[str, Any]:
    return {"id": "c-7", "channel": "chat", "turns": list(turns)}


json_values = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=6)
names = st.sampled_from(["Priya", " Priya ", "Rhys Rahman", ""]) | json_values
texts = (
    st.sampled_from(["I'm sorry the parcel is late.", "  ", "", "\u3000", " ok "])
    | json_values
    | st.lists(st.text(max_size=3), max_size=2)
)
stamps = (
    st.sampled_from(
        [
            "2025-03-14T09:26:53Z",
            "2025-03-14T09:26:53.385176+00:00",
            "2025-03-14 09:26:53+01:00",
            "2025-03-14T09:26:53",  # no offset: taken as UTC
            " 2025-03-14T09:26:53Z ",  # padded: only the checked path strips it
            "20250314T092653Z",
            "yesterday",
            "",
        ]
    )
    | json_values
)
raw_turns = st.fixed_dictionaries(
    {
        "speaker": st.sampled_from(["customer", "agent", "Agent ", "bot", "clerk"]) | json_values,
        "text": texts,
    },
    optional={
        "name": names,
        "email": names | st.dictionaries(st.text(max_size=2), st.integers(), max_size=1),
        "timestamp": stamps,
    },
)
turn_lists = st.lists(raw_turns | json_values, min_size=1, max_size=5)


@settings(max_examples=300, deadline=None)
@given(turn_lists)
def test_a_warm_speaker_cache_reads_every_record_as_a_cold_one_does(turns: list[Any]) -> None:
    cold, warm = cold_then_warm(chat(*turns))
    assert warm == cold


@settings(max_examples=150, deadline=None)
@given(st.lists(turn_lists, min_size=2, max_size=4))
def test_speakers_met_in_earlier_records_do_not_change_a_later_one(
    records: list[list[Any]],
) -> None:
    for turns in records:
        warm = read(chat(*turns))
        jsonl._SPEAKERS.clear()
        assert warm == read(chat(*turns))
        for earlier in records:  # leave every speaker of every record remembered
            read(chat(*earlier))


def test_numbers_that_compare_equal_keep_their_own_spelling_as_names() -> None:
    as_int = read(chat({"speaker": "agent", "name": 1, "text": "Happy to help."}))
    as_float = read(chat({"speaker": "agent", "name": 1.0, "text": "Happy to help."}))
    as_bool = read(chat({"speaker": "agent", "name": True, "text": "Happy to help."}))
    assert isinstance(as_int, Conversation)
    assert as_int.turns[0].speaker.name == "1"
    assert isinstance(as_float, Conversation)
    assert as_float.turns[0].speaker.name == "1.0"
    assert as_bool == (
        'chats.jsonl, line 4, field "turns[0].name": must be text, not true/false.',
        4,
        "turns[0].name",
    )


def test_a_known_speaker_with_a_blank_message_is_still_refused_at_its_turn() -> None:
    greeting = {"speaker": "agent", "name": "Priya", "text": "Hello, I'm Priya."}
    read(chat(greeting))
    blank = read(chat(greeting, {"speaker": "agent", "name": "Priya", "text": " \n "}), line=9)
    assert blank == (
        'chats.jsonl, line 9, field "turns[1].text": is empty — remove the message or fill '
        "in the words that were said.",
        9,
        "turns[1].text",
    )


def test_the_first_error_in_turn_order_is_reported_whatever_the_cache_holds() -> None:
    read(chat({"speaker": "agent", "name": "Priya", "text": "Hello."}))
    record = chat(
        {"speaker": "customer", "text": 42},
        {"speaker": "clerk", "text": "Next, please."},
    )
    assert read(record) == (
        'chats.jsonl, line 4, field "turns[0].text": must be text, not a number.',
        4,
        "turns[0].text",
    )


def test_timestamps_are_aware_on_the_fast_path_too() -> None:
    turn = {"speaker": "customer", "text": "Where is my parcel?"}
    read(chat(turn))  # remember the speaker
    plus_one = timezone(timedelta(hours=1))
    record = chat(
        turn | {"timestamp": "2025-03-14T09:26:53"},
        turn | {"timestamp": "2025-03-14 09:26:53+01:00"},
        turn | {"timestamp": " 2025-03-14T09:26:53Z "},
        turn | {"timestamp": ""},
        turn,
    )
    conversation = read(record)
    assert isinstance(conversation, Conversation)
    assert [t.timestamp for t in conversation.turns] == [
        datetime(2025, 3, 14, 9, 26, 53, tzinfo=UTC),
        datetime(2025, 3, 14, 9, 26, 53, tzinfo=plus_one),
        datetime(2025, 3, 14, 9, 26, 53, tzinfo=UTC),
        None,
        None,
    ]


def test_speakers_are_shared_between_turns_and_read_like_the_checked_path() -> None:
    record = chat(
        {"speaker": " Agent", "name": " Priya ", "text": "Let me check that order."},
        {"speaker": " Agent", "name": " Priya ", "text": "Found it: it left today."},
    )
    conversation = read(record)
    assert isinstance(conversation, Conversation)
    first, second = conversation.turns
    assert first.speaker == Speaker(Role.AGENT, name="Priya")
    assert second.speaker is first.speaker


def test_the_fast_path_refuses_to_load_when_turn_gains_a_field() -> None:
    @dataclass(frozen=True, slots=True)
    class LongerTurn:
        speaker: Speaker
        text: str
        timestamp: datetime | None = None
        language: str = "en"

    with pytest.raises(RuntimeError, match="update the JSONL fast path"):
        jsonl._slot_setters(LongerTurn, ("speaker", "text", "timestamp"))
