"""Migrations assessments/0002, 0005 and 0006 keep their own copies of the helpers they run.

They imported `signin_digest` and `new_signin_key` from the live models module (up to
055e303), so a later change there (the digest's prefix, what counts as a usable hash)
would have changed what an old database's migration does, and 0005 would no longer have
recognised the digests 0002 wrote. Migrating from zero runs both for every test database;
`test_answering_as_someone_else` checks 0005's rebinding itself.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import legendary.assessments.migrations as migrations

FROZEN = ("0002_invitation_binding", "0005_signin_key", "0006_signin_key_made_for")
# The binding 0002 stored for this hash (worked out with the models module of 055e303).
OLD_HASH = "pbkdf2_sha256$1000000$pepper$c29tZS1oYXNoLW9mLWEtcGFzc3dvcmQ="
OLD_BINDING = "4cf7b71425dae775a59f9f54e7f71e9f1bc96523c898fcc8c7c58c907690a24a"


@pytest.mark.parametrize("name", FROZEN)
def test_the_migration_imports_nothing_from_the_project(name: str) -> None:
    source = (Path(migrations.__file__).parent / f"{name}.py").read_text("utf-8")
    imported = [
        node.module or ""
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.ImportFrom)
    ] + [
        alias.name
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Import)
        for alias in node.names
    ]
    assert not [module for module in imported if module.startswith("legendary")]


def test_0005_reads_the_bindings_0002_wrote() -> None:
    wrote = importlib.import_module(f"legendary.assessments.migrations.{FROZEN[0]}")
    reads = importlib.import_module(f"legendary.assessments.migrations.{FROZEN[1]}")
    assert wrote.signin_digest(OLD_HASH) == reads.signin_digest(OLD_HASH) == OLD_BINDING
    for unusable in ("", None, "!no-password-here"):
        assert wrote.signin_digest(unusable) == reads.signin_digest(unusable) == ""
    # 0006 notes each key's hash the way the live helper of its day did.
    notes = importlib.import_module(f"legendary.assessments.migrations.{FROZEN[2]}")
    assert notes.made_for(OLD_HASH) == OLD_BINDING
    assert len({reads.new_signin_key() for _ in range(3)}) == 3
