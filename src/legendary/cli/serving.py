"""Run the web server (gunicorn) and a background-task worker side by side, and stop both.

`legendary demo` and `legendary serve` share this: gunicorn serves the WSGI app with
several processes, and one `db_worker` runs the tasks the pages queue (imports, scoring),
so a single command gives a complete site with no other server to start.
"""

from __future__ import annotations

import errno
import secrets
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from importlib.metadata import version

import click

from legendary.lib.env import legendary_home

# How long the processes get to finish their requests and tasks after Ctrl-C or SIGTERM.
GRACE_SECONDS = 10
# How long one request may run before gunicorn restarts its worker. The Import page stores
# a whole upload inside the request (about 1 s per MB here), so gunicorn's 30 s default
# would cut off a file near IMPORT_MAX_MB; every other page answers in well under a second.
REQUEST_TIMEOUT_SECONDS = 180


@dataclass(frozen=True)
class ServerPlan:
    """What to start: gunicorn on host:port with `workers` processes, and maybe a task worker."""

    host: str
    port: int
    workers: int
    access_log: bool
    with_task_worker: bool = True

    def gunicorn_command(self) -> list[str]:
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            "legendary.web.wsgi:application",
            "--bind",
            f"{self.host}:{self.port}",
            "--workers",
            str(self.workers),
            "--graceful-timeout",
            str(GRACE_SECONDS),
            "--timeout",
            str(REQUEST_TIMEOUT_SECONDS),
        ]
        if self.access_log:
            command += ["--access-logfile", "-"]
        if _gunicorn_has_control_socket():
            # Gunicorn 27 opens a control socket in ~/.gunicorn by default; two sites on one
            # machine would fight over it, and nothing in Legendary uses it.
            command.append("--no-control-socket")
        return command

    def commands(self) -> list[list[str]]:
        """The processes to run: gunicorn first, then the task worker if wanted."""
        if self.with_task_worker:
            return [self.gunicorn_command(), self.worker_command()]
        return [self.gunicorn_command()]

    def worker_command(self) -> list[str]:
        return [
            sys.executable,
            "-m",
            "django",
            "db_worker",
            "--settings",
            "legendary.web.settings",
            "--queue-name",
            "*",
        ]


def _gunicorn_has_control_socket() -> bool:
    major = version("gunicorn").split(".", 1)[0]
    return major.isdigit() and int(major) >= 27


def ensure_port_free(host: str, port: int) -> None:
    """Fail early, with the fix, when another program already listens on host:port."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise click.ClickException(
                    f"port {port} on {host} is already in use (another Legendary, perhaps); "
                    f"stop it or choose another port with --port {port + 1}."
                ) from exc
            raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror}") from exc


def demo_secret_key() -> str:
    """A random key kept in the data folder, so demo sessions survive a restart.

    Every gunicorn worker must sign with the same key (a per-process key would log people
    out whenever a request reached another worker). It is only ever used in demo mode.
    """
    path = legendary_home() / "demo-secret-key"
    if path.exists():
        return path.read_text().strip()
    key = secrets.token_urlsafe(50)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(mode=0o600)
    path.write_text(key)
    return key


def run_servers(commands: list[list[str]], env: dict[str, str]) -> int:
    """Start the processes (gunicorn and the task worker), wait until one stops or we are told to.

    Returns the exit code to leave with: 0 after Ctrl-C or SIGTERM, else the code of the
    process that stopped first (the others are then stopped too).
    """
    processes = [subprocess.Popen(command, env=env) for command in commands]
    stopping = False

    def stop(*_: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, stop)
    try:
        while not stopping:
            finished = [p for p in processes if p.poll() is not None]
            if finished:
                code = finished[0].returncode
                _stop_all(processes)
                return code
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    _stop_all(processes)
    click.echo("Stopped.")
    return 0


def _stop_all(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in processes:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + GRACE_SECONDS
    for process in processes:
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
