"""The rubric from the command line: `legendary rubric show` and `legendary rubric adopt`.

A rubric round-trips: `legendary rubric show --json > rubric.json`, change the weights or
standards and give it a new version, then `legendary rubric adopt rubric.json`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from legendary.cli.django_setup import setup_django
from legendary.cli.platform import BAD_INPUT, _organisation

if TYPE_CHECKING:
    from legendary.care.rubric import Rubric

ORGANISATION_HELP = "Organisation slug; needed when the database holds more than one."


@click.group()
def rubric() -> None:
    """Show or change the rubric that turns behaviours into CARE scores."""


@rubric.command()
@click.option("--json", "as_json", is_flag=True, help="The rubric file itself, ready to edit.")
@click.option("--organisation", "organisation_slug", default="", help=ORGANISATION_HELP)
def show(as_json: bool, organisation_slug: str) -> None:
    """Print the rubric the organisation scores with: behaviours by CARE quality, what each
    is worth, and the organisation's own standards."""
    setup_django()
    from legendary.conversations.rubric_page import behaviour_groups, standard_rows, target_rows
    from legendary.conversations.scoring import rubric_in_use

    organisation = _organisation(organisation_slug, create_if_none=False)
    stored, in_use = rubric_in_use(organisation)
    if as_json:
        click.echo(in_use.to_json())
        return
    name = f" ({in_use.name})" if in_use.name else ""
    click.echo(
        f"Rubric {stored.version}{name} of {organisation.name}, "
        f"adopted {stored.created_at:%Y-%m-%d %H:%M}"
    )
    for quality, rows in behaviour_groups(in_use):
        click.echo(f"\n{quality.capitalize()}")
        for row in rows:
            critical = f", {row.critical}" if row.critical else ""
            click.echo(f"  {row.behaviour:<34} {row.worth:<14} {row.applies}{critical}")
    standards = standard_rows(in_use)
    click.echo(f"\nStandards ({len(standards)})" if standards else "\nNo standards yet.")
    for s in standards:
        phrases = "; ".join(f'"{p}"' for p in s.phrases)
        click.echo(
            f"  {s.behaviour:<34} {s.worth:<14} {s.name} ({s.kind_label.lower()}, {s.quality})"
        )
        click.echo(f"  {'':<34} {'':<14} listens {s.scope} for {phrases}")
    weights = ", ".join(f"{q} {w:g}" for q, w in in_use.quality_weights)
    click.echo(f"\nQuality weights in the overall score: {weights}")
    targets = ", ".join(f"{label.lower()} {words}" for _, label, words in target_rows(in_use))
    click.echo(f"Reply-time targets: {targets}")


@rubric.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--organisation", "organisation_slug", default="", help=ORGANISATION_HELP)
def adopt(file: Path, organisation_slug: str) -> None:
    """Check the rubric in FILE (JSON, as `show --json` prints it) and score with it from
    now on. Existing scorecards keep their version until `legendary rescore --all`."""
    setup_django()
    from legendary.care.rubric import Rubric, RubricError
    from legendary.conversations.scoring import adopt_rubric, rubric_in_use

    organisation = _organisation(organisation_slug, create_if_none=False)
    try:
        proposed = Rubric.load(file)
        _check_behaviours(proposed, file)
        previous, _ = rubric_in_use(organisation)
        stored = adopt_rubric(organisation, proposed)
    except (RubricError, UnicodeDecodeError) as exc:
        click.echo(f"error: {exc}", err=True)
        click.echo("Nothing was adopted; fix the file and run the command again.", err=True)
        raise SystemExit(BAD_INPUT) from exc
    if stored.pk == previous.pk:
        click.echo(f"Version {stored.version} is already in use by {organisation.name}.")
        return
    click.echo(
        f"Adopted rubric {stored.version} for {organisation.name}. Existing scorecards keep "
        f"{previous.version}; score them again with "
        f"`legendary rescore --all --organisation {organisation.slug}`."
    )


def _check_behaviours(proposed: Rubric, file: Path) -> None:
    """Refuse rules naming a behaviour no detector finds: they would silently never count."""
    from legendary.care.behaviours.base import registry
    from legendary.care.rubric import RubricError

    known = registry()
    for index, rule in enumerate(proposed.rules):
        if rule.behaviour not in known:
            raise RubricError(
                f"{file}: rules[{index}].behaviour: no detector is called {rule.behaviour!r}; "
                f"use one of {', '.join(sorted(known))}"
            )


COMMANDS = [rubric]
