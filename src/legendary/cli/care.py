"""CARE engine commands: score, evaluate."""

import click

COMMANDS: list[click.Command] = []
