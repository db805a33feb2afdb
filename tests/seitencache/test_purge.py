"""With a purging proxy configured, every change purges every public address of the site, recorded by a real little
HTTP server standing in for Varnish."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from ..factories import publish

pytestmark = pytest.mark.usefixtures("seitencache")

PORTS = range(8110, 8120)


class Recorder(BaseHTTPRequestHandler):
    def do_PURGE(self):
        self.server.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def proxy(settings):
    for port in PORTS:
        try:
            server = ThreadingHTTPServer(("127.0.0.1", port), Recorder)
            break
        except OSError:
            continue
    else:
        pytest.fail(f"Kein freier Port in {PORTS}")
    server.purged = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{port}",
        }
    }
    yield server
    server.shutdown()
    server.server_close()


def test_a_publication_purges_every_public_address_in_both_languages(konzept, committed, proxy):
    with committed():
        konzept.wlan.summary = "Neu für den Proxy."
        publish(konzept.wlan)
    paths = {path for _host, path in proxy.purged}
    hosts = {host for host, _path in proxy.purged}
    assert hosts == {"localhost"}
    for path in [
        "/",
        "/handlungsfelder/",
        "/handlungsfelder/wlan/",
        "/handlungsfelder/netzwerk/",  # its menu and cross-links changed too
        "/handlungsfelder/wlan/versionen/",
        "/suche/",
        "/umsetzung/",
        "/en/umsetzung/",
        f"/schulen/{konzept.schulen[0].slug}/",
        "/schlagwoerter/infrastruktur/",
        "/aenderungen.atom",
        "/konzept.pdf",
        "/sitemap.xml",
    ]:
        assert path in paths, path
    assert len(paths) == len(proxy.purged)  # each address once


def test_reference_data_purges_too_and_nothing_without_a_proxy(konzept, committed, proxy, settings):
    with committed():
        konzept.schulen[0].name = "Umbenannt"
        konzept.schulen[0].save()
    assert ("localhost", f"/schulen/{konzept.schulen[0].slug}/") in proxy.purged
    proxy.purged.clear()
    settings.WAGTAILFRONTENDCACHE = {}
    with committed():
        konzept.schulen[0].name = "Noch einmal"
        konzept.schulen[0].save()
    assert proxy.purged == []
