"""Two application servers and the PDF worker on one database and one shared cache: a publication through the admin
of one is read from the other at once, and its PDF follows as soon as the worker has built it, the old one served
meanwhile. SQLite with the file cache (the default of one machine), and PostgreSQL with Redis."""

import io
import os
import re
import secrets
import time
import uuid
from types import SimpleNamespace

import pytest
import redis
import requests
from pypdf import PdfReader

from ..betrieb.datenbank import admin_sql, postgres_server
from ..freigabe.helpers import simple_handlungsfeld_form
from ..prozess import pdf_worker, run_manage, run_python, server
from .inhalt import SUMMARY

PORTS = range(8110, 8120)
REDIS_DB_1 = "redis://127.0.0.1:6379/1"
ALT = "Alter Text aus dem Cache."
NEU = "Neuer Text, veröffentlicht über den anderen Server."


def production(**env: str) -> dict[str, str]:
    return {
        "DJANGO_SETTINGS_MODULE": "itkonzept.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "ZWEI_FAKTOR_PFLICHT": "false",
        "SEITENCACHE": "true",
        **env,
    }


def redis_reachable() -> bool:
    try:
        return redis.Redis.from_url(REDIS_DB_1, socket_connect_timeout=1).ping()
    except redis.RedisError:
        return False


@pytest.fixture(scope="module")
def static_files():
    """Production serves the collected, hashed static files (WhiteNoise): collected once for both legs."""
    result = run_manage("collectstatic", "--noinput", **production())
    assert result.returncode == 0, result.stderr


@pytest.fixture(params=["sqlite-dateicache", "postgresql-redis"])
def stack(request, tmp_path, static_files):
    """Database and cache URLs of one leg, the database migrated and empty of content."""
    if request.param == "sqlite-dateicache":
        yield {"DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}", "CACHE_DIR": str(tmp_path / "cache")}
        return
    from django.db import connection

    postgres = postgres_server(connection)
    if not (postgres and redis_reachable()):
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL oder Redis nicht erreichbar, mit CI=true Pflicht")
        pytest.skip("PostgreSQL oder Redis nicht erreichbar")
    name = f"seitencache_{uuid.uuid4().hex[:8]}"
    admin_sql(postgres, f'CREATE DATABASE "{name}"')
    redis.Redis.from_url(REDIS_DB_1).flushdb()
    try:
        yield {"DATABASE_URL": f"{postgres}/{name}", "REDIS_URL": REDIS_DB_1}
    finally:
        admin_sql(postgres, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def log_in(session: requests.Session, base_url: str, password: str) -> None:
    session.get(f"{base_url}/admin/login/", timeout=30)
    response = session.post(
        f"{base_url}/admin/login/",
        {"username": "redaktion", "password": password, "csrfmiddlewaretoken": session.cookies["csrftoken"]},
        allow_redirects=False,
        timeout=30,
    )
    assert response.status_code == 302, response.text[:2000]


def pdf_text(response: requests.Response) -> str:
    assert response.status_code == 200 and response.headers["Content-Type"] == "application/pdf"
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)


def wait_for_pdf_with(url: str, text: str, seconds: int = 180) -> requests.Response:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        response = requests.get(url, timeout=30)
        if response.status_code == 200:
            # A build takes seconds (the worker logs how many); serving the stored file milliseconds.
            assert response.elapsed.total_seconds() < 5, "a PDF request waited: built on the request path?"
            if text in pdf_text(response):
                return response
        time.sleep(1)
    pytest.fail(f"{url}: no PDF with {text!r} within {seconds} s")


def test_publication_through_one_server_is_read_from_the_other_at_once(tmp_path, stack):
    env = production(**stack)
    migrated = run_manage("migrate", "--noinput", **env)
    assert migrated.returncode == 0, migrated.stderr
    password = secrets.token_urlsafe(16)
    created = run_python(f"from tests.seitencache.inhalt import main\nmain({ALT!r}, {password!r})", **env)
    assert created.returncode == 0, created.stderr
    page_id = int(created.stdout.split()[-1])

    with (
        server(tmp_path, threads=2, ports=PORTS, **env) as a,
        server(tmp_path, threads=2, ports=PORTS, **env) as b,
        pdf_worker(tmp_path, **env) as worker_log,
    ):
        old_pdf = wait_for_pdf_with(f"{b.url}/konzept.pdf", ALT)
        reader = requests.Session()
        for _ in range(2):
            warm = reader.get(f"{b.url}/handlungsfelder/wlan/", timeout=30)
            assert warm.status_code == 200 and ALT in warm.text
            assert "public" in warm.headers["Cache-Control"]

        redaktion = requests.Session()
        log_in(redaktion, a.url, password)
        page = SimpleNamespace(title="WLAN", slug="wlan", summary=SUMMARY, kuerzel="WL")  # as the edit form shows it
        form = simple_handlungsfeld_form(page, NEU, "Neuer Text", **{"action-publish": "1"})
        form["csrfmiddlewaretoken"] = redaktion.cookies["csrftoken"]
        published = redaktion.post(
            f"{a.url}/admin/pages/{page_id}/edit/",
            form,
            headers={"Referer": f"{a.url}/admin/pages/{page_id}/edit/"},
            allow_redirects=False,
            timeout=60,
        )
        assert published.status_code == 302, re.findall(r"error-message[^>]*>(.*?)</", published.text, re.S)[:5]

        fresh = reader.get(f"{b.url}/handlungsfelder/wlan/", timeout=30)
        assert NEU in fresh.text and ALT not in fresh.text

        # The PDF: the last built one at once from either server, never kept by a cache, until the worker's is there.
        meanwhile = requests.get(f"{a.url}/konzept.pdf", timeout=30)
        assert meanwhile.content == old_pdf.content or NEU in pdf_text(meanwhile)
        new_pdf = wait_for_pdf_with(f"{b.url}/konzept.pdf", NEU)
        assert ALT not in pdf_text(new_pdf)
        assert requests.get(f"{a.url}/konzept.pdf", timeout=30).content == new_pdf.content
        assert "Traceback" not in a.log() + b.log() + worker_log.read_text()
