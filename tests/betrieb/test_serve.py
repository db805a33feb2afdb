"""`make serve`'s script from an empty database: the demo served by gunicorn with production settings and WhiteNoise,
plain HTTP on loopback, the PDF built by the background worker, and Ctrl-C stops the server and the worker together."""

import os
import signal
import subprocess
import sys
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


def wait_for_pdf(url: str, seconds: int = 300) -> tuple[requests.Response, float]:
    """The PDF once the worker has built it, and how long that answer took; before, the page that it is being
    prepared."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        response = requests.get(url, timeout=30)
        if response.status_code == 200:
            return response, response.elapsed.total_seconds()
        assert response.status_code == 503 and "Das PDF wird erstellt" in response.text, response.text[:500]
        time.sleep(2)
    pytest.fail(f"{url}: no PDF within {seconds} s")


def test_serve_brings_up_the_demo_on_production_settings_and_ctrl_c_stops_server_and_worker(tmp_path):
    port = free_port()
    env = environment(
        DATABASE_URL=f"sqlite:///{tmp_path / 'serve.sqlite3'}",
        SECRET_KEY="s" * 60,
        PORT=str(port),
        GUNICORN_WORKERS="2",
        CACHE_DIR=str(tmp_path / "cache"),
        # The Makefile's worker command, with this interpreter.
        PDF_WORKER=f"{sys.executable} manage.py db_worker --backend pdf --interval 1",
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
        pdf, seconds = wait_for_pdf(f"http://127.0.0.1:{port}/konzept.pdf")
        assert pdf.headers["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
        # A build takes seconds (11 s for the German demo here); serving the stored file milliseconds.
        assert seconds < 5, f"the PDF request waited {seconds:.1f} s: built on the request path?"
        # Both gunicorn processes serve the one file the worker built.
        again = [requests.get(f"http://127.0.0.1:{port}/konzept.pdf", timeout=30) for _ in range(4)]
        assert {(r.content, r.headers["Last-Modified"]) for r in again} == {(pdf.content, pdf.headers["Last-Modified"])}
    finally:
        os.killpg(process.pid, signal.SIGINT)
        output, _ = process.communicate(timeout=60)
    assert "Shutting down: Master" in output
    # Nothing of make serve's process group is left: neither gunicorn nor the worker.
    worker = subprocess.run(["pgrep", "-g", str(process.pid)], capture_output=True, text=True)
    assert worker.stdout == "", output
    with pytest.raises(requests.ConnectionError):
        requests.get(f"http://127.0.0.1:{port}/", timeout=5)
