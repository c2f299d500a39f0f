"""Speed and memory of `legendary score`, against a bare pass over the same file.

Writes realistic multi-turn conversations (the demo generator's long threads, about 26
turns each) to a JSONL file in a temporary folder, then, in the same run, times:

  (a) a bare pass: read the JSONL and lower-case and split every turn into words;
  (b) `legendary score` on one process (the same `score_file` call the command makes);
  (c) the same with `--workers 2`;
  (d) (b) with every per-text cache emptied before each conversation;
  (e) reading and finding where the detector patterns match, deciding nothing;
  (f) 150 of the conversations scored again with every per-text answer remembered: the
      per-conversation floor outside the detectors;

and prints conversations per second for each, the cost ratio (b)/(a) (target <= 8x) and
the speed-up (c)/(b) (target >= 1.7x). It then runs `legendary score` as a child process
on a small and a large input and prints the peak RSS of each (target < 300 MB, and the
same for both: memory must not grow with the input).

    .venv/bin/python benchmarks/care_speed.py [--conversations 2000] [--large 20000]
        [--memory-workers 1] [--profile 300] [--repeat 3]

`--profile N` also scores N conversations under cProfile and prints the 25 functions with
the most time of their own, then the 25 with the most cumulative time: where detector
work should go next.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from legendary.care import patterns
from legendary.care.batch import score_file
from legendary.care.formats import read_conversations
from legendary.care.formats.writers import write_conversations
from legendary.care.model import Conversation
from legendary.care.scoring import forget, prepare, score
from legendary.demo.conversations import generate_conversations

TARGET_RATIO = 8.0
TARGET_SPEEDUP = 1.7
TARGET_RSS_MB = 300.0


def build_input(path: Path, count: int, seed: str) -> tuple[int, float]:
    """Write `count` long demo conversations to `path`; returns (turns, megabytes)."""
    turns = 0

    def counted() -> Iterator[Conversation]:
        nonlocal turns
        for conversation in generate_conversations(seed, count, long=True):
            turns += len(conversation.turns)
            yield conversation

    write_conversations(counted(), path)
    return turns, path.stat().st_size / 1e6


def bare_pass(path: Path) -> int:
    """The floor any scorer pays: parse each line and split every turn into words."""
    words = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            for turn in json.loads(line)["turns"]:
                words += len(turn["text"].lower().split())
    return words


def repeated_agent_turns(path: Path) -> float:
    """The share of agent turns whose exact text came earlier in the file."""
    seen: set[str] = set()
    repeated = total = 0
    for conversation in read_conversations(path):
        for turn in conversation.turns:
            if turn.is_agent:
                total += 1
                repeated += turn.text in seen
                seen.add(turn.text)
    return repeated / max(total, 1)


def score_each_afresh(path: Path) -> int:
    """Read and score every conversation with every per-text cache emptied first: the
    cost without any reuse across conversations (compiled patterns are kept)."""
    count = 0
    for conversation in read_conversations(path):
        forget()
        score(conversation)
        count += 1
    return count


def scan_only(path: Path) -> int:
    """Read every conversation and find where the detector patterns match in each agent
    turn (`patterns.scan`, the scanner's one pass), deciding nothing: the part of (b)
    that is matching regular expressions in `re`, with the same per-text reuse."""
    turns = 0
    for conversation in read_conversations(path):
        for turn in conversation.turns:
            if turn.is_agent:
                patterns.scan(turn.text)
                turns += 1
    return turns


#: How many conversations (f) scores again: few enough that every detector's answer on
#: each of their texts stays in the per-text caches (`text.TEXTS`) for the second pass.
FLOOR_CONVERSATIONS = 150


def remembered(path: Path, count: int) -> Callable[[], int]:
    """The first `count` conversations of `path`, scored once; returns a run that scores
    them again, every detector answer on a text now remembered: what scoring costs per
    conversation outside the per-text detectors (conversation detectors, facts, the
    scorecard), a floor that no per-text speed-up goes below."""
    conversations = [c for c, _ in zip(read_conversations(path), range(count), strict=False)]
    for conversation in conversations:
        score(conversation)

    def again() -> int:
        for conversation in conversations:
            score(conversation)
        return len(conversations)

    return again


def timed(run: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock seconds and CPU seconds (this process and its reaped children)."""
    before, own, started = os.times(), time.process_time(), time.perf_counter()
    run()
    seconds, own = time.perf_counter() - started, time.process_time() - own
    after = os.times()
    # process_time is precise for this process; children only show in os.times (10 ms).
    children = after.children_user + after.children_system
    return seconds, own + children - before.children_user - before.children_system


def best_of(repeat: int, run: Callable[[], object]) -> tuple[float, float]:
    """The least wall-clock and the least CPU seconds of `repeat` timed runs, each taken
    on its own: on a shared machine the slower runs measure the neighbours, and the run
    that waited least for a CPU is not always the one that used least of it."""
    runs = [timed(run) for _ in range(max(1, repeat))]
    return min(seconds for seconds, _ in runs), min(cpu for _, cpu in runs)


def peak_rss_mb(source: Path, out: Path, workers: int) -> tuple[float, float]:
    """Run `legendary score` as a child; returns (its peak RSS in MB, seconds)."""
    command = [
        sys.executable,
        "-c",
        "from legendary.cli import main; main()",
        "score",
        str(source),
        "--out",
        str(out),
        "--report",
        str(out.with_suffix(".html")),
        "--workers",
        str(workers),
    ]
    started = time.perf_counter()
    # A fresh child per run: RUSAGE_CHILDREN is the peak of the largest waited-for
    # descendant, so each measurement must come from its own short-lived parent.
    probe = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, *command], check=True, capture_output=True, text=True
    )
    seconds = time.perf_counter() - started
    return int(result.stdout.split()[-1]) / 1024, seconds


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def profile(path: Path, count: int) -> None:
    """Score the first `count` conversations under cProfile; print the hot spots."""
    conversations = [c for c, _ in zip(read_conversations(path), range(count), strict=False)]
    profiler = cProfile.Profile()
    profiler.enable()
    for conversation in conversations:
        score(conversation)
    profiler.disable()
    print(f"\nHot spots scoring {len(conversations)} conversations (own time first):")
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.strip_dirs().sort_stats("tottime").print_stats(25)
    # Own time is spread thin; the cumulative view shows which steps it adds up in.
    print("\nThe same by cumulative time (the steps the time adds up in):")
    stats.sort_stats("cumulative").print_stats(25)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--conversations", type=int, default=2000, help="for the timings")
    parser.add_argument("--large", type=int, default=20_000, help="for the memory run (0: skip)")
    parser.add_argument("--memory-workers", type=int, default=1, help="--workers for it")
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    parser.add_argument(
        "--repeat", type=int, default=3, help="time each run this many times, keep the best"
    )
    parser.add_argument("--seed", default="care-speed")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="care-speed-") as folder:
        work = Path(folder)
        source = work / "conversations.jsonl"
        turns, megabytes = build_input(source, args.conversations, args.seed)
        n = args.conversations
        print(
            f"CARE speed: {n:,} conversations, {turns / n:.1f} turns each on average "
            f"({megabytes:.1f} MB of JSONL), {os.cpu_count()} CPUs, "
            f"load average {os.getloadavg()[0]:.1f}"
        )
        # Imports, lexicons and compiled patterns, once per process, outside the timings.
        started = time.process_time()
        compiled = prepare()
        score(next(iter(read_conversations(source))))
        print(
            f"start-up: {compiled} combined detector patterns compiled in "
            f"{time.process_time() - started:.2f} CPU-s (once per process)"
        )
        agent_turns = repeated_agent_turns(source)
        print(
            f"agent turns said before in the file (greetings, saved replies): "
            f"{agent_turns:.0%}; scoring reads such a turn once (see (d))"
        )

        def cold(run: Callable[[], object]) -> Callable[[], object]:
            # Every run starts with empty per-text caches (forked workers inherit them).
            def from_cold() -> object:
                forget()
                return run()

            return from_cold

        runs = {
            "(a) bare pass: read, lower-case, split": best_of(
                args.repeat, lambda: bare_pass(source)
            ),
            "(b) legendary score, 1 process": best_of(
                args.repeat, cold(lambda: score_file(source, work / "1.csv"))
            ),
            "(c) legendary score --workers 2": best_of(
                args.repeat, cold(lambda: score_file(source, work / "2.csv", workers=2))
            ),
            "(d) (b) with nothing reused across conversations": best_of(
                args.repeat, cold(lambda: score_each_afresh(source))
            ),
            "(e) read + find the detector patterns only": best_of(
                args.repeat, cold(lambda: scan_only(source))
            ),
        }
        for name, (seconds, cpu) in runs.items():
            print(f"{name:<40}{n / seconds:>8,.0f} conversations/s  ({cpu:.2f} CPU-s)")
        forget()
        floor_n = min(n, FLOOR_CONVERSATIONS)
        floor_seconds, floor_cpu = best_of(args.repeat, remembered(source, floor_n))
        name = f"(f) {floor_n} again, answers remembered"
        print(
            f"{name:<40}{floor_n / floor_seconds:>8,.0f} conversations/s  ({floor_cpu:.2f} CPU-s)"
        )
        bare, one, two, afresh, scanned = (n / seconds for seconds, _ in runs.values())
        same = (work / "1.csv").read_bytes() == (work / "2.csv").read_bytes()
        ratio, speedup = bare / one, two / one
        cpu_ratio = runs["(b) legendary score, 1 process"][1] / max(
            runs["(a) bare pass: read, lower-case, split"][1], 1e-9
        )
        print(
            f"cost (b)/(a): {ratio:.1f}x (target <= {TARGET_RATIO:.0f}x) "
            f"{verdict(ratio <= TARGET_RATIO)}; in CPU time {cpu_ratio:.1f}x"
        )
        print(
            f"cost (d)/(a): {bare / afresh:.1f}x: each conversation read with empty caches, "
            "as if no agent ever repeated a sentence across conversations"
        )
        print(
            f"cost (e)/(a): {bare / scanned:.1f}x: reading and matching the detector "
            "patterns, before any detector decides anything (the floor of a design that "
            "finds its phrases with Python's re)"
        )
        bare_cpu = runs["(a) bare pass: read, lower-case, split"][1] / n
        print(
            f"cost (f)/(a): {floor_cpu / floor_n / max(bare_cpu, 1e-12):.1f}x in CPU time: "
            "the conversation detectors, facts and scorecards alone, the floor under "
            "every per-text speed-up"
        )
        print(
            f"speed-up (c)/(b): {speedup:.2f}x (target >= {TARGET_SPEEDUP}x) "
            f"{verdict(speedup >= TARGET_SPEEDUP)}; same rows: {'yes' if same else 'NO'}"
        )
        # Linux shares the CPUs between sessions, not processes: on a busy machine two
        # workers get no more CPU than one. The CPU cost shows what parallelism adds.
        cpu_one = runs["(b) legendary score, 1 process"][1]
        cpu_two = runs["(c) legendary score --workers 2"][1]
        print(f"CPU cost of --workers 2 over 1 process: {100 * (cpu_two / cpu_one - 1):+.0f}%")

        if args.large:
            small_n = max(1, args.large // 10)
            large, small = work / "large.jsonl", work / "small.jsonl"
            build_input(large, args.large, args.seed)
            build_input(small, small_n, args.seed)
            peaks = []
            for path, count in ((small, small_n), (large, args.large)):
                rss, seconds = peak_rss_mb(path, work / "memory.csv", args.memory_workers)
                peaks.append(rss)
                print(
                    f"peak RSS, legendary score --report --workers {args.memory_workers} "
                    f"on {count:,} conversations: {rss:.0f} MB ({count / seconds:,.0f}/s "
                    "including start-up)"
                )
            grew = peaks[1] - peaks[0]
            print(
                f"peak RSS {peaks[1]:.0f} MB (target < {TARGET_RSS_MB:.0f} MB) "
                f"{verdict(peaks[1] < TARGET_RSS_MB)}; {grew:+.0f} MB for 10x the input"
            )

        if args.profile:
            profile(source, args.profile)


if __name__ == "__main__":
    main()
