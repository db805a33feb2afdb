"""The editor's link "Im Admin bearbeiten" never reaches the page cache, and the cache never hides it from editors."""

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

import pytest

from handlungsfelder.freigabe.rollen import REDAKTION

from ..freigabe.helpers import member

pytestmark = pytest.mark.usefixtures("seitencache")

LINK = "Im Admin bearbeiten"
URL = "/handlungsfelder/wlan/"


@pytest.fixture
def redaktion(konzept) -> Client:
    editor = Client()
    editor.force_login(member("redaktion", REDAKTION))
    return editor


def test_an_anonymous_reader_right_after_an_editor_gets_no_link(client, redaktion):
    antwort = redaktion.get(URL)
    assert LINK in antwort.content.decode()
    assert "private" in antwort["Cache-Control"] and "no-store" in antwort["Cache-Control"]
    assert "Cookie" in antwort["Vary"]

    with CaptureQueriesContext(connection) as queries:
        leser = client.get(URL)
    assert len(queries) > 0, "rendered, not answered from an entry the editor's request left"
    assert leser.status_code == 200
    assert LINK not in leser.content.decode()
    assert "/admin/pages/" not in leser.content.decode()
    assert "public" in leser["Cache-Control"]


def test_an_editor_after_a_cached_anonymous_reader_still_gets_the_link(client, redaktion, django_assert_num_queries):
    client.get(URL)
    with django_assert_num_queries(0):
        assert LINK not in client.get(URL).content.decode()  # the reader's copy is in the cache
    assert LINK in redaktion.get(URL).content.decode()
    assert LINK not in client.get(URL).content.decode()
