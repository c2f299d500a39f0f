"""`legendary score --rubric FILE.json`: a file scored with an organisation's own rubric.

The rubric is the JSON `legendary rubric show --json` prints. It must reach every worker
(a local pool and a Dask cluster alike), and a bad file is refused, with exit code 2 and
the file and field named, before any output file is written.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from legendary.care.rubric import DEFAULT
from legendary.cli import main

FIXTURE = Path(__file__).parents[1] / "fixtures" / "formats" / "conversations.jsonl"
# In the fixture its agent answers the chat 47 seconds after the customer wrote.
CHAT = "chat-2041"


def run(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["score", *map(str, args)])
    return result.exit_code, result.output


def rubric_file(folder: Path, change: dict[str, Any] | None = None) -> Path:
    """The default rubric as `rubric show --json` prints it, with `change` laid over it."""
    data = {**DEFAULT.as_dict(), "version": "test-1", **(change or {})}
    path = folder / "rubric.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def rows(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return {row["id"]: row for row in csv.DictReader(handle)}


def scored(folder: Path, name: str, *args: str | Path) -> dict[str, dict[str, str]]:
    out = folder / name
    code, output = run(FIXTURE, "--out", out, *args)
    assert code == 0, output
    return rows(out)


def worth_nothing(behaviour: str) -> list[dict[str, object]]:
    """The default rules with `behaviour` worth nothing."""
    return [
        {**rule.as_dict(), "weight": 0.0} if rule.behaviour == behaviour else rule.as_dict()
        for rule in DEFAULT.rules
    ]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_rule_weight_changes_the_scores(tmp_path: Path, workers: str) -> None:
    default = scored(tmp_path, "default.csv", "--workers", workers)
    rubric = rubric_file(tmp_path, {"rules": worth_nothing("asks_open_question")})
    own = scored(tmp_path, "own.csv", "--workers", workers, "--rubric", rubric)
    assert default[CHAT]["asks_open_question"] == own[CHAT]["asks_open_question"] == "absent"
    # The chat's agent asked no open question; worth nothing, the missing question no
    # longer pulls the attentive score (nor the overall one) down.
    assert float(own[CHAT]["attentive"]) > float(default[CHAT]["attentive"])
    assert float(own[CHAT]["overall"]) > float(default[CHAT]["overall"])
    assert own[CHAT]["committed"] == default[CHAT]["committed"]


def test_a_quality_weight_changes_only_the_overall_score(tmp_path: Path) -> None:
    default = scored(tmp_path, "default.csv")
    weights = {"committed": 0.0, "attentive": 1.0, "responsive": 1.0, "empowered": 1.0}
    own = scored(
        tmp_path, "own.csv", "--rubric", rubric_file(tmp_path, {"quality_weights": weights})
    )
    assert own[CHAT]["committed"] == default[CHAT]["committed"]
    qualities = [float(own[CHAT][q]) for q in ("attentive", "responsive", "empowered")]
    assert float(own[CHAT]["overall"]) == pytest.approx(sum(qualities) / 3, abs=0.05)
    assert own[CHAT]["overall"] != default[CHAT]["overall"]


def half_minute_chats(folder: Path) -> Path:
    """The default rubric but for a chat target of 30 seconds (a minute by default)."""
    targets = {key: target.total_seconds() for key, target in DEFAULT.response_targets}
    targets["chat"] = 30
    return rubric_file(folder, {"response_targets_seconds": targets})


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_reply_time_target_decides_a_prompt_reply(tmp_path: Path, workers: str) -> None:
    default = scored(tmp_path, "default.csv", "--workers", workers)
    own = scored(tmp_path, "own.csv", "--workers", workers, "--rubric", half_minute_chats(tmp_path))
    assert default[CHAT]["responds_promptly"] == "present"  # 47 s against a minute
    assert own[CHAT]["responds_promptly"] == "absent"  # 47 s against half a minute


def test_the_rubric_reaches_dask_workers(tmp_path: Path) -> None:
    from distributed import LocalCluster

    cluster_args = {"n_workers": 1, "threads_per_worker": 1, "dashboard_address": None}
    with LocalCluster(**cluster_args) as cluster:  # type: ignore[no-untyped-call]
        own = scored(
            tmp_path,
            "own.csv",
            "--scheduler",
            cluster.scheduler_address,
            "--rubric",
            half_minute_chats(tmp_path),
        )
    assert own[CHAT]["responds_promptly"] == "absent"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ('{"version": "x", "rules": [', "line 1, column"),
        (
            json.dumps({**DEFAULT.as_dict(), "quality_weights": {"committed": "heavy"}}),
            "quality_weights",
        ),
        (
            json.dumps({**DEFAULT.as_dict(), "response_targets_seconds": {"fax": 60}}),
            "response_targets_seconds.fax",
        ),
        (
            json.dumps(
                {
                    **DEFAULT.as_dict(),
                    "rules": [{"behaviour": "hums_along", "quality": "committed", "weight": 1}],
                }
            ),
            "rules[0].behaviour",
        ),
    ],
    ids=["not-json", "bad-weight", "unknown-channel", "unknown-behaviour"],
)
def test_a_bad_rubric_exits_2_before_writing_anything(
    tmp_path: Path, text: str, named: str
) -> None:
    rubric = tmp_path / "rubric.json"
    rubric.write_text(text, encoding="utf-8")
    out, report = tmp_path / "scores.csv", tmp_path / "report.html"
    code, output = run(FIXTURE, "--out", out, "--report", report, "--rubric", rubric)
    assert code == 2, output
    assert str(rubric) in output
    assert named in output
    assert not out.exists()
    assert not report.exists()


def test_a_rubric_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    rubric = tmp_path / "rubric.json"
    rubric.write_bytes('{"version": "caf\u00e9"}'.encode("latin-1"))
    out = tmp_path / "scores.csv"
    code, output = run(FIXTURE, "--out", out, "--rubric", rubric)
    assert code == 2, output
    assert f"{rubric}: not UTF-8 text" in output
    assert not out.exists()
