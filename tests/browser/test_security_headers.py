"""The enforced Content-Security-Policy breaks nothing: readers and editors go through the demo in Chromium, and the
browser reports no violation nor a Permissions-Policy error on the public site, in the admin or in wagtail-localize."""

from io import StringIO

from django.core.management import call_command
from django.urls import reverse

import pytest
from playwright.sync_api import expect

from handlungsfelder.models import HandlungsfeldPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "demo-passwort-browser"
PUBLIC_PAGES = [
    "/",
    "/handlungsfelder/wlan/",
    "/suche/?q=WLAN",
    "/umsetzung/",
    "/schulen/",
    "/versionen/",
    "/versionen/1.0/vergleich/2.0/",
    "/en/handlungsfelder/wlan/",
]


@pytest.fixture
def site(live_server, settings) -> str:
    settings.DEMO_PASSWORD = PASSWORD
    call_command("load_demo", stdout=StringIO())
    return live_server.url


def handlungsfeld(slug: str, language: str = "de") -> HandlungsfeldPage:
    return HandlungsfeldPage.objects.get(slug=slug, locale__language_code=language)


def log_in(page, site: str, username: str) -> None:
    page.goto(site + reverse("wagtailadmin_login"))
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(site + reverse("wagtailadmin_home"))


def edit(page, site: str, handlungsfeld: HandlungsfeldPage) -> None:
    page.goto(site + reverse("wagtailadmin_pages:edit", args=[handlungsfeld.pk]))
    page.wait_for_load_state("networkidle")


def open_tab(page, label: str):
    page.get_by_role("tab", name=label).click()
    return page.locator("[role=tabpanel]:visible")


def footer_action(page, label: str) -> None:
    footer = page.locator("footer")
    footer.get_by_role("button", name="Mehr Aktionen").click()
    footer.get_by_role("button", name=label).click()


def test_public_pages_raise_no_policy_violation(page, site, header_problems):
    for url in PUBLIC_PAGES:
        response = page.goto(site + url)
        assert response.ok, url
        assert "script-src 'none'" in response.headers["content-security-policy"]
    assert header_problems == []


def test_editor_edits_chooses_saves_and_submits_a_handlungsfeld_without_policy_violation(page, site, header_problems):
    log_in(page, site, "redaktion")
    edit(page, site, handlungsfeld("netzwerk"))
    for tab in page.get_by_role("tab").all():
        tab.click()

    panel = open_tab(page, "Allgemeines/Aktuelles")
    panel.locator(".public-DraftEditor-content").first.click()
    page.keyboard.type(" Im Browser ergänzt.")
    panel.get_by_role("button", name="Einen Block einfügen").first.click()
    page.get_by_role("option", name="Verweis auf Handlungsfeld").click()
    panel.get_by_role("button", name="Seite auswählen (Handlungsfeld)").first.click()
    chooser = page.locator(".modal-content")
    chooser.locator("input[name=q]").fill("WLAN")
    chooser.get_by_role("link", name="WLAN", exact=True).first.click()
    expect(panel.locator(".chooser__title").first).to_have_text("WLAN")

    panel = open_tab(page, "Umsetzungsplan")
    verantwortlich = panel.locator("[data-contentpath=verantwortlich]").first
    verantwortlich.get_by_role("button", name="Aktionen").click()
    page.locator("[data-tippy-root]").get_by_role("button", name="Anderes Akteur/Rolle-Objekt auswählen").click()
    page.locator(".modal-content").get_by_role("link", name="Schulleitung").click()
    expect(verantwortlich.locator(".chooser__title")).to_have_text("Schulleitung")

    page.locator("[data-side-panel-toggle=preview]").click()
    expect(page.frame_locator("#w-preview-iframe").locator("h1")).to_have_text("Netzwerk")

    footer_action(page, "Entwurf speichern")
    page.get_by_text("Seite ‚Netzwerk‘ wurde aktualisiert.").wait_for()
    open_tab(page, "Überblick").locator("[name=aenderungsgrund]").fill("Verweis auf das WLAN ergänzt.")
    page.locator("footer").get_by_role("button", name="Zur Prüfung einreichen (Arbeitsgruppe, dann Redaktion)").click()
    page.get_by_text("„Netzwerk“ wurde zur Prüfung eingereicht. Als Nächstes prüft die Arbeitsgruppe.").wait_for()

    assert handlungsfeld("netzwerk").current_workflow_task.name == "Prüfung Arbeitsgruppe"
    assert header_problems == []


def test_reviewer_approves_from_the_dashboard_through_the_workflow_modal_without_policy_violation(
    page, site, header_problems
):
    log_in(page, site, "arbeitsgruppe")
    page.locator("tr", has_text="WLAN").get_by_role("link", name="Prüfen").click()
    page.wait_for_load_state("networkidle")
    footer_action(page, "Freigeben")
    modal = page.locator(".modal-content")
    modal.locator("#id_comment").fill("In der Sitzung besprochen.")
    modal.get_by_role("button", name="Freigeben").click()
    page.get_by_text("Als Nächstes gibt die Redaktion frei.").wait_for()

    assert handlungsfeld("wlan").current_workflow_task.name == "Freigabe Redaktion"
    assert header_problems == []


def test_stammdaten_and_the_translation_editor_work_without_policy_violation(page, site, header_problems):
    log_in(page, site, "redaktion")
    page.get_by_role("button", name="Stammdaten").click()
    page.get_by_role("link", name="Akteure/Rollen").click()
    page.get_by_role("link", name="Schulleitung").wait_for()

    edit(page, site, handlungsfeld("wlan", "en"))
    for tab in page.get_by_role("tab").all():
        tab.click()
    page.get_by_role("tab", name="Überblick").click()
    page.get_by_role("button", name="Bearbeiten").nth(1).click()
    page.locator("textarea:visible").fill("Every classroom gets a fast, centrally managed WLAN.")
    page.get_by_role("button", name="Speichern").click()
    page.get_by_text("Every classroom gets a fast, centrally managed WLAN.").wait_for()
    with page.context.expect_page() as vorschau:
        page.get_by_role("link", name="Vorschau").click()
    vorschau.value.wait_for_load_state("networkidle")
    expect(vorschau.value.locator("h1")).to_have_text("WLAN")

    assert header_problems == []
