"""Scorecard writers: the same rows in CSV, JSONL and Parquet, written all-or-nothing."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from legendary.care.evidence import Evidence
from legendary.care.formats.writers import (
    BASE_COLUMNS,
    UnsupportedOutputError,
    open_writer,
    scorecard_row,
    write_conversations,
    writer_for,
)
from legendary.care.scorecard import BehaviourResult, Outcome, Scorecard, Sentiment

BEHAVIOURS = ("apologises", "acknowledges_feelings", "blames_policy")


def refund_call() -> Scorecard:
    """An agent who apologised, did not pick up the customer's frustration, blamed policy."""
    sorry = Evidence("apologises", 1, 0, 30, "I'm really sorry about the wait", 0.9)
    policy = Evidence("blames_policy", 3, 0, 24, "That's just our policy, so", 0.8)
    return Scorecard(
        conversation_id="refund-17",
        rubric_version="care-1",
        behaviours=(
            BehaviourResult("apologises", "responsive", Outcome.PRESENT, (sorry,)),
            BehaviourResult("acknowledges_feelings", "responsive", Outcome.ABSENT),
            BehaviourResult("blames_policy", "empowered", Outcome.PRESENT, (policy,), breaker=True),
        ),
        committed=None,
        attentive=50.0,
        responsive=66.66666,
        empowered=0.0,
        overall=38.88,
        breakers=("blames_policy",),
        sentiment_start=Sentiment.NEGATIVE,
        sentiment_end=Sentiment.NEGATIVE,
        sentiment_change=0,
        flags=("ended_negative", "breaker"),
        agents=("Jordan Reyes", "Mia"),
    )


def thank_you_note() -> Scorecard:
    """A short happy exchange where no feelings needed acknowledging."""
    return Scorecard(
        conversation_id="thanks-3",
        rubric_version="care-1",
        behaviours=(
            BehaviourResult("apologises", "responsive", Outcome.NOT_APPLICABLE),
            BehaviourResult("acknowledges_feelings", "responsive", Outcome.NOT_APPLICABLE),
            BehaviourResult("blames_policy", "empowered", Outcome.ABSENT, breaker=True),
        ),
        committed=100.0,
        attentive=None,
        responsive=None,
        empowered=100.0,
        overall=100.0,
        sentiment_start=Sentiment.POSITIVE,
        sentiment_end=Sentiment.POSITIVE,
        agents=("Mia",),
    )


def write_then_fail(path: Path) -> None:
    """Write one row, then fail the way a malformed input line would."""
    with open_writer(path, BEHAVIOURS) as writer:
        writer.write([refund_call()])
        raise RuntimeError("the input broke half-way")


def write(path: Path) -> Path:
    with open_writer(path, BEHAVIOURS) as writer:
        writer.write([refund_call()])
        writer.write([thank_you_note()])
    return path


def test_row_has_every_column_with_behaviour_outcomes() -> None:
    row = scorecard_row(refund_call(), BEHAVIOURS)
    assert list(row) == [*BASE_COLUMNS, *BEHAVIOURS]
    assert row["responsive"] == 66.7
    assert row["committed"] is None
    assert row["apologises"] == "present"
    assert row["acknowledges_feelings"] == "absent"
    assert row["agents"] == ["Jordan Reyes", "Mia"]


def test_a_behaviour_the_scorecard_never_scored_is_left_empty() -> None:
    row = scorecard_row(thank_you_note(), (*BEHAVIOURS, "uses_customer_name"))
    assert row["uses_customer_name"] is None
    assert row["apologises"] == "na"


def test_csv_round_trip(tmp_path: Path) -> None:
    path = write(tmp_path / "scores.csv")
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["id"] for r in rows] == ["refund-17", "thanks-3"]
    refund, thanks = rows
    assert refund["overall"] == "38.9"
    assert refund["breakers"] == "blames_policy"
    assert refund["flags"] == "ended_negative;breaker"
    assert refund["agents"] == "Jordan Reyes;Mia"
    assert refund["committed"] == ""
    assert refund["blames_policy"] == "present"
    assert thanks["apologises"] == "na"
    assert thanks["sentiment_change"] == "0"


def test_jsonl_round_trip_keeps_every_piece_of_evidence(tmp_path: Path) -> None:
    path = write(tmp_path / "scores.jsonl")
    refund, thanks = (json.loads(line) for line in path.read_text("utf-8").splitlines())
    assert refund["id"] == "refund-17"
    assert refund["rubric_version"] == "care-1"
    apologised, feelings, policy = refund["behaviours"]
    assert apologised["outcome"] == "present"
    assert apologised["evidence"] == [
        {
            "behaviour": "apologises",
            "turn": 1,
            "start": 0,
            "end": 30,
            "quote": "I'm really sorry about the wait",
            "confidence": 0.9,
        }
    ]
    assert feelings == {
        "behaviour": "acknowledges_feelings",
        "quality": "responsive",
        "outcome": "absent",
        "breaker": False,
        "evidence": [],
    }
    assert policy["breaker"] is True
    assert policy["evidence"][0]["turn"] == 3
    rebuilt = tuple(BehaviourResult.from_dict(b) for b in refund["behaviours"])
    assert rebuilt == refund_call().behaviours
    assert refund["breakers"] == ["blames_policy"]
    assert thanks["attentive"] is None


def test_parquet_round_trip(tmp_path: Path) -> None:
    path = write(tmp_path / "scores.parquet")
    table = pq.read_table(path)
    assert table.column_names == [*BASE_COLUMNS, *BEHAVIOURS]
    rows = table.to_pylist()
    assert rows[0] == scorecard_row(refund_call(), BEHAVIOURS)
    assert rows[1] == scorecard_row(thank_you_note(), BEHAVIOURS)


def test_parquet_is_written_in_row_groups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from legendary.care.formats.writers import ParquetScorecardWriter

    monkeypatch.setattr(ParquetScorecardWriter, "ROW_GROUP", 2)
    path = tmp_path / "scores.parquet"
    with open_writer(path, BEHAVIOURS) as writer:
        for _ in range(3):
            writer.write([refund_call(), thank_you_note()])
    assert pq.ParquetFile(path).metadata.num_row_groups == 3
    assert pq.read_table(path).num_rows == 6


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_a_failed_run_leaves_no_file_behind(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"scores{suffix}"
    with pytest.raises(RuntimeError):
        write_then_fail(path)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_run_keeps_the_previous_output(tmp_path: Path) -> None:
    path = tmp_path / "scores.csv"
    path.write_text("yesterday's scores\n", encoding="utf-8")
    with pytest.raises(RuntimeError):
        write_then_fail(path)
    assert path.read_text(encoding="utf-8") == "yesterday's scores\n"


@pytest.mark.parametrize("name", ["scores.xlsx", "scores"])
def test_unknown_extension_is_a_clear_error(tmp_path: Path, name: str) -> None:
    with pytest.raises(UnsupportedOutputError, match=r"\.csv, \.jsonl, \.parquet"):
        writer_for(tmp_path / name)


def test_conversations_written_as_jsonl_read_back_equal(tmp_path: Path) -> None:
    from legendary.care.formats import read_conversations
    from legendary.demo.conversations import generate_conversations

    conversations = list(generate_conversations("writers", 12))
    path = tmp_path / "conversations.jsonl"
    assert write_conversations(conversations, path) == 12
    assert list(read_conversations(path)) == conversations
