"""`legendary score` refuses outputs it cannot or must not write before it scores anything,
and `legendary evaluate` a labelled file with no rows.

Found walking the command line: `--out` (or `--report`) in a folder that does not exist
ended in a FileNotFoundError traceback after all the scoring, and `--out` naming the input
file silently replaced the customer conversations with their scores.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from legendary.cli import main

CHAT = {
    "id": "shelf-1",
    "channel": "chat",
    "turns": [
        {"speaker": "customer", "text": "The shelf I bought arrived with a bracket missing."},
        {"speaker": "agent", "text": "I'm sorry about that. I'll post a new bracket today."},
    ],
}


@pytest.fixture
def chats(tmp_path: Path) -> Path:
    path = tmp_path / "chats.jsonl"
    path.write_text(json.dumps(CHAT) + "\n", encoding="utf-8")
    return path


def run(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["score", *map(str, args)])
    return result.exit_code, result.output


def test_an_output_in_a_missing_folder_is_refused_with_its_option(chats: Path) -> None:
    code, output = run(chats, "--out", chats.parent / "nowhere" / "scores.csv")
    assert code == 2
    assert "--out" in output
    assert "nowhere does not exist" in output
    assert "Traceback" not in output


def test_a_report_in_a_missing_folder_is_refused_before_scoring(chats: Path) -> None:
    scores = chats.parent / "scores.csv"
    code, output = run(chats, "--out", scores, "--report", chats.parent / "gone" / "r.html")
    assert code == 2
    assert "--report" in output
    assert "gone does not exist" in output
    assert not scores.exists()


def test_the_input_is_never_overwritten_by_its_scores(chats: Path) -> None:
    before = chats.read_bytes()
    code, output = run(chats, "--out", chats)
    assert code == 2
    assert "is also the input" in output
    assert chats.read_bytes() == before


def test_the_report_may_not_replace_the_scores(chats: Path) -> None:
    scores = chats.parent / "scores.csv"
    code, output = run(chats, "--out", scores, "--report", scores)
    assert code == 2
    assert "is also the --out file" in output


def test_a_good_output_still_scores(chats: Path) -> None:
    scores = chats.parent / "scores.csv"
    code, output = run(chats, "--out", scores)
    assert code == 0, output
    assert "shelf-1" in scores.read_text("utf-8")


def test_evaluate_refuses_a_file_with_no_labelled_rows(tmp_path: Path) -> None:
    """A header and nothing else printed precision, recall and F1 of 0.000, exit 0 (found on
    the QA walk of `legendary evaluate`): it reads as an engine that finds nothing."""
    labels = tmp_path / "apologises.csv"
    labels.write_text("id,source,context,text,label\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(labels)])
    assert result.exit_code == 1
    assert "no labelled rows under the header" in result.output
    assert "0.000" not in result.output
