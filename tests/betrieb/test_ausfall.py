"""Faults lose nothing: without its database the site answers a static German 503 page with Retry-After, a write
that meets a failing database leaves nothing behind, and without Redis the site serves from the database."""

import logging

from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.db import InterfaceError, OperationalError, connection
from django.test import Client, override_settings

from wagtail.models import PageLogEntry, Revision

import pytest
import redis
import requests

from handlungsfelder.models import HandlungsfeldPage, Veroeffentlichung

from ..freigabe.helpers import edit_url, make_simple, simple_handlungsfeld_form
from ..prozess import closed_port, run_python, server
from .datenbank import postgres_server

PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "itkonzept.settings.production",
    "SECRET_KEY": "k" * 60,
    "ALLOWED_HOSTS": "127.0.0.1",
    "SECURE_SSL_REDIRECT": "false",
}
REDIS_DB_7 = "redis://127.0.0.1:6379/7"


def assert_unavailable(response) -> None:
    assert response.status_code == 503
    assert int(response.headers["Retry-After"]) > 0
    text = response.content.decode()
    assert "Vorübergehend nicht erreichbar" in text and "vorübergehend nicht erreichbar" in text
    assert "Traceback" not in text and "OperationalError" not in text


def unreachable_databases() -> list:
    databases = [
        pytest.param(f"postgres://postgres@127.0.0.1:{closed_port()}/sicherung_aus", id="postgres-port-closed"),
        pytest.param("sqlite:////nicht-vorhanden/verzeichnis/db.sqlite3", id="sqlite-file-unopenable"),
    ]
    if server_url := postgres_server(connection):
        databases.append(pytest.param(f"{server_url}/sicherung_gibt_es_nicht", id="postgres-database-missing"))
    return databases


@pytest.mark.parametrize("database_url", unreachable_databases())
def test_production_server_without_its_database_answers_a_static_503_with_retry_after(tmp_path, database_url):
    with server(tmp_path, DATABASE_URL=database_url, **PRODUCTION) as running:
        for url in ("/", "/handlungsfelder/wlan/", "/suche/?q=WLAN", "/en/umsetzung/"):
            assert_unavailable(requests.get(running.url + url, timeout=30, allow_redirects=False))
        assert_unavailable(requests.post(running.url + "/admin/login/", data={"username": "a"}, timeout=30))
        log = running.log()
    assert "Datenbank nicht erreichbar" in log
    assert "Traceback" not in log


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_publication_that_loses_the_database_midway_answers_503_and_leaves_nothing_written(konzept, admin_user):
    """The database goes away after the revision and the page were written, at the publication record: without the
    request's transaction a new revision and a live page without its public record would remain."""
    wlan = make_simple(konzept.wlan)
    before = {
        "revisions": Revision.page_revisions.filter(object_id=str(wlan.pk)).count(),
        "records": Veroeffentlichung.objects.count(),
        "log": PageLogEntry.objects.count(),
    }
    client = Client(raise_request_exception=False)
    client.force_login(admin_user)
    form = simple_handlungsfeld_form(wlan, "Neuer Text, nie gespeichert.", "Korrektur", **{"action-publish": "1"})

    def connection_lost(execute, sql, params, many, context):
        if sql.startswith('INSERT INTO "handlungsfelder_veroeffentlichung"'):
            raise OperationalError("server closed the connection unexpectedly")
        return execute(sql, params, many, context)

    with connection.execute_wrapper(connection_lost):
        response = client.post(edit_url(wlan), form)

    assert_unavailable(response)
    assert {
        "revisions": Revision.page_revisions.filter(object_id=str(wlan.pk)).count(),
        "records": Veroeffentlichung.objects.count(),
        "log": PageLogEntry.objects.count(),
    } == before
    assert HandlungsfeldPage.objects.get(pk=wlan.pk).live_revision_id == wlan.live_revision_id
    assert "nie gespeichert" not in client.get("/handlungsfelder/wlan/").content.decode()

    assert client.post(edit_url(wlan), form).status_code == 302
    assert "nie gespeichert" in client.get("/handlungsfelder/wlan/").content.decode()


def test_a_database_error_after_the_view_saving_the_session_answers_503_and_writes_nothing(db, admin_user):
    """The session is saved by middleware after the view: its error reaches the 500 handler, which answers 503."""
    client = Client(raise_request_exception=False)

    def session_lost(execute, sql, params, many, context):
        if sql.startswith('UPDATE "django_session"'):
            raise InterfaceError("connection already closed")
        return execute(sql, params, many, context)

    with connection.execute_wrapper(session_lost):
        response = client.post("/admin/login/", {"username": "admin", "password": "password"})

    assert_unavailable(response)
    admin_user.refresh_from_db()
    assert admin_user.last_login is None
    assert not Session.objects.exists()


def redis_reachable() -> bool:
    try:
        return redis.Redis.from_url(REDIS_DB_7, socket_connect_timeout=1).ping()
    except redis.RedisError:
        return False


def redis_cache(url: str) -> dict:
    return {"default": {"BACKEND": "betrieb.cache.FailSafeRedisCache", "LOCATION": url}}


needs_redis = pytest.mark.skipif(not redis_reachable(), reason=f"kein Redis unter {REDIS_DB_7}")


@needs_redis
def test_redis_url_works_with_the_pinned_packages_from_the_settings():
    result = run_python(
        "from django.core.cache import cache\ncache.set('betrieb-probe', 'ja', 30)\n"
        "print(type(cache._cache.get_client()).__module__, cache.get('betrieb-probe'), cache.delete('betrieb-probe'))",
        REDIS_URL=REDIS_DB_7,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["redis.client", "ja", "True"]


@needs_redis
def test_site_serves_with_a_working_redis_cache(client, konzept):
    with override_settings(CACHES=redis_cache(REDIS_DB_7)):
        try:
            for url in ("/", "/handlungsfelder/wlan/", "/umsetzung/"):
                assert client.get(url).status_code == 200, url
            cache.set("betrieb-probe", "ja", 30)
            assert cache.get("betrieb-probe") == "ja"
            assert redis.Redis.from_url(REDIS_DB_7).exists(cache.make_key("betrieb-probe"))
        finally:
            cache.clear()


def test_site_serves_from_the_database_when_redis_is_unreachable_and_warns_once(client, konzept, caplog):
    with override_settings(CACHES=redis_cache(f"redis://127.0.0.1:{closed_port()}/7")):
        with caplog.at_level(logging.WARNING, logger="betrieb.cache"):
            for url in ("/", "/handlungsfelder/wlan/", "/umsetzung/", "/schulen/", "/"):
                assert client.get(url).status_code == 200, url
            cache.set("x", 1)
            assert cache.get("x") is None and cache.add("x", 1) is False
            with pytest.raises(ValueError):
                cache.incr("x")
    warnings = [record for record in caplog.records if record.name == "betrieb.cache"]
    assert len(warnings) == 1
    assert "nicht erreichbar" in warnings[0].getMessage()
