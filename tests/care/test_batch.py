"""Batch scoring: one process, a process pool and a Dask cluster give the same rows."""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from legendary.care.batch import (
    POOL_CHUNK,
    BatchSummary,
    ScoringTask,
    score_chunks,
    score_file,
    score_stream,
)
from legendary.care.formats.errors import FormatError
from legendary.care.formats.writers import write_conversations
from legendary.care.model import Conversation
from legendary.care.rubric import DEFAULT
from legendary.care.scoring import score
from legendary.demo.conversations import generate_conversations

COUNT = 24
CHUNK = 5  # small chunks so a couple of dozen conversations cross many chunk boundaries


@pytest.fixture(scope="module")
def conversations() -> list[Conversation]:
    return list(generate_conversations("batch-tests", COUNT))


@pytest.fixture(scope="module")
def inbox(conversations: list[Conversation], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("inbox") / "conversations.jsonl"
    write_conversations(conversations, path)
    return path


def test_stream_gives_one_scorecard_per_conversation_in_order(
    conversations: list[Conversation],
) -> None:
    cards = list(score_stream(conversations, chunk_size=CHUNK))
    assert cards == [score(c) for c in conversations]


def test_two_workers_score_exactly_like_one(conversations: list[Conversation]) -> None:
    assert list(score_stream(conversations, workers=2, chunk_size=CHUNK)) == list(
        score_stream(conversations, chunk_size=CHUNK)
    )


@pytest.mark.parametrize("workers", [1, 2])
def test_input_is_pulled_only_a_few_chunks_ahead(
    conversations: list[Conversation], workers: int
) -> None:
    pulled = 0

    def counted() -> Iterator[Conversation]:
        nonlocal pulled
        for conversation in conversations:
            pulled += 1
            yield conversation

    done = 0
    ahead: list[int] = []
    for result in score_chunks(counted(), ScoringTask(DEFAULT), workers=workers, chunk_size=4):
        done += result.count
        ahead.append(pulled - done)
    assert done == COUNT
    # At most 2 chunks in flight per worker, plus the chunk being cut.
    assert max(ahead) <= 4 * (2 * workers + 1)


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_score_file_with_two_workers_writes_the_same_file(
    inbox: Path, tmp_path: Path, suffix: str
) -> None:
    one = score_file(inbox, tmp_path / f"one{suffix}", chunk_size=CHUNK)
    two = score_file(inbox, tmp_path / f"two{suffix}", workers=2, chunk_size=CHUNK)
    assert one.conversations == two.conversations == COUNT
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        assert pq.read_table(one.out).equals(pq.read_table(two.out))
    else:
        assert one.out.read_bytes() == two.out.read_bytes()


@pytest.mark.parametrize("chunk_size", [1, 3, 7, COUNT - 1, COUNT, 100, None])
def test_two_workers_write_the_same_rows_in_the_same_order_at_any_chunk_size(
    inbox: Path, tmp_path: Path, chunk_size: int | None
) -> None:
    one = score_file(inbox, tmp_path / "one.csv")
    two = score_file(inbox, tmp_path / "two.csv", workers=2, chunk_size=chunk_size)
    assert two.conversations == COUNT
    assert two.out.read_bytes() == one.out.read_bytes()


def test_a_few_hundred_conversations_leave_neither_of_two_workers_idle_for_long() -> None:
    # Workers take the next chunk when they finish one, so the last chunk is what the
    # other worker may wait for: 600 conversations in chunks of 250 gave one worker 350
    # and the other 250 (a 1.71x speed-up at best). Each worker must get several chunks.
    same = next(generate_conversations("batch-tests", 1))
    sizes = [
        result.count for result in score_chunks(itertools.repeat(same, 600), ScoringTask(DEFAULT))
    ]
    assert sum(sizes) == 600
    assert len(sizes) >= 2 * 5  # two workers, five chunks or more each
    assert max(sizes) == POOL_CHUNK


def test_dask_cluster_writes_the_same_rows(inbox: Path, tmp_path: Path) -> None:
    from distributed import LocalCluster

    local = score_file(inbox, tmp_path / "local.csv", report=tmp_path / "local.html")
    cluster_args = {"n_workers": 2, "threads_per_worker": 1, "dashboard_address": None}
    with LocalCluster(**cluster_args) as cluster:  # type: ignore[no-untyped-call]
        remote = score_file(
            inbox,
            tmp_path / "dask.csv",
            report=tmp_path / "dask.html",
            scheduler=cluster.scheduler_address,
            chunk_size=CHUNK,
        )
    assert remote.conversations == COUNT
    assert remote.out.read_text("utf-8") == local.out.read_text("utf-8")
    assert remote.line().endswith(
        f"on {cluster.scheduler_address} -> {remote.out}, report {remote.report}"
    )
    with local.out.open(encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["overall"]]
    lowest = min(rows, key=lambda row: (float(row["overall"]), row["id"]))
    assert f">{lowest['id']}<" in (tmp_path / "dask.html").read_text("utf-8")


def test_malformed_input_leaves_no_output_and_keeps_the_old_one(
    inbox: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.jsonl"
    lines = inbox.read_text("utf-8").splitlines()
    # Far enough in that several chunks were already scored and written.
    lines.insert(16, '{"id": "half-written", "turns": [')
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "scores.csv"
    out.write_text("last week's scores\n", encoding="utf-8")
    with pytest.raises(FormatError, match="line 17"):
        score_file(broken, out, report=tmp_path / "report.html", workers=2, chunk_size=CHUNK)
    assert out.read_text("utf-8") == "last week's scores\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.jsonl", "scores.csv"]


def test_a_repeated_id_is_caught_across_workers(inbox: Path, tmp_path: Path) -> None:
    lines = inbox.read_text("utf-8").splitlines()
    repeated = tmp_path / "repeated.jsonl"
    repeated.write_text("\n".join([*lines, lines[2]]) + "\n", encoding="utf-8")
    with pytest.raises(FormatError, match=rf"line {COUNT + 1}.*already used at line 3"):
        score_file(repeated, tmp_path / "scores.csv", workers=2, chunk_size=CHUNK)
    assert not (tmp_path / "scores.csv").exists()


def test_an_empty_jsonl_file_is_a_clear_error_on_workers_too(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(FormatError, match="is empty"):
        score_file(empty, tmp_path / "scores.csv", format="jsonl", workers=2)


@pytest.mark.parametrize(
    ("count", "seconds", "rate"),
    [(12_000, 9.8, "(1,224/s)"), (1, 2.2, "(0.5/s)"), (3, 0.9, "(3.3/s)"), (1, 40.0, "(0.025/s)")],
)
def test_the_summary_line_gives_a_slow_rate_its_decimals(
    count: int, seconds: float, rate: str
) -> None:
    # One conversation in 2.2 s (mostly start-up) used to read "(0/s)".
    line = BatchSummary(count, seconds, Path("out.csv")).line()
    assert f" s {rate} -> out.csv" in line
