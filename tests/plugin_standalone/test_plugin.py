"""The plugin runs in another Wagtail project that only adds it to INSTALLED_APPS and urls."""

import ast
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.urls import reverse

from wagtail.models import Page, Site

import pytest
from bs4 import BeautifulSoup

from handlungsfelder.freigabe.rollen import ARBEITSGRUPPE, REDAKTION, SYSTEMBETREUER
from handlungsfelder.models import HandlungsfeldIndexPage, HandlungsfeldPage, KonzeptStartPage

from ..freigabe.helpers import member, public_text, release_in_two_steps, submit
from ..pdf.worker import pdf_worker

PLUGIN_DIR = Path(__file__).resolve().parents[2] / "handlungsfelder"
HOST_PACKAGES = {"pages", "itkonzept", "site", "tests", "demo"}


def test_plugin_source_imports_nothing_from_the_host_site():
    offenders = []
    for path in PLUGIN_DIR.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            offenders += [f"{path.name}: {name}" for name in names if name.split(".")[0] in HOST_PACKAGES]
    assert offenders == []


def test_this_project_really_has_no_host_apps():
    assert "pages" not in settings.INSTALLED_APPS
    assert not any(app.startswith(("itkonzept", "demo")) for app in settings.INSTALLED_APPS)


def test_this_project_meets_the_plugins_system_checks():
    call_command("check", "--fail-level", "WARNING")


@pytest.mark.django_db
def test_installing_the_plugin_brings_no_demo_no_legal_pages_and_no_accounts():
    with pytest.raises(CommandError, match="Unknown command"):
        call_command("load_demo")
    assert not get_user_model().objects.exists()
    assert not Page.objects.filter(slug__in=["impressum", "datenschutz", "barrierefreiheit"]).exists()
    assert not any(model._meta.model_name == "contentpage" for model in apps.get_models())


@pytest.fixture
def concept(db):
    start = KonzeptStartPage(
        title="IT-Konzept der Gemeinde Musterdorf",
        slug="musterdorf",
        intro="<p>Für die Grund- und Mittelschulen der Gemeinde.</p>",
        version="1.0",
        in_kraft_seit="2024-09-01",
    )
    Page.get_first_root_node().add_child(instance=start)
    Site.objects.update(root_page=start)
    index = HandlungsfeldIndexPage(title="Handlungsfelder", slug="handlungsfelder")
    start.add_child(instance=index)
    wlan = HandlungsfeldPage(
        title="WLAN",
        slug="wlan",
        summary="WLAN in allen Klassenzimmern.",
        allgemeines=[{"type": "paragraph", "value": "<p>Jede Schule erhält WLAN.</p>"}],
    )
    index.add_child(instance=wlan)
    for page in (start, index, wlan):
        page.save_revision().publish()
    return start


def test_plugin_pages_render_in_the_plugins_own_layout(client, concept):
    response = client.get("/handlungsfelder/wlan/")
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.html["lang"] == "de"
    assert page.select_one("header .site-name a").get_text() == "IT-Konzept der Gemeinde Musterdorf"
    headings = [h.get_text(" ", strip=True) for h in page.select("section.konzept-teil > h2")]
    assert headings == ["1. Allgemeines/Aktuelles", "2. Umsetzungsplan", "3. Betriebsmodell", "4. Zuständigkeiten"]
    assert "Jede Schule erhält WLAN." in page.find("main").get_text()
    assert client.get("/").status_code == 200
    assert client.get("/handlungsfelder/").status_code == 200


def test_plugin_pages_can_be_created_in_this_projects_admin(client, concept):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(admin)
    index = HandlungsfeldIndexPage.objects.get()
    response = client.get(reverse("wagtailadmin_pages:add", args=["handlungsfelder", "handlungsfeldpage", index.pk]))
    assert response.status_code == 200
    assert "Umsetzungsplan" in response.content.decode()


def test_plugin_views_work_in_this_project(client, concept):
    for url in ("/suche/?q=WLAN", "/schulen/", "/umsetzung/", "/abonnieren/"):
        assert client.get(url).status_code == 200, url
    assert client.get("/konzept.pdf").status_code == 503, "queued, built by this project's worker"
    assert pdf_worker("hintergrund") == 1
    pdf = client.get("/konzept.pdf")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    page = BeautifulSoup(client.get("/suche/?q=WLAN").content, "html.parser")
    assert [h.get_text(strip=True) for h in page.select(".suchergebnis h3")] == ["WLAN"]


def test_open_data_work_in_this_project_with_the_default_licence(client, concept):
    daten = client.get("/api/v2/pages/").json()
    assert daten["lizenz"]["kennung"] == "dl-de/by-2-0"
    assert [seite["titel"] for seite in daten["seiten"]] == [
        "IT-Konzept der Gemeinde Musterdorf",
        "Handlungsfelder",
        "WLAN",
    ]
    wlan = client.get(daten["seiten"][2]["api_url"]).json()
    assert wlan["teile"][0]["bloecke"][0]["text"] == "Jede Schule erhält WLAN."
    assert client.get("/umsetzung/massnahmen.csv").content.startswith(b"\xef\xbb\xbf")
    assert client.get("/umsetzung/massnahmen.xlsx").status_code == 200


def test_stored_addresses_follow_a_change_of_the_site(client, concept):
    """Without a host's page cache, too: the addresses stored with the frame are renewed when the site changes."""
    page = BeautifulSoup(client.get("/suche/?q=WLAN").content, "html.parser")
    assert page.select_one("header .site-name a")["href"] == "/"
    assert page.select_one(".suchergebnis h3 a")["href"] == "/handlungsfelder/wlan/"
    site = Site.objects.get()
    site.root_page = Page.get_first_root_node()
    site.save()
    page = BeautifulSoup(client.get("/suche/?q=WLAN").content, "html.parser")
    assert page.select_one("header .site-name a")["href"] == "/musterdorf/"
    assert page.select_one(".suchergebnis h3 a")["href"] == "/musterdorf/handlungsfelder/wlan/"


def test_a_proposal_goes_public_after_both_approvals_in_this_project(client, concept):
    autor, pruefer, redaktion = (
        member("sb", SYSTEMBETREUER),
        member("ag", ARBEITSGRUPPE),
        member("red", REDAKTION),
    )
    wlan = HandlungsfeldPage.objects.get(slug="wlan")
    submit(client, autor, wlan, "Auch die Turnhallen erhalten WLAN.")
    assert HandlungsfeldPage.objects.get(pk=wlan.pk).current_workflow_task.name == "Prüfung Arbeitsgruppe"
    assert "Turnhallen" not in public_text(client, "/handlungsfelder/wlan/")

    release_in_two_steps(client, pruefer, redaktion, wlan, "Auch die Turnhallen erhalten WLAN.")
