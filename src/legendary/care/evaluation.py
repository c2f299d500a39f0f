"""How often the engine agrees with people: labelled examples in, precision/recall/F1 out.

The labelled format is a CSV with the header `id,source,context,text,label`: one agent
utterance per row (`context` is the customer's previous turn), `label` 1/0 for a behaviour,
or negative/neutral/positive for `customer_sentiment`. An organisation can export its own
reviewers' labels in this format and check the engine against them.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

SENTIMENT = "customer_sentiment"
SENTIMENT_LABELS = ("negative", "neutral", "positive")
COLUMNS = ("id", "source", "context", "text", "label")
_TRUE = {"1", "true", "yes"}
_FALSE = {"0", "false", "no"}


class LabelledFileError(ValueError):
    """A labelled file that cannot be read; the message names the file, line and column."""


@dataclass(frozen=True, slots=True)
class LabelledExample:
    """One labelled row: the utterance, its context, and the people's label."""

    id: str
    source: str
    context: str
    text: str
    label: str


@dataclass(slots=True)
class Scores:
    """Agreement figures for one group of examples.

    For a behaviour, `precision`/`recall`/`f1` are for the positive class and
    `confusion` holds tp/fp/fn/tn. For sentiment, they are macro averages over the three
    classes (so `f1 == macro_f1`) and `confusion` holds "gold->predicted" counts.
    """

    n: int = 0
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    accuracy: float = 0.0
    macro_f1: float = 0.0
    confusion: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        """JSON-ready figures, rounded to four decimals."""
        return {
            "n": self.n,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "accuracy": round(self.accuracy, 4),
            "macro_f1": round(self.macro_f1, 4),
            **self.confusion,
        }


@dataclass(slots=True)
class Evaluation:
    """The figures for one behaviour: per source and over all examples."""

    behaviour: str
    sources: dict[str, Scores]
    overall: Scores

    def as_dict(self) -> dict[str, object]:
        """The JSON object printed by `legendary evaluate --json`."""
        return {
            "behaviour": self.behaviour,
            "sources": {name: s.as_dict() for name, s in sorted(self.sources.items())},
            "overall": self.overall.as_dict(),
        }


def read_labelled(path: Path, behaviour: str) -> list[LabelledExample]:
    """Read and check a labelled CSV; raise `LabelledFileError` naming the bad place.

    Labels are checked against `behaviour`: 1/0 (or true/false) for a behaviour, one of
    negative/neutral/positive for `customer_sentiment`.
    """
    allowed = set(SENTIMENT_LABELS) if behaviour == SENTIMENT else _TRUE | _FALSE
    try:
        handle = path.open(newline="", encoding="utf-8")
    except OSError as exc:
        raise LabelledFileError(f"{path}: cannot open ({exc.strerror})") from exc
    with handle:
        reader = csv.reader(handle)
        try:
            return list(_examples(path, reader, allowed, behaviour))
        except csv.Error as exc:
            raise LabelledFileError(f"{path}, line {reader.line_num}: bad CSV ({exc})") from exc
        except UnicodeDecodeError as exc:
            raise LabelledFileError(f"{path}: not UTF-8 text ({exc.reason})") from exc


def _examples(
    path: Path, reader: Iterator[list[str]], allowed: set[str], behaviour: str
) -> Iterator[LabelledExample]:
    header = next(reader, None)
    if header is None:
        raise LabelledFileError(f"{path}: the file is empty; expected a header {','.join(COLUMNS)}")
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise LabelledFileError(
            f"{path}, line 1: missing column(s) {', '.join(missing)}; "
            f"the header must name {','.join(COLUMNS)}"
        )
    where = {c: header.index(c) for c in COLUMNS}
    line = 1
    for row in reader:
        line = getattr(reader, "line_num", line + 1)
        if not row:
            continue
        if len(row) != len(header):
            raise LabelledFileError(
                f"{path}, line {line}: {len(row)} fields where the header has {len(header)}"
            )
        label = row[where["label"]].strip().lower()
        if label not in allowed:
            column = where["label"] + 1
            raise LabelledFileError(
                f"{path}, line {line}, column {column} (label): {row[where['label']]!r} is not "
                f"a label for {behaviour}; use one of {', '.join(sorted(allowed))}"
            )
        yield LabelledExample(
            id=row[where["id"]],
            source=row[where["source"]] or "unknown",
            context=row[where["context"]],
            text=row[where["text"]],
            label=label,
        )


