"""Each worker process keeps a copy of the pages it served; the shared cache's generation still decides every hit."""

from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

import pytest

from seitencache import generation
from seitencache.middleware import cache_key

from ..factories import publish

pytestmark = pytest.mark.usefixtures("seitencache")
URL = "/handlungsfelder/wlan/"


def shared_entry_removed() -> None:
    """What another process's eviction does: the shared cache loses the page, the generation stays."""
    cache.delete(cache_key(RequestFactory().get(URL), generation.current()))


def test_a_hit_is_answered_from_the_process_copy_without_the_shared_entry(client, konzept, django_assert_num_queries):
    first = client.get(URL)
    shared_entry_removed()
    with django_assert_num_queries(0):
        second = client.get(URL)
    assert second.content == first.content
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert second.headers == client.get(URL).headers


def test_a_new_generation_is_never_answered_from_the_copy(client, konzept):
    client.get(URL)
    konzept.wlan.summary = "Neu zusammengefasst."
    publish(konzept.wlan)
    generation.renew()
    assert "Neu zusammengefasst." in client.get(URL).content.decode()


def test_pages_beyond_the_limit_are_kept_in_the_shared_cache_only(client, konzept, settings):
    settings.SEITENCACHE_PROZESS_BYTES = 1024
    body = client.get(URL).content
    assert len(body) > 1024
    shared_entry_removed()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL)
    assert len(queries) > 0, "rendered again: no copy was kept"
    assert response.content == body
