"""`make serve`'s script from an empty database: the demo served by gunicorn with production settings and WhiteNoise,
plain HTTP on loopback, and Ctrl-C stops the server and the PDF worker together."""

import os
import signal
import subprocess
import time

import pytest
import requests

from ..prozess import BASE_DIR, environment, free_port


def wait_for(url: str, process: subprocess.Popen, seconds: int = 240) -> requests.Response:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, "make serve ended before serving"
        try:
            return requests.get(url, timeout=30, allow_redirects=False)
        except requests.ConnectionError:
            time.sleep(1)
    pytest.fail(f"{url} did not answer within {seconds} s")


def test_serve_brings_up_the_demo_on_production_settings_and_ctrl_c_stops_server_and_worker(tmp_path):
    port = free_port()
    worker_log = tmp_path / "worker.log"
    env = environment(
        DATABASE_URL=f"sqlite:///{tmp_path / 'serve.sqlite3'}",
        SECRET_KEY="s" * 60,
        PORT=str(port),
        GUNICORN_WORKERS="2",
        CACHE_DIR=str(tmp_path / "cache"),
        # A stand-in for the PDF queue's worker: a process that runs until it is told to stop.
        PDF_WORKER=f"sh -c 'echo worker gestartet > {worker_log}; exec sleep 600'",
    )
    env.pop("REDIS_URL", None)
    process = subprocess.Popen(
        ["tools/serve.sh"],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        start = wait_for(f"http://127.0.0.1:{port}/", process)
        assert start.status_code == 200, start.text[:500]
        assert "IT-Konzept" in start.text
        assert "Strict-Transport-Security" not in start.headers
        page = requests.get(f"http://127.0.0.1:{port}/handlungsfelder/netzwerk/", timeout=30)
        assert page.status_code == 200 and "Netzwerk" in page.text
        stylesheet = next(part.split('"')[1] for part in page.text.split("href=")[1:] if ".css" in part.split('"')[1])
        static = requests.get(f"http://127.0.0.1:{port}{stylesheet}", timeout=30)
        assert static.status_code == 200 and "immutable" in static.headers["Cache-Control"]
        debug = requests.get(f"http://127.0.0.1:{port}/gibt-es-nicht/", timeout=30)
        assert debug.status_code == 404 and "Traceback" not in debug.text
        assert worker_log.read_text().strip() == "worker gestartet"
    finally:
        os.killpg(process.pid, signal.SIGINT)
        output, _ = process.communicate(timeout=60)
    assert "Shutting down: Master" in output
    worker = subprocess.run(["pgrep", "-f", "^sleep 600$"], capture_output=True, text=True)
    assert worker.stdout == "", output
    with pytest.raises(requests.ConnectionError):
        requests.get(f"http://127.0.0.1:{port}/", timeout=5)
