"""CARE engine commands: score, evaluate."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from collections.abc import Callable

    from legendary.care.batch import BatchSummary
    from legendary.care.evaluation import Evaluation
    from legendary.care.rubric import Rubric

_SENTIMENTS = ("negative", "neutral", "positive")

COMMANDS: list[click.Command] = []


@click.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--behaviour",
    "behaviour",
    metavar="ID",
    help="Behaviour id the labels are for (default: the file name without .csv).",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of tables.")
def evaluate(file: Path, behaviour: str | None, as_json: bool) -> None:
    """Check the engine against people's labels in FILE.csv.

    FILE has the columns id, source, context, text, label (1/0, or negative/neutral/positive
    for customer_sentiment). Prints precision, recall, F1 and the confusion counts per source
    and overall.
    """
    import json

    from legendary.care.detect import UnknownBehaviourError
    from legendary.care.evaluation import LabelledFileError, evaluate, read_labelled

    behaviour_id = behaviour or file.stem
    try:
        examples = read_labelled(file, behaviour_id)
        if not examples:
            # A table of zeros would read as an engine that finds nothing.
            raise LabelledFileError(
                f"{file}: no labelled rows under the header; add one row per example "
                "(id, source, context, text, label) and run it again"
            )
        result = evaluate(examples, behaviour_id)
    except (LabelledFileError, UnknownBehaviourError) as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(result.as_dict()))
        return
    _print_evaluation(result)


def _print_evaluation(result: Evaluation) -> None:
    """One rich table: a row per source then the overall row."""
    from rich.console import Console
    from rich.table import Table

    sentiment = result.behaviour == "customer_sentiment"
    table = Table(title=f"{result.behaviour}: engine vs people's labels")
    table.add_column("source")
    for name in ("n", "precision", "recall", "F1", "accuracy"):
        table.add_column(name, justify="right")
    counts = (
        [f"{g[:3]}->{p[:3]}" for g in _SENTIMENTS for p in _SENTIMENTS]
        if sentiment
        else ["tp", "fp", "fn", "tn"]
    )
    for name in counts:
        table.add_column(name, justify="right")
    rows = [*sorted(result.sources.items()), ("overall", result.overall)]
    for index, (source, scores) in enumerate(rows):
        figures = [scores.precision, scores.recall, scores.f1, scores.accuracy]
        table.add_row(
            source,
            str(scores.n),
            *(f"{x:.3f}" for x in figures),
            *(str(v) for v in scores.confusion.values()),
            end_section=index == len(rows) - 2,
            style="bold" if source == "overall" else None,
        )
    console = Console()
    console.print(table)
    if sentiment:
        console.print("For sentiment, precision, recall and F1 are macro averages (F1 = macro-F1).")


COMMANDS.append(evaluate)


class _InputError(click.ClickException):
    """Input the readers cannot turn into conversations: exit code 2, like a usage error."""

    exit_code = 2


@click.command()
@click.argument("source", metavar="INPUT", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "input_format",
    default="auto",
    show_default=True,
    help=(
        "Input format: jsonl, csv, zendesk, intercom, freshdesk, chatwoot, twcs or "
        "transcript (one call: .vtt, .srt or 'Speaker: words' text); auto tells it from "
        "the file."
    ),
)
@click.option(
    "--out",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write one row per conversation: a .csv, .jsonl (with evidence) or .parquet.",
)
@click.option(
    "--report",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write a self-contained HTML report (charts and the 20 lowest conversations).",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Processes to score with on this machine.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Score on a Dask cluster instead, e.g. tcp://10.0.0.5:8786.",
)
@click.option(
    "--rubric",
    "rubric_file",
    metavar="FILE.json",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help=(
        "Score with this rubric (weights, standards, reply-time targets), as "
        "`legendary rubric show --json` prints it; default: the engine's own."
    ),
)
def score(
    source: Path,
    input_format: str,
    out: Path,
    report: Path | None,
    workers: int,
    scheduler: str | None,
    rubric_file: Path | None,
) -> None:
    """Score every conversation in INPUT on the CARE behaviours.

    Streams the input, so files of any size score in constant memory. The output and the
    report appear only when the whole input was scored. With --rubric, an organisation's
    rubric decides what each behaviour is worth, on every worker.
    """
    import sys

    from legendary.care.batch import BatchError, score_file
    from legendary.care.formats.errors import FormatError
    from legendary.care.formats.writers import UnsupportedOutputError, writer_for

    try:
        writer_for(out)
    except UnsupportedOutputError as exc:
        raise click.BadParameter(str(exc), param_hint="--out") from None
    _check_output(out, "--out", source)
    if report is not None:
        _check_output(report, "--report", source, out)
    rubric = _read_rubric(rubric_file)

    def run(on_progress: Callable[[int], None] | None) -> BatchSummary:
        return score_file(
            source,
            out,
            format=input_format,
            report=report,
            rubric=rubric,
            workers=workers,
            scheduler=scheduler,
            on_progress=on_progress,
        )

    try:
        if sys.stdout.isatty():
            with ExitStack() as stack:
                summary = run(_lazy_progress(stack, _lines_in(source, input_format)))
        else:
            summary = run(None)
    except FormatError as exc:
        raise _InputError(str(exc)) from None
    except BatchError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(summary.line())


def _read_rubric(file: Path | None) -> Rubric:
    """The rubric in `file` (the engine's default without one), checked before any work:
    a bad file exits 2 with the file and field named, and nothing is written."""
    from legendary.care.rubric import DEFAULT, Rubric, RubricError
    from legendary.cli.rubric import _check_behaviours

    if file is None:
        return DEFAULT
    try:
        rubric = Rubric.load(file)
        _check_behaviours(rubric, file)
    except RubricError as exc:
        raise _InputError(str(exc)) from None
    except UnicodeDecodeError as exc:
        raise _InputError(f"{file}: not UTF-8 text ({exc.reason}); save it as UTF-8") from None
    return rubric


def _check_output(path: Path, option: str, *taken: Path) -> None:
    """Refuse, before any scoring, an output whose folder does not exist (the writer would
    fail with a traceback after all the work) or that is one of the `taken` files (the
    input, or the other output): writing there would destroy it."""
    folder = path.parent
    if not folder.is_dir():
        raise click.BadParameter(
            f"the folder {folder} does not exist; create it first or write somewhere else",
            param_hint=option,
        )
    for other in taken:
        if path.resolve() == other.resolve():
            raise click.BadParameter(
                f"{path} is also {'the input' if other is taken[0] else 'the --out file'}; "
                "writing there would overwrite it, so choose another name",
                param_hint=option,
            )


def _lines_in(source: Path, input_format: str) -> int | None:
    """Conversations in a JSONL file (one per non-blank line), for a bar with an end.

    Other formats only reveal their conversations as they are read, so they get none.
    """
    if input_format not in ("auto", "jsonl") or source.suffix.lower() != ".jsonl":
        return None
    try:
        with source.open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return None  # the reader reports an unreadable file properly


def _lazy_progress(stack: ExitStack, total: int | None) -> Callable[[int], None]:
    """A progress callback that opens the bar on its first call.

    The scorer calls it once its worker processes are running, so the bar's refresh
    thread never exists while they are forked.
    """
    from legendary.cli.progress import progress_bar

    bar: Callable[[int, int | None], None] | None = None

    def update(done: int) -> None:
        nonlocal bar
        if bar is None:
            bar = stack.enter_context(progress_bar("Scoring conversations"))
        bar(done, total)

    return update


COMMANDS.append(score)
