"""One frozen PDF per adopted concept version: built once in the background, never changed by later publications."""

import datetime
import io
from unittest import mock

from django.core import checks
from django.core.management import call_command
from django.test import override_settings

import pytest
from bs4 import BeautifulSoup
from django_tasks_db.models import DBTaskResult
from pypdf import PdfReader

from handlungsfelder.models import Konzeptversion
from handlungsfelder.pdf import erstellen

from ..client import count_queries
from ..freigabe.helpers import make_simple
from .worker import pdf_worker, queued


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def text_of(response) -> str:
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages).split())


def record_version(konzept, nummer: str = "1.0") -> Konzeptversion:
    return Konzeptversion.objects.create(
        konzept=konzept.start,
        nummer=nummer,
        beschlossen_am=datetime.date(2019, 8, 5),
        in_kraft_ab=datetime.date(2019, 9, 1),
    )


def test_a_recorded_version_gets_its_pdf_once_and_later_publications_leave_it_as_adopted(client, konzept, committed):
    make_simple(konzept.netzwerk, "Glasfaser bis in jedes Schulhaus.")
    with committed():
        record_version(konzept)
    assert queued() == 2, "the version's PDF, and the current one (the version list changed)"
    with mock.patch.object(erstellen, "render_pdf", wraps=erstellen.render_pdf) as render:
        pdf_worker()
        assert render.call_count == 2
        frozen = client.get("/versionen/1.0/konzept.pdf")
        with committed():
            make_simple(konzept.netzwerk, "Glasfaser und ein zweiter Anschluss.")
        pdf_worker()
        assert render.call_count == 3, "the current PDF again, the version's never"
    text = text_of(frozen)
    assert "Version 1.0, beschlossen am 05.08.2019, in Kraft ab 01.09.2019" in text
    assert "spätere Änderungen sind nicht enthalten" in text
    assert "Glasfaser bis in jedes Schulhaus." in text
    assert client.get("/versionen/1.0/konzept.pdf").content == frozen.content
    assert "Glasfaser und ein zweiter Anschluss." in text_of(client.get("/konzept.pdf"))
    version = Konzeptversion.objects.get(nummer="1.0")
    version.in_kraft_ab = datetime.date(2019, 10, 1)
    with committed():
        version.save()
    assert "in Kraft ab 01.09.2019" in text_of(client.get("/versionen/1.0/konzept.pdf")), "the last built, at once"
    pdf_worker()
    corrected = text_of(client.get("/versionen/1.0/konzept.pdf"))
    assert "in Kraft ab 01.10.2019" in corrected and "Glasfaser und ein zweiter Anschluss." not in corrected
    assert 'filename="' in frozen["Content-Disposition"] and "-version-1-0.pdf" in frozen["Content-Disposition"]


def cover_of(response) -> str:
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    return " ".join(PdfReader(io.BytesIO(response.content)).pages[0].extract_text().split())


def test_the_current_pdf_is_the_adopted_text_until_a_change_is_published_then_a_reading_version_on_it(
    client, konzept, committed
):
    with committed():
        record_version(konzept)
    pdf_worker()
    adopted = cover_of(client.get("/konzept.pdf"))
    assert "Lesefassung, Stand " in adopted
    assert (
        "Der Text der Version 1.0 (beschlossen am 05.08.2019, in Kraft ab 01.09.2019); seither wurde nichts geändert."
        in adopted
    )
    with committed():
        make_simple(konzept.netzwerk, "Glasfaser bis in jedes Schulhaus.")
    pdf_worker()
    changed = cover_of(client.get("/konzept.pdf"))
    assert f"Lesefassung, Stand {datetime.date.today():%d.%m.%Y}" in changed
    assert (
        "Beruht auf Version 1.0 (beschlossen am 05.08.2019, in Kraft ab 01.09.2019) und den seither "
        "veröffentlichten Änderungen." in changed
    )
    assert "Version 1.0, beschlossen am 05.08.2019" in cover_of(client.get("/versionen/1.0/konzept.pdf"))


