"""The README's configuration table and the settings read from the environment agree.

Found installing Legendary for a new organisation: the table named `EMAIL_BACKEND` but the
SMTP server could not be set at all (no `EMAIL_HOST`, port, login or TLS), so invitations
had nowhere to go but a relay on the server itself; and `DATABASE_CONN_MAX_AGE` and
`LEGENDARY_DEMO` were read but not listed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
# Where the environment is read: the settings module and the data-folder helper.
READERS = [ROOT / "src/legendary/web/settings.py", ROOT / "src/legendary/lib/env.py"]


def _documented() -> set[str]:
    section = README.read_text().split("## Configuration", 1)[1].split("\n## ", 1)[0]
    names: set[str] = set()
    for first_cell in re.findall(r"^\| ([^|]+) \|", section, re.M):
        names.update(re.findall(r"`([A-Z][A-Z0-9_]+)`", first_cell))
    return names


def _read_from_environment() -> set[str]:
    pattern = r"(?:env_(?:str|bool|int|list)|os\.environ\.get)\(\s*\"([A-Z][A-Z0-9_]+)\""
    return {name for path in READERS for name in re.findall(pattern, path.read_text())}


def test_every_setting_read_from_the_environment_is_in_the_readme() -> None:
    assert sorted(_read_from_environment() - _documented()) == []


def test_every_setting_in_the_readme_is_read() -> None:
    assert sorted(_documented() - _read_from_environment()) == []


def test_the_smtp_server_is_configured_from_the_environment() -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("EMAIL_")}
    env.update(
        EMAIL_HOST="smtp.helpdesk.example",
        EMAIL_PORT="587",
        EMAIL_HOST_USER="legendary",
        EMAIL_HOST_PASSWORD="s3cret-pass",
        EMAIL_USE_TLS="1",
    )
    code = (
        "import legendary.web.settings as s; "
        "print(s.EMAIL_HOST, s.EMAIL_PORT, s.EMAIL_HOST_USER, s.EMAIL_HOST_PASSWORD, "
        "s.EMAIL_USE_TLS, s.EMAIL_USE_SSL)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == [
        "smtp.helpdesk.example",
        "587",
        "legendary",
        "s3cret-pass",
        "True",
        "False",
    ]
