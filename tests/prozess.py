"""The site's own commands and its application server in a separate process, as an operator runs them."""

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[1]
# Ports this suite may serve on.
PORTS = range(8401, 8410)


def environment(**env: str) -> dict[str, str]:
    """This process's environment without its Django and database settings, plus `env`."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_"))}
    environment.update(env)
    return environment


def run_manage(*args: str, timeout: int = 300, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=environment(**env),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def run_python(code: str, timeout: int = 300, **env: str) -> subprocess.CompletedProcess:
    """`code` after `django.setup()`, with the settings of `env` (development settings unless it names others)."""
    env.setdefault("DJANGO_SETTINGS_MODULE", "itkonzept.settings.dev")
    return subprocess.run(
        [sys.executable, "-c", f"import django\ndjango.setup()\n{code}"],
        cwd=BASE_DIR,
        env=environment(**env),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def free_port(ports: range = PORTS) -> int:
    for port in ports:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                return port
    raise RuntimeError(f"Kein freier Port in {ports}")


def closed_port() -> int:
    """A port on which nothing listens (a database or cache that is down)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def stop(process: subprocess.Popen, seconds: int = 30) -> None:
    """Ask a process to end (SIGTERM, as an init system does), and kill it if it has not within `seconds`."""
    process.terminate()
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@dataclass
class Server:
    url: str
    log_file: Path

    def log(self) -> str:
        return self.log_file.read_text(encoding="utf-8", errors="replace")


@contextmanager
def server(log_dir: Path, threads: int = 4, workers: int = 1, ports: range = PORTS, **env: str) -> Iterator[Server]:
    """Gunicorn serving `itkonzept.wsgi` on a free port of `ports`, stopped afterwards."""
    port = free_port(ports)
    log_file = log_dir / f"gunicorn-{port}.log"
    command = [sys.executable, "-m", "gunicorn", "itkonzept.wsgi", "--bind", f"127.0.0.1:{port}"]
    command += ["--workers", str(workers), "--threads", str(threads), "--no-control-socket", "--timeout", "60"]
    with log_file.open("w") as log:
        process = subprocess.Popen(command, cwd=BASE_DIR, env=environment(**env), stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"Gunicorn ist nicht gestartet:\n{log_file.read_text()}")
            time.sleep(0.2)
        yield Server(f"http://127.0.0.1:{port}", log_file)
    finally:
        stop(process)


@contextmanager
def pdf_worker(log_dir: Path, **env: str) -> Iterator[Path]:
    """The PDF queue's worker (`manage.py db_worker --backend pdf`) as make serve starts it; yields its log file."""
    log_file = log_dir / "pdf-worker.log"
    command = [sys.executable, "manage.py", "db_worker", "--backend", "pdf", "--interval", "0.2", "--no-reload"]
    with log_file.open("w") as log:
        process = subprocess.Popen(command, cwd=BASE_DIR, env=environment(**env), stdout=log, stderr=subprocess.STDOUT)
    try:
        yield log_file
    finally:
        stop(process)