def test_the_demo_has_one_frozen_pdf_per_adopted_version_built_by_the_worker_not_by_a_request(db, client, committed):
    def render(fassung) -> bytes:
        return f"%PDF-1.7 {fassung.version} eingefroren={fassung.eingefroren}".encode()

    with committed():
        call_command("load_demo", stdout=io.StringIO())
    nummern = list(Konzeptversion.objects.values_list("nummer", flat=True))
    assert len(nummern) >= 3
    queued_versions = DBTaskResult.objects.ready().filter(task_path="handlungsfelder.pdf.tasks.version_pdf")
    assert sorted(task.args_kwargs["args"][0] for task in queued_versions) == sorted(
        Konzeptversion.objects.values_list("pk", flat=True)
    )
    with mock.patch.object(erstellen, "render_pdf", side_effect=render) as rendered:
        assert client.get("/versionen/2.0/konzept.pdf").status_code == 503, "not built in the request"
        assert rendered.call_count == 0
        pdf_worker()
    for nummer in nummern:
        assert client.get(f"/versionen/{nummer}/konzept.pdf").content == f"%PDF-1.7 {nummer} eingefroren=True".encode()


def test_versions_list_and_archive_link_the_pdf_of_each_version(client, konzept):
    record_version(konzept, "1.0")
    record_version(konzept, "2.0")
    listing = BeautifulSoup(client.get("/versionen/").content, "html.parser")
    assert [a["href"] for a in listing.select("tbody a[download]")] == [
        "/versionen/2.0/konzept.pdf",
        "/versionen/1.0/konzept.pdf",
    ]
    archive = BeautifulSoup(client.get("/versionen/1.0/").content, "html.parser")
    assert archive.select_one(".archiv-hinweis a[download]")["href"] == "/versionen/1.0/konzept.pdf"


def test_a_version_pdf_before_its_build_is_being_prepared_and_an_unknown_version_is_404(client, konzept):
    record_version(konzept)  # inside the test's transaction: nothing queued yet (as after an upgrade)
    response = client.get("/versionen/1.0/konzept.pdf")
    assert response.status_code == 503 and "Das PDF wird erstellt" in response.content.decode()
    assert client.get("/versionen/7.7/konzept.pdf").status_code == 404
    assert client.get("/versionen/%3Cscript%3E/konzept.pdf").status_code == 404


@pytest.mark.parametrize(
    "tasks",
    [
        {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}},
        {
            "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
            "pdf": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
        },
    ],
    ids=["ohne-pdf-backend", "pdf-in-der-anfrage"],
)
def test_a_host_without_a_background_pdf_queue_is_told_by_check_e009(tasks):
    with override_settings(TASKS=tasks):
        errors = [message for message in checks.run_checks() if message.id == "handlungsfelder.E009"]
    assert len(errors) == 1 and "db_worker --backend pdf" in errors[0].hint


def test_the_pdf_views_run_at_most_ten_queries(client, konzept):
    record_version(konzept)
    call_command("pdf_erstellen", stdout=io.StringIO())
    assert count_queries(client, "/konzept.pdf") <= 10
    assert count_queries(client, "/versionen/1.0/konzept.pdf") <= 10


def test_the_build_command_rebuilds_frozen_pdfs_only_with_alle(konzept):
    record_version(konzept)

    def build(*args: str) -> str:
        out = io.StringIO()
        with mock.patch.object(erstellen, "render_pdf", return_value=b"%PDF-1.7"):
            call_command("pdf_erstellen", *args, stdout=out)
        return out.getvalue()

    assert "und 1 PDFs beschlossener Versionen" in build()
    assert "0 aktuelle PDFs und 0 PDFs beschlossener Versionen" in build(), "a frozen PDF is built once"
    assert "1 aktuelle PDFs und 1 PDFs beschlossener Versionen" in build("--alle"), "after a release that renders anew"


def test_a_page_restricted_when_the_version_is_recorded_is_in_neither_its_page_nor_its_pdf(client, konzept, committed):
    """A version records every live page, the view-restricted ones too; what the public reads of it leaves them out."""
    from wagtail.models import PageViewRestriction

    make_simple(konzept.netzwerk, "Nur für den Kreistag: Okapiversion.")
    PageViewRestriction.objects.create(page=konzept.netzwerk, restriction_type="password", password="x")
    with committed():
        record_version(konzept, "2.0")
    pdf_worker()
    seite = client.get("/versionen/2.0/").content.decode()
    assert "Okapiversion" not in seite and "WLAN" in seite
    pdf = text_of(client.get("/versionen/2.0/konzept.pdf"))
    assert "Okapiversion" not in pdf and "Flächendeckendes WLAN" in pdf
