"""/konzept.pdf: the published concept as one document, cached until the published state changes."""

import io
from unittest import mock

from django.core.cache import cache

import pytest
from pypdf import PdfReader

from handlungsfelder.pdf import cache as pdf_cache

from ..factories import BeschlussIndexPageFactory, BeschlussPageFactory, publish


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


def fetch(client) -> PdfReader:
    response = client.get("/konzept.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    return PdfReader(io.BytesIO(response.content))


def toc_text(reader: PdfReader) -> str:
    return reader.pages[1].extract_text()


def test_pdf_has_a_cover_a_toc_with_page_numbers_every_handlungsfeld_and_the_contact(client, konzept):
    publish(BeschlussPageFactory(parent=publish(BeschlussIndexPageFactory(parent=konzept.start))))
    reader = fetch(client)
    cover = " ".join(reader.pages[0].extract_text().split())
    assert "IT-Konzept für die Schulen" in cover
    assert "Version 1.0" in cover and "Beschlossen am 05.08.2019" in cover and "In Kraft seit 01.09.2019" in cover
    toc = toc_text(reader)
    for line in ("Netzwerk", "WLAN", "Umsetzungsplan", "Kontakt"):
        assert any(row.startswith(line) and row.rstrip()[-1].isdigit() for row in toc.splitlines()), line
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "WLAN in Turnhallen" in text and "Betrieb der WLAN-Controller" in text
    assert "Katharina Brandl" in reader.pages[-1].extract_text()
    assert f"Seite 2 von {len(reader.pages)}" in reader.pages[1].extract_text()


def test_pdf_is_cached_and_regenerated_after_a_publication(client, konzept):
    with mock.patch.object(pdf_cache, "render_pdf", wraps=pdf_cache.render_pdf) as render:
        fetch(client)
        fetch(client)
        assert render.call_count == 1
        konzept.add_handlungsfeld(title="Datenschutz")
        reader = fetch(client)
        assert render.call_count == 2
    assert "Datenschutz" in toc_text(reader)


def test_pdf_is_regenerated_after_unpublishing_and_never_contains_drafts(client, konzept):
    assert "WLAN" in toc_text(fetch(client))
    konzept.wlan.unpublish()
    konzept.netzwerk.title = "Netzwerk (Entwurf)"
    konzept.netzwerk.save_revision()
    toc = toc_text(fetch(client))
    assert "WLAN" not in toc
    assert "Entwurf" not in toc and "Netzwerk" in toc


def test_failed_rendering_serves_the_last_good_pdf_marked_stale(client, konzept):
    last_good = client.get("/konzept.pdf").content
    konzept.add_handlungsfeld(title="Datenschutz")
    with mock.patch.object(pdf_cache, "render_pdf", side_effect=RuntimeError("WeasyPrint ohne Schriften")):
        response = client.get("/konzept.pdf")
    assert response.status_code == 200
    assert response.content == last_good
    assert response["Warning"].startswith("110") and response["Cache-Control"] == "no-store"
    assert "Datenschutz" not in toc_text(PdfReader(io.BytesIO(response.content)))

    fresh = client.get("/konzept.pdf")
    assert "Warning" not in fresh and "Datenschutz" in toc_text(PdfReader(io.BytesIO(fresh.content)))


def test_failed_rendering_without_an_earlier_pdf_is_a_german_503_with_retry_after(client, konzept):
    with mock.patch.object(pdf_cache, "render_pdf", side_effect=OSError("kaputt")):
        response = client.get("/konzept.pdf")
        english = client.get("/en/konzept.pdf")
    assert response.status_code == 503 and int(response["Retry-After"]) > 0
    assert "PDF vorübergehend nicht verfügbar" in response.content.decode()
    assert "Traceback" not in response.content.decode()
    assert english.status_code == 503


def test_the_last_good_pdf_is_kept_per_language(client, konzept):
    german = client.get("/konzept.pdf").content
    with mock.patch.object(pdf_cache, "render_pdf", side_effect=RuntimeError):
        cache.delete(pdf_cache.cache_key(konzept.start))
        assert client.get("/konzept.pdf").content == german
        assert client.get("/en/konzept.pdf").status_code == 503
