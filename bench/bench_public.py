"""Issue 5's public pages and the PDF: first (uncached) and cached generation, and queries per request."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bench.run import Benchmark

PAGES = [
    "/handlungsfelder/wlan/",
    "/suche/?q=Netzwerk",
    "/umsetzung/",
    "/umsetzung/?status=geplant&sortierung=-zeitraum",
    "/schulen/gymnasium-penzberg/",
]


def get(client, url: str):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response


def query_count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        get(client, url)
    return len(queries)


def benchmarks(client) -> list[Benchmark]:
    def pdf_first():
        cache.clear()
        get(client, "/konzept.pdf")

    return [
        *[
            Benchmark(
                f"Seite {url}", lambda url=url: get(client, url), queries=lambda url=url: query_count(client, url)
            )
            for url in ["/", *PAGES]
        ],
        Benchmark("PDF /konzept.pdf, erste Erzeugung", pdf_first, repeat=3),
        Benchmark("PDF /konzept.pdf, aus dem Cache", lambda: get(client, "/konzept.pdf"), repeat=20),
    ]
