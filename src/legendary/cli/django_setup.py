"""Start Django from the CLI (settings from the environment, data folder created)."""

from __future__ import annotations

import os

import click


def setup_django(*, database_ready: bool = True) -> None:
    """Point Django at Legendary's settings, create the data folder and call django.setup().

    With `database_ready` (every command but those that migrate it themselves), a database
    whose tables are missing or out of date stops the command with what to run, instead of
    an OperationalError traceback ("no such table") halfway through.
    """
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "legendary.web.settings")
    from legendary.lib.env import legendary_home

    legendary_home().mkdir(parents=True, exist_ok=True)
    import django

    django.setup()
    if database_ready:
        _require_migrated_database()


def _require_migrated_database() -> None:
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    from legendary.cli.platform import database_label

    executor = MigrationExecutor(connection)
    pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if pending:
        state = "has no tables yet" if not executor.loader.applied_migrations else "is out of date"
        raise click.ClickException(
            f"The database ({database_label()}) {state}: {len(pending)} migration"
            f"{'s are' if len(pending) != 1 else ' is'} not applied. Run `legendary migrate` "
            "first (`legendary serve` also does it), then this command again."
        )
