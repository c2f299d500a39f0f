"""`legendary score` end to end on a small JSONL file, for every output type."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from legendary.cli import main

FIXTURE = Path(__file__).parents[1] / "fixtures" / "formats" / "conversations.jsonl"


def fixture_records() -> list[dict[str, object]]:
    lines = FIXTURE.read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def fixture_ids() -> list[str]:
    return [str(record["id"]) for record in fixture_records()]


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["score", *args])
    return result.exit_code, result.output


def read_ids(path: Path) -> list[str]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8") as handle:
            return [row["id"] for row in csv.DictReader(handle)]
    if path.suffix == ".jsonl":
        return [json.loads(line)["id"] for line in path.read_text("utf-8").splitlines()]
    import pyarrow.parquet as pq

    return [str(i) for i in pq.read_table(path).column("id").to_pylist()]


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_it_writes_one_row_per_conversation(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"scores{suffix}"
    code, output = run(str(FIXTURE), "--out", str(out))
    assert code == 0, output
    assert read_ids(out) == fixture_ids()
    assert re.fullmatch(
        rf"Scored {len(fixture_ids())} conversations in [\d.]+ s \([\d,.]+/s\) -> {out}\n",
        output,
    )


def test_jsonl_rows_carry_the_evidence(tmp_path: Path) -> None:
    out = tmp_path / "scores.jsonl"
    assert run(str(FIXTURE), "--out", str(out))[0] == 0
    first = json.loads(out.read_text("utf-8").splitlines()[0])
    quotes = [e["quote"] for b in first["behaviours"] for e in b["evidence"]]
    assert quotes, "the first fixture conversation shows CARE behaviours"
    turns = fixture_records()[0]["turns"]
    assert isinstance(turns, list)
    for behaviour in first["behaviours"]:
        for evidence in behaviour["evidence"]:
            text = turns[evidence["turn"]]["text"]
            assert text[evidence["start"] : evidence["end"]] == evidence["quote"]


def test_report_is_written_next_to_the_scores(tmp_path: Path) -> None:
    out, report = tmp_path / "scores.csv", tmp_path / "report.html"
    code, output = run(str(FIXTURE), "--out", str(out), "--report", str(report), "--workers", "2")
    assert code == 0, output
    assert output.endswith(f"with 2 workers -> {out}, report {report}\n")
    page = report.read_text("utf-8")
    assert not re.search(r"<script[^>]+src=", page)
    for conversation_id in fixture_ids():
        assert f">{conversation_id}<" in page  # fewer than 20: all are among the lowest


def test_malformed_input_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    broken = tmp_path / "broken.jsonl"
    first = json.dumps(fixture_records()[0])
    broken.write_text(first + "\n" + '{"id": "x", "turns": "hello"}\n', encoding="utf-8")
    code, output = run(str(broken), "--out", str(tmp_path / "scores.csv"))
    assert code == 2
    assert output.startswith('Error: broken.jsonl, line 2, field "turns"')
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.jsonl"]


def test_missing_input_is_a_clear_error(tmp_path: Path) -> None:
    code, output = run(str(tmp_path / "nowhere.jsonl"), "--out", str(tmp_path / "s.csv"))
    assert code == 2
    assert "nowhere.jsonl: does not exist" in output


def test_unknown_output_extension_is_refused_before_any_work(tmp_path: Path) -> None:
    code, output = run(str(FIXTURE), "--out", str(tmp_path / "scores.xlsx"))
    assert code == 2
    assert "'.xlsx'" in output
    assert ".csv, .jsonl, .parquet" in output
    assert list(tmp_path.iterdir()) == []


def test_a_csv_export_scores_the_same_on_two_workers(tmp_path: Path) -> None:
    # Non-JSONL input is read here and travels to the workers as conversations.
    export = FIXTURE.with_name("messages.csv")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run(str(export), "--out", str(one))[0] == 0
    assert run(str(export), "--out", str(two), "--workers", "2")[0] == 0
    assert one.read_text("utf-8") == two.read_text("utf-8")
    assert len(read_ids(one)) >= 2


@pytest.mark.parametrize("chosen", ["auto", "freshdesk"])
def test_a_freshdesk_export_writes_one_scored_row_per_ticket(tmp_path: Path, chosen: str) -> None:
    export = FIXTURE.with_name("freshdesk_tickets.json")
    out = tmp_path / "scores.jsonl"
    code, output = run(str(export), "--format", chosen, "--out", str(out))
    assert code == 0, output
    assert output.startswith("Scored 3 conversations")
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [row["id"] for row in rows] == ["5120", "5121", "5122"]  # 5123 holds only a note
    # the agent's apology came from an HTML-only reply and is scored with its name
    assert (rows[0]["agents"], rows[0]["apologises"]) == (["Joel Okafor"], "present")
