"""/konzept.pdf: the published concept as one document, built by the background worker, never for a request."""

import io
from unittest import mock

import pytest
from pypdf import PdfReader

from handlungsfelder.pdf import erstellen
from handlungsfelder.pdf.models import KonzeptPdf

from ..factories import BeschlussIndexPageFactory, BeschlussPageFactory, publish
from .worker import pdf_worker, queued


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what waits for the commit (the signal that queues a build), as a real request's commit does."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def render():
    """Counts the PDF renderings (all of them the worker's)."""
    with mock.patch.object(erstellen, "render_pdf", wraps=erstellen.render_pdf) as spy:
        yield spy


def reader_of(response) -> PdfReader:
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    return PdfReader(io.BytesIO(response.content))


def built(client, url: str = "/konzept.pdf") -> PdfReader:
    """The PDF after the worker has done what was queued."""
    pdf_worker()
    return reader_of(client.get(url))


def toc_text(reader: PdfReader) -> str:
    return reader.pages[1].extract_text()


def test_before_the_first_build_a_request_gets_a_short_german_page_and_queues_the_build(client, konzept):
    with mock.patch.object(erstellen, "render_pdf", side_effect=AssertionError("PDF in einer Anfrage erstellt")):
        response = client.get("/konzept.pdf")
        again = client.get("/konzept.pdf")
    assert response.status_code == 503 and response["Retry-After"] == "30"
    text = response.content.decode()
    assert "Das PDF wird erstellt" in text and "Traceback" not in text
    assert again.status_code == 503
    assert queued() == 1, "one build for both requests"
    assert pdf_worker() == 1
    assert reader_of(client.get("/konzept.pdf"))


def test_pdf_has_a_cover_a_toc_with_page_numbers_every_handlungsfeld_and_the_contact(client, konzept):
    publish(BeschlussPageFactory(parent=publish(BeschlussIndexPageFactory(parent=konzept.start))))
    client.get("/konzept.pdf")
    reader = built(client)
    cover = " ".join(reader.pages[0].extract_text().split())
    assert "IT-Konzept für die Schulen" in cover
    assert "Lesefassung, Stand " in cover, "no version recorded: a reading version of what is published"
    assert (
        "Beruht auf Version 1.0 (beschlossen am 05.08.2019, in Kraft ab 01.09.2019) und den seither veröffentlichten "
        "Änderungen." in cover
    ), "dated by the decision page"
    toc = toc_text(reader)
    for line in ("Netzwerk", "WLAN", "Umsetzungsplan", "Kontakt"):
        assert any(row.startswith(line) and row.rstrip()[-1].isdigit() for row in toc.splitlines()), line
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "WLAN in Turnhallen" in text and "Betrieb der WLAN-Controller" in text
    assert "Katharina Brandl" in reader.pages[-1].extract_text()
    assert f"Seite 2 von {len(reader.pages)}" in reader.pages[1].extract_text()


def test_after_a_publication_readers_get_the_last_pdf_at_once_and_the_worker_builds_the_new_one_once(
    client, konzept, committed, render
):
    client.get("/konzept.pdf")
    first = built(client)
    with committed():
        konzept.add_handlungsfeld(title="Datenschutz")
    with committed():
        konzept.add_handlungsfeld(title="Medienbildung")

    renderings = render.call_count
    stale = client.get("/konzept.pdf")
    assert render.call_count == renderings, "never rendered for a request"
    assert toc_text(reader_of(stale)) == toc_text(first), "the last built PDF, at once"
    assert "no-cache" in stale["Cache-Control"], "no cache keeps it past the build"

    fresh = built(client)
    assert render.call_count == renderings + 1, "two publications, one build"
    assert pdf_worker() == 0
    assert "Datenschutz" in toc_text(fresh) and "Medienbildung" in toc_text(fresh)
    response = client.get("/konzept.pdf")
    assert "no-cache" not in response.get("Cache-Control", "") and response["Last-Modified"]


def test_unpublishing_rebuilds_without_the_page_and_drafts_never_appear(client, konzept, committed):
    client.get("/konzept.pdf")
    assert "WLAN" in toc_text(built(client))
    with committed():
        konzept.wlan.unpublish()
    konzept.netzwerk.title = "Netzwerk (Entwurf)"
    konzept.netzwerk.save_revision()
    toc = toc_text(built(client))
    assert "WLAN" not in toc
    assert "Entwurf" not in toc and "Netzwerk" in toc


def test_a_failed_build_keeps_the_last_good_pdf_and_the_next_change_tries_again(client, konzept, committed):
    client.get("/konzept.pdf")
    last_good = built(client)
    with committed():
        konzept.add_handlungsfeld(title="Datenschutz")
    with mock.patch.object(erstellen, "render_pdf", side_effect=RuntimeError("WeasyPrint ohne Schriften")):
        pdf_worker()
    response = client.get("/konzept.pdf")
    assert toc_text(reader_of(response)) == toc_text(last_good)
    assert "no-cache" in response["Cache-Control"]
    assert KonzeptPdf.objects.get(konzeptversion=None).fehlgeschlagen_am is not None

    with committed():
        konzept.add_handlungsfeld(title="Medienbildung")
    assert "Datenschutz" in toc_text(built(client))


def test_a_failed_first_build_is_a_german_503_with_retry_after(client, konzept):
    client.get("/konzept.pdf")
    client.get("/en/konzept.pdf")
    with mock.patch.object(erstellen, "render_pdf", side_effect=OSError("kaputt")):
        pdf_worker()
    response = client.get("/konzept.pdf")
    assert response.status_code == 503 and int(response["Retry-After"]) > 0
    assert "PDF vorübergehend nicht verfügbar" in response.content.decode()
    assert "Traceback" not in response.content.decode()
    assert client.get("/en/konzept.pdf").status_code == 503


def test_the_build_command_builds_what_is_out_of_date(konzept, client):
    from django.core.management import call_command

    out = io.StringIO()
    call_command("pdf_erstellen", stdout=out)
    assert out.getvalue().startswith("1 aktuelle PDFs")
    call_command("pdf_erstellen", stdout=out)
    assert "0 aktuelle PDFs" in out.getvalue()
    assert reader_of(client.get("/konzept.pdf"))
