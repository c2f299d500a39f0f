"""Database helpers that are not an app's business."""

from __future__ import annotations

from django.db import connection
from django.db.models import Model


def refresh_planner_statistics(*models: type[Model]) -> None:
    """After a bulk load, let PostgreSQL's planner see how many rows the tables now hold.

    Until autovacuum gets round to it, PostgreSQL plans queries on freshly filled tables as
    if they were nearly empty; nested `IN (subquery)` filters then become nested loops over
    thousands of rows (one CARE average over the demo's 2,400 conversations ran for minutes).
    `ANALYZE` is allowed inside a transaction and costs milliseconds on tables of this size.
    With no models, the whole database is analysed. SQLite does not need this.
    """
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        if not models:
            cursor.execute("ANALYZE")
        for model in models:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
