"""Accuracy of the CARE engine against people's labels: one table for every labelled file.

Runs the same evaluation as `legendary evaluate` on every `*.csv` in a folder of labelled
files (by default `../shared/data/care/` next to the repository) and prints, per
behaviour, the number of examples, precision, recall and F1 (macro-F1 for sentiment),
the target from the CARE engine issue and whether it is met.

    .venv/bin/python benchmarks/care_accuracy.py [--data DIR] [--by-source]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from legendary.care.evaluation import SENTIMENT, Evaluation, evaluate, read_labelled

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "care"

# The goals on held-out data (F1 of the positive class; macro-F1 for sentiment).
TARGETS: dict[str, float] = {
    "asks_open_question": 0.85,
    "expresses_appreciation": 0.92,
    "apologises": 0.70,
    "acknowledges_feelings": 0.70,
    "paraphrases": 0.60,
    "offers_solution": 0.50,
    "gains_agreement": 0.35,
    SENTIMENT: 0.75,
}


def run(data: Path) -> list[tuple[Evaluation, float]]:
    """Evaluate every labelled file in `data`; returns each result with its seconds."""
    results = []
    for path in sorted(data.glob("*.csv")):
        started = time.perf_counter()
        result = evaluate(read_labelled(path, path.stem), path.stem)
        results.append((result, time.perf_counter() - started))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of labelled CSVs")
    parser.add_argument("--by-source", action="store_true", help="add a row per source")
    args = parser.parse_args()
    table = Table(title=f"CARE engine accuracy on {args.data}")
    for name in ("behaviour", "n", "P", "R", "F1 / macro-F1", "target", "met?", "µs/row"):
        table.add_column(name, justify="left" if name == "behaviour" else "right", no_wrap=True)
    for result, seconds in run(args.data):
        target = TARGETS.get(result.behaviour)
        rows = [("", result.overall)]
        if args.by_source:
            rows += [(f"  {name}", scores) for name, scores in sorted(result.sources.items())]
        for suffix, scores in rows:
            f1 = scores.macro_f1 if result.behaviour == SENTIMENT else scores.f1
            met = "" if target is None or suffix else ("yes" if f1 >= target else "NO")
            table.add_row(
                suffix or result.behaviour,
                str(scores.n),
                f"{scores.precision:.3f}",
                f"{scores.recall:.3f}",
                f"{f1:.3f}",
                "" if target is None or suffix else f"{target:.2f}",
                met,
                "" if suffix else f"{seconds / max(1, scores.n) * 1e6:.0f}",
            )
    console = Console()
    # A pipe or a log file would otherwise get 80 columns and truncated figures.
    console.width = max(console.width, 110)
    console.print(table)


if __name__ == "__main__":
    main()