def binary_scores(pairs: Iterable[tuple[bool, bool]]) -> Scores:
    """Scores for (gold, predicted) pairs of a yes/no behaviour."""
    counts = Counter(pairs)
    tp, fp = counts[(True, True)], counts[(False, True)]
    fn, tn = counts[(True, False)], counts[(False, False)]
    n = tp + fp + fn + tn
    precision = _ratio(tp, tp + fp)
    recall = _ratio(tp, tp + fn)
    f1 = _harmonic(precision, recall)
    negative_f1 = _harmonic(_ratio(tn, tn + fn), _ratio(tn, tn + fp))
    return Scores(
        n=n,
        precision=precision,
        recall=recall,
        f1=f1,
        accuracy=_ratio(tp + tn, n),
        macro_f1=(f1 + negative_f1) / 2,
        confusion={"tp": tp, "fp": fp, "fn": fn, "tn": tn},
    )


def sentiment_scores(pairs: Iterable[tuple[str, str]]) -> Scores:
    """Scores for (gold, predicted) sentiment labels: accuracy and macro averages."""
    counts = Counter(pairs)
    n = sum(counts.values())
    precisions, recalls, f1s = [], [], []
    for label in SENTIMENT_LABELS:
        tp = counts[(label, label)]
        predicted = sum(v for (_, p), v in counts.items() if p == label)
        gold = sum(v for (g, _), v in counts.items() if g == label)
        precisions.append(_ratio(tp, predicted))
        recalls.append(_ratio(tp, gold))
        f1s.append(_harmonic(precisions[-1], recalls[-1]))
    macro_f1 = sum(f1s) / len(f1s)
    return Scores(
        n=n,
        precision=sum(precisions) / len(precisions),
        recall=sum(recalls) / len(recalls),
        f1=macro_f1,
        accuracy=_ratio(sum(counts[(lab, lab)] for lab in SENTIMENT_LABELS), n),
        macro_f1=macro_f1,
        confusion={f"{g}->{p}": counts[(g, p)] for g in SENTIMENT_LABELS for p in SENTIMENT_LABELS},
    )


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _harmonic(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def predictor(behaviour: str) -> Callable[[LabelledExample], str]:
    """The engine's label for an example: the sentiment classifier for
    `customer_sentiment`, otherwise "1" when `detect` finds `behaviour` in the text."""
    if behaviour == SENTIMENT:
        from legendary.care.sentiment import classify

        return lambda example: classify(example.text)
    from legendary.care.detect import detect

    wanted = (behaviour,)
    return lambda example: "1" if detect(example.text, example.context, behaviours=wanted) else "0"


def evaluate(examples: Iterable[LabelledExample], behaviour: str) -> Evaluation:
    """Run the engine on every example and compare with the people's labels.

    Raises `legendary.care.detect.UnknownBehaviourError` for a behaviour with no detector.
    """
    predict = predictor(behaviour)
    by_source: dict[str, list[tuple[str, str]]] = {}
    for example in examples:
        by_source.setdefault(example.source, []).append((example.label, predict(example)))
    everything = [pair for pairs in by_source.values() for pair in pairs]
    return Evaluation(
        behaviour=behaviour,
        sources={name: _scores(behaviour, pairs) for name, pairs in by_source.items()},
        overall=_scores(behaviour, everything),
    )


def _scores(behaviour: str, pairs: list[tuple[str, str]]) -> Scores:
    if behaviour == SENTIMENT:
        return sentiment_scores(pairs)
    return binary_scores((gold in _TRUE, predicted in _TRUE) for gold, predicted in pairs)
