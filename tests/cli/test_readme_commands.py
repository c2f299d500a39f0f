"""The README's table of `legendary` commands names every option each command takes."""

from __future__ import annotations

import re
from pathlib import Path

import click

from legendary.cli import main

README = Path(__file__).resolve().parents[2] / "README.md"


def _commands(group: click.Group, prefix: str = "") -> dict[str, click.Command]:
    found: dict[str, click.Command] = {}
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            found.update(_commands(command, f"{prefix}{name} "))
        else:
            found[f"{prefix}{name}"] = command
    return found


def test_every_option_of_every_command_is_in_the_readme() -> None:
    """The table left out `demo --conversations`, `serve --no-background-worker` and
    `createuser --title`; found comparing it with each command's --help."""
    rows = re.findall(r"^\| `legendary ([^`]+)` \|", README.read_text(), re.M)
    documented = {
        next(
            name for name in sorted(_commands(main), key=len, reverse=True) if row.startswith(name)
        ): row
        for row in rows
    }
    missing = []
    for name, command in _commands(main).items():
        row = documented.get(name)
        if row is None:
            missing.append(f"legendary {name}")
            continue
        for param in command.params:
            if not isinstance(param, click.Option) or param.hidden:
                continue
            # A --flag/--no-flag switch is written as the one people type.
            names = [*param.opts, *param.secondary_opts]
            if not any(re.search(rf"{re.escape(n)}\b", row) for n in names if n.startswith("--")):
                missing.append(f"legendary {name} {names[0]}")
    assert missing == []
