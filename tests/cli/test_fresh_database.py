"""Database commands on a data folder nobody has migrated yet: a clear next step, no traceback.

Found walking the command line on a new machine: `legendary createuser`, `import`,
`rescore` and `rubric show` before `legendary migrate` each ended in an OperationalError
traceback ("no such table: people_organisation"). Run as a person would, in a fresh
process with an empty LEGENDARY_HOME.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def legendary(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE", "LEGENDARY_DEMO")
    }
    env["LEGENDARY_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-c", "from legendary.cli import main; main()", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    "args",
    [
        ("createuser", "amara", "--role", "admin", "--name", "Amara Okafor", "--invite"),
        ("import", "{chats}"),
    ],
)
def test_a_command_before_migrate_says_to_migrate_first(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    chats = tmp_path / "chats.jsonl"
    chats.write_text(
        '{"id": "w-1", "turns": [{"speaker": "customer", "text": "Is the cafe open?"}]}\n',
        encoding="utf-8",
    )
    home = tmp_path / "home"
    result = legendary(home, *(arg.format(chats=chats) for arg in args))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert f"The database (SQLite at {home}" in result.stderr
    assert "has no tables yet" in result.stderr
    assert "Run `legendary migrate` first" in result.stderr
