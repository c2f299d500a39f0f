"""Running gunicorn and the task worker side by side: ports, keys and stopping together."""

from __future__ import annotations

import socket
import sys
import time
from pathlib import Path

import click
import pytest

from legendary.cli.serving import ServerPlan, demo_secret_key, ensure_port_free, run_servers


def test_a_busy_port_is_refused_with_the_fix():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]

        with pytest.raises(click.ClickException) as caught:
            ensure_port_free("127.0.0.1", port)

    assert f"port {port} on 127.0.0.1 is already in use" in caught.value.message
    assert f"--port {port + 1}" in caught.value.message


def test_a_free_port_passes():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    ensure_port_free("127.0.0.1", port)


def test_the_plan_runs_gunicorn_on_the_address_and_a_task_worker():
    plan = ServerPlan(host="127.0.0.1", port=8123, workers=2, access_log=False)

    web, tasks = plan.commands()

    assert web[1:4] == ["-m", "gunicorn", "legendary.web.wsgi:application"]
    assert web[web.index("--bind") + 1] == "127.0.0.1:8123"
    assert web[web.index("--workers") + 1] == "2"
    assert "--access-logfile" not in web
    assert "db_worker" in tasks


def test_the_plan_can_leave_the_task_worker_to_a_separate_command():
    plan = ServerPlan("0.0.0.0", 80, 4, access_log=True, with_task_worker=False)

    (web,) = plan.commands()

    assert "--access-logfile" in web


def test_the_demo_key_is_random_private_and_stable(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("LEGENDARY_HOME", str(tmp_path))

    first = demo_secret_key()

    assert len(first) >= 50
    assert demo_secret_key() == first
    assert (tmp_path / "demo-secret-key").stat().st_mode & 0o077 == 0


def test_when_one_process_stops_the_others_are_stopped_and_its_code_returned():
    started = time.monotonic()

    code = run_servers(
        [
            [sys.executable, "-c", "import time; time.sleep(60)"],
            [sys.executable, "-c", "import sys; sys.exit(3)"],
        ],
        env={},
    )

    assert code == 3
    assert time.monotonic() - started < 15
