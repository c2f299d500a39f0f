"""Platform commands: demo, serve, migrate, createuser, import."""

import click

COMMANDS: list[click.Command] = []
