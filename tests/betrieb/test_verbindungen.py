"""Persistent database connections: a gunicorn worker keeps one PostgreSQL connection across requests, and a
connection the server dropped is replaced by the health check before the next request instead of a 503."""

from django.db import connection

import psycopg
import pytest
import requests

from ..prozess import server
from .datenbank import server_url

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="Verbindungen eines Servers zählen braucht PostgreSQL"
)


def worker_connections(admin_url: str, database: str) -> set[int]:
    """Backend pids of the connections to `database` other than this test's own."""
    with psycopg.connect(admin_url, autocommit=True) as admin:
        rows = admin.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid() "
            "AND application_name = 'gunicorn-verbindungstest'",
            [database],
        ).fetchall()
    return {pid for (pid,) in rows}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_worker_reuses_its_connection_and_replaces_one_the_server_dropped(tmp_path, konzept):
    settings = connection.settings_dict
    url = f"{server_url(settings)}/{settings['NAME']}?application_name=gunicorn-verbindungstest"
    admin_url = f"{server_url(settings)}/postgres"
    env = {"DJANGO_SETTINGS_MODULE": "itkonzept.settings.test", "TEST_DATABASE_URL": url}
    with server(tmp_path, workers=1, threads=1, **env) as running:
        for _ in range(5):
            assert requests.get(running.url + "/handlungsfelder/wlan/", timeout=30).status_code == 200
        first = worker_connections(admin_url, settings["NAME"])
        for _ in range(5):
            assert requests.get(running.url + "/handlungsfelder/wlan/", timeout=30).status_code == 200
        assert worker_connections(admin_url, settings["NAME"]) == first and len(first) == 1

        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", [next(iter(first))])
        response = requests.get(running.url + "/handlungsfelder/wlan/", timeout=30)
        assert response.status_code == 200 and "WLAN" in response.text
        replaced = worker_connections(admin_url, settings["NAME"])
        assert len(replaced) == 1 and replaced != first
