"""A fingerprint of everything the CARE engine outputs: a speed change must leave it equal.

Prints one SHA-256 per part, so that a change that should only make scoring faster can be
checked to change no output at all (run it before and after; every line must match):

  (a) scorecards: every `Scorecard` (as JSON, sorted keys) of N long and N short demo
      conversations, then the same conversations scored again in reverse order with warm
      caches (a cache keyed too loosely shows up as a difference between the two passes,
      and so in the hash);
  (b) detect: `detect(text, context)` (every evidence field) of every row of every
      labelled file in the data folder, and `sentiment.classify` of the text of the
      customer-sentiment rows;
  (c) csv: the bytes `score_file` writes for the first M long demo conversations.

    .venv/bin/python benchmarks/care_fingerprint.py [--conversations 1500] [--csv 500]
        [--data ../shared/data/care] [--parts abc]

The data folder holds labelled development data that is never copied into the repository;
without it part (b) is skipped (and says so).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from legendary.care.batch import score_file
from legendary.care.detect import detect
from legendary.care.evidence import Evidence
from legendary.care.formats.writers import write_conversations
from legendary.care.model import Conversation
from legendary.care.scoring import score
from legendary.care.sentiment import classify
from legendary.demo.conversations import generate_conversations

SEED = "care-fingerprint"
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "care"


def demo(count: int) -> list[Conversation]:
    """`count` long and `count` short demo conversations (distinct ids)."""
    return [
        *generate_conversations(SEED, count, long=True, id_prefix="long"),
        *generate_conversations(SEED, count, long=False, id_prefix="short"),
    ]


def scorecards(conversations: list[Conversation]) -> str:
    """The hash of every scorecard, scored in order and then again in reverse order."""
    digest = hashlib.sha256()
    for conversation in [*conversations, *reversed(conversations)]:
        card = score(conversation)
        digest.update(json.dumps(card.as_dict(), sort_keys=True).encode())
        digest.update(b"\n")
    return digest.hexdigest()


def _evidence(found: Iterable[Evidence]) -> str:
    return repr([tuple(getattr(e, f) for f in Evidence.__slots__) for e in found])


def detections(data: Path) -> str:
    """The hash of `detect` over every labelled row (and `classify` of sentiment rows)."""
    digest = hashlib.sha256()
    for path in sorted(data.glob("*.csv")):
        digest.update(path.name.encode())
        with path.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                text, context = row["text"], row["context"]
                digest.update(_evidence(detect(text, context)).encode())
                if path.stem == "customer_sentiment":
                    digest.update(classify(text).encode())
                digest.update(b"\n")
    return digest.hexdigest()


def csv_bytes(count: int) -> str:
    """The hash of the CSV `score_file` writes for `count` long demo conversations."""
    with tempfile.TemporaryDirectory(prefix="care-fingerprint-") as folder:
        source, out = Path(folder) / "in.jsonl", Path(folder) / "out.csv"
        write_conversations(generate_conversations(SEED, count, long=True), source)
        score_file(source, out)
        return hashlib.sha256(out.read_bytes()).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--conversations", type=int, default=1500, help="of each kind, for (a)")
    parser.add_argument("--csv", type=int, default=500, help="conversations for (c)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="labelled CSVs, for (b)")
    parser.add_argument("--parts", default="abc", help="which parts to run")
    args = parser.parse_args()

    def report(name: str, compute: Callable[[], str]) -> None:
        started = time.process_time()
        value = compute()
        print(f"{name:<11}{value}  ({time.process_time() - started:.1f} CPU-s)", flush=True)

    if "a" in args.parts:
        conversations = demo(args.conversations)
        report("scorecards", lambda: scorecards(conversations))
    if "b" in args.parts:
        if args.data.is_dir():
            report("detect", lambda: detections(args.data))
        else:
            print(f"detect     skipped: no data folder at {args.data}")
    if "c" in args.parts:
        report("csv", lambda: csv_bytes(args.csv))


if __name__ == "__main__":
    main()
