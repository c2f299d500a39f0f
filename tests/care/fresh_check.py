"""Scoring a fresh, hand-written check set against a detector: precision, recall and F1,
with the rows it got wrong spelled out for the assertion message."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FreshScores:
    """Agreement of a detector with a fresh set's labels."""

    precision: float
    recall: float
    f1: float
    wrong: tuple[str, ...]

    def summary(self) -> str:
        """The figures and every row the detector got wrong, one per line."""
        head = f"P {self.precision:.2f} R {self.recall:.2f} F1 {self.f1:.2f}; wrong:"
        return "\n".join((head, *self.wrong))


def fresh_scores(judged: Iterable[tuple[str, bool, bool]]) -> FreshScores:
    """Score (row description, expected, found) triples for the positive class."""
    tp = fp = fn = 0
    wrong: list[str] = []
    for row, expected, got in judged:
        tp += got and expected
        fp += got and not expected
        fn += expected and not got
        if got != expected:
            wrong.append(f"{row}: expected {expected}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return FreshScores(precision, recall, f1, tuple(wrong))
