"""JSONL and CSV are streamed: memory stays flat however big the export is."""

from __future__ import annotations

import csv
import json
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from legendary.care.formats import read_conversations
from legendary.care.formats.twcs import twitter_time

CONVERSATIONS = 400
TURNS = 10
# ~2.5 KB a turn, so the file is ~10 MB while one conversation is ~25 KB.
TURN_TEXT = "I have been waiting for my replacement part and would love an update. " * 36


def rows() -> Iterator[tuple[str, str, str]]:
    for number in range(CONVERSATIONS):
        for turn in range(TURNS):
            yield f"c-{number}", ("customer", "agent")[turn % 2], f"{turn}: {TURN_TEXT}"


def peak_bytes_while_reading(path: Path) -> tuple[int, int]:
    """(conversations read, peak traced allocation in bytes) for reading all of `path`."""
    tracemalloc.start()
    try:
        count = 0
        for conversation in read_conversations(path):
            assert len(conversation.turns) == TURNS
            count += 1
        return count, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.fixture(scope="module")
def big_exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("big")
    jsonl = folder / "big.jsonl"
    with jsonl.open("w", encoding="utf-8") as out:
        turns: list[dict[str, str]] = []
        for conversation_id, role, text in rows():
            turns.append({"speaker": role, "text": text})
            if len(turns) == TURNS:
                out.write(json.dumps({"id": conversation_id, "turns": turns}) + "\n")
                turns = []
    contiguous = folder / "big.csv"
    interleaved = folder / "big_interleaved.csv"
    ordered = list(rows())
    for path, order in (
        (contiguous, ordered),
        (interleaved, sorted(ordered, key=lambda r: r[2][:3])),
    ):
        with path.open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(["conversation_id", "speaker_role", "text"])
            writer.writerows(order)
    return {"jsonl": jsonl, "csv": contiguous, "interleaved csv": interleaved}


@pytest.mark.parametrize("kind", ["jsonl", "csv", "interleaved csv"])
def test_reading_a_big_export_holds_about_one_conversation_in_memory(
    big_exports: dict[str, Path], kind: str
) -> None:
    path = big_exports[kind]
    assert path.stat().st_size > 9_000_000
    count, peak = peak_bytes_while_reading(path)
    assert count == CONVERSATIONS
    # One conversation is ~25 KB; the whole file ~10 MB. Allow buffers and the CSV index.
    assert peak < 1_500_000, f"peak {peak:,} bytes while reading {path.name}"


def test_interleaved_rows_are_regrouped_in_order_of_first_appearance(
    big_exports: dict[str, Path],
) -> None:
    ids = [c.id for c in read_conversations(big_exports["interleaved csv"])]
    assert ids == [f"c-{n}" for n in range(CONVERSATIONS)]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Tue Oct 31 22:10:47 +0000 2017", "2017-10-31T22:10:47+00:00"),
        ("Wed Nov 01 03:05:09 -0530 2017", "2017-11-01T03:05:09-05:30"),
    ],
)
def test_twitter_times_are_read_with_their_offset(text: str, iso: str) -> None:
    assert twitter_time(text).isoformat() == iso


@pytest.mark.parametrize(
    "text",
    [
        "Tue Oct 31 22:10:47 2017",
        "Tue Okt 31 22:10:47 +0000 2017",
        "Tue Oct 31 25:10:47 +0000 2017",
    ],
)
def test_malformed_twitter_times_are_refused(text: str) -> None:
    with pytest.raises((ValueError, KeyError)):
        twitter_time(text)


def test_a_second_pass_stopped_early_closes_quietly(tmp_path: Path) -> None:
    """An import that stops at a bad value closes the file before the reader is collected:
    closing the reader then must not raise (it printed "Exception ignored … I/O operation
    on closed file" under a clear error message)."""
    from legendary.care.formats.rows import sequential_rows

    path = tmp_path / "messages.csv"
    path.write_text("conversation_id,text\nc-1,Hello there\nc-2,Still waiting\n")
    with path.open("rb") as handle:
        rows = sequential_rows(path, handle, ",")
        assert next(rows).values == ["c-1", "Hello there"]
    rows.close()  # raised ValueError while the handle was already closed
    assert handle.closed
