"""`legendary evaluate` and the evaluation library on tiny labelled files with known figures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from legendary.care.evaluation import (
    LabelledFileError,
    binary_scores,
    evaluate,
    read_labelled,
    sentiment_scores,
)
from legendary.cli import main

APOLOGIES = """id,source,context,text,label
a:1,chat,My parcel is late.,I'm so sorry for the delay.,1
a:2,chat,My parcel is late.,I'm sorry but that's policy.,0
a:3,chat,Where is it?,It is out for delivery.,0
a:4,email,You sent the wrong size.,That was our mistake and I apologise.,1
a:5,email,It broke.,Could you send a photo?,1
"""


@pytest.fixture
def apologies_csv(tmp_path: Path) -> Path:
    path = tmp_path / "apologises.csv"
    path.write_text(APOLOGIES, encoding="utf-8")
    return path


def test_binary_scores_from_known_counts() -> None:
    scores = binary_scores([(True, True)] * 3 + [(False, True)] + [(True, False)] * 2)
    assert scores.confusion == {"tp": 3, "fp": 1, "fn": 2, "tn": 0}
    assert scores.precision == pytest.approx(0.75)
    assert scores.recall == pytest.approx(0.6)
    assert scores.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_sentiment_scores_macro_f1() -> None:
    pairs = [("negative", "negative"), ("neutral", "negative"), ("positive", "positive")]
    scores = sentiment_scores(pairs)
    assert scores.accuracy == pytest.approx(2 / 3)
    # negative: P 1/2 R 1 F 2/3; neutral: F 0; positive: F 1.
    assert scores.macro_f1 == pytest.approx((2 / 3 + 0 + 1) / 3)


def test_evaluate_apologies_per_source(apologies_csv: Path) -> None:
    result = evaluate(read_labelled(apologies_csv, "apologises"), "apologises")
    assert result.sources["chat"].confusion == {"tp": 1, "fp": 0, "fn": 0, "tn": 2}
    assert result.sources["email"].confusion == {"tp": 1, "fp": 0, "fn": 1, "tn": 0}
    assert result.overall.n == 5
    assert result.overall.recall == pytest.approx(2 / 3)
    assert result.overall.precision == pytest.approx(1.0)


def test_cli_json_is_one_object(apologies_csv: Path) -> None:
    outcome = CliRunner().invoke(main, ["evaluate", str(apologies_csv), "--json"])
    assert outcome.exit_code == 0, outcome.output
    data = json.loads(outcome.output)
    assert data["behaviour"] == "apologises"
    assert set(data["sources"]) == {"chat", "email"}
    assert data["overall"]["f1"] == pytest.approx(0.8)
    assert {"n", "precision", "recall", "f1", "accuracy", "macro_f1"} <= set(data["overall"])


def test_cli_table_names_every_source(apologies_csv: Path) -> None:
    outcome = CliRunner().invoke(main, ["evaluate", str(apologies_csv)])
    assert outcome.exit_code == 0, outcome.output
    for row in ("chat", "email", "overall"):
        assert row in outcome.output


def test_behaviour_option_overrides_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "labels.csv"
    path.write_text("id,source,context,text,label\nx:1,web,,Thanks a million!,1\n")
    outcome = CliRunner().invoke(
        main, ["evaluate", str(path), "--behaviour", "expresses_appreciation", "--json"]
    )
    assert json.loads(outcome.output)["overall"]["f1"] == 1.0


def test_a_bad_label_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "apologises.csv"
    path.write_text("id,source,context,text,label\nx:1,web,,Sorry!,1\nx:2,web,,Hi,maybe\n")
    with pytest.raises(LabelledFileError, match=r"line 3, column 5 \(label\)"):
        read_labelled(path, "apologises")
    outcome = CliRunner().invoke(main, ["evaluate", str(path)])
    assert outcome.exit_code != 0
    assert "line 3" in outcome.output


def test_a_missing_column_and_an_unknown_behaviour_are_clear(tmp_path: Path) -> None:
    path = tmp_path / "apologises.csv"
    path.write_text("id,text,label\nx:1,Sorry!,1\n")
    with pytest.raises(LabelledFileError, match="missing column"):
        read_labelled(path, "apologises")
    other = tmp_path / "juggles.csv"
    other.write_text("id,source,context,text,label\nx:1,web,,Hi,1\n")
    outcome = CliRunner().invoke(main, ["evaluate", str(other)])
    assert outcome.exit_code != 0
    assert "no utterance detector called 'juggles'" in outcome.output


def test_sentiment_file_reports_macro_f1(tmp_path: Path) -> None:
    path = tmp_path / "customer_sentiment.csv"
    path.write_text(
        "id,source,context,text,label\n"
        "s:1,tweets,,Still waiting for my refund. Third time I call!,negative\n"
        "s:2,tweets,,What time do you open on Saturday?,neutral\n"
        's:3,tweets,,"Thank you so much, brilliant service!",positive\n'
    )
    outcome = CliRunner().invoke(main, ["evaluate", str(path), "--json"])
    data = json.loads(outcome.output)
    assert data["overall"]["macro_f1"] == 1.0
    assert data["overall"]["accuracy"] == 1.0
