"""What the tests do as a visitor through Django's test client: read a page, count what it costs."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from bs4 import BeautifulSoup


def soup(client, url: str, status: int = 200) -> BeautifulSoup:
    """The page at `url`, parsed, after checking that it answered with `status`."""
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return BeautifulSoup(response.content, "html.parser")


def count_queries(client, url: str) -> int:
    """Database queries of one request, after a first one warmed the per-process caches a running server has."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)
