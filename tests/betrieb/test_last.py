"""Load while publishing: readers on the public pages of a real server (gunicorn, two workers with threads) while the
Redaktion publishes in another process; no error, and every publication is visible to the very next request.

Runs on the engine of the suite: on SQLite the test database is copied into a file in WAL mode, as production has it.
"""

import json
import sqlite3
import threading
import time
from collections import Counter

from django.db import connection

import pytest
import requests

from ..prozess import run_python, server
from .datenbank import server_url

SECONDS = 10
READERS = 4
PAGES = [
    "/",
    "/handlungsfelder/",
    "/handlungsfelder/wlan/",
    "/handlungsfelder/netzwerk/",
    "/suche/?q=WLAN",
    "/umsetzung/",
    "/schulen/",
]


def database_url(tmp_path) -> str:
    """The committed test database as a URL another process can open."""
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        copy = tmp_path / "last.sqlite3"
        with sqlite3.connect(copy) as target:
            connection.connection.backup(target)
        return f"sqlite:///{copy}"
    return f"{server_url(settings)}/{settings['NAME']}"


def read(base_url: str, stop: threading.Event, statuses: Counter, errors: list) -> None:
    session = requests.Session()
    number = 0
    while not stop.is_set():
        url = PAGES[number % len(PAGES)]
        number += 1
        try:
            status = session.get(base_url + url, timeout=30).status_code
        except requests.RequestException as error:
            errors.append(f"{url}: {error}")
            continue
        statuses[status] += 1
        if status >= 500:
            errors.append(f"{url}: {status}")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_readers_see_no_error_and_every_publication_at_once_while_the_redaktion_publishes(tmp_path, konzept):
    url = database_url(tmp_path)
    env = {"DJANGO_SETTINGS_MODULE": "itkonzept.settings.test", "TEST_DATABASE_URL": url}
    with server(tmp_path, workers=2, threads=4, **env) as running:
        stop = threading.Event()
        statuses: Counter = Counter()
        errors: list[str] = []
        readers = [threading.Thread(target=read, args=(running.url, stop, statuses, errors)) for _ in range(READERS)]
        for reader in readers:
            reader.start()
        started = time.monotonic()
        try:
            redaktion = run_python(
                f"from tests.betrieb.redaktion import main\nmain({running.url!r}, {SECONDS})", timeout=120, **env
            )
        finally:
            stop.set()
            for reader in readers:
                reader.join()
        seconds = time.monotonic() - started
        log = running.log()
    assert redaktion.returncode == 0, redaktion.stderr
    published = json.loads(redaktion.stdout)
    print(
        f"\nLast ({connection.vendor}): {sum(statuses.values())} Anfragen von {READERS} Lesern in {seconds:.1f} s "
        f"({dict(statuses)}), {published['publications']} Veröffentlichungen mit {published['requests']} "
        f"Kontrollanfragen, {len(errors) + len(published['errors'])} Fehler"
    )
    assert errors == [] and published["errors"] == []
    assert published["not_visible"] == []
    assert published["publications"] >= 3 and sum(statuses.values()) >= 50
    assert set(statuses) == {200}
    assert "Traceback" not in log
