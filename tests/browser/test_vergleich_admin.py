"""The proposal comparison in the German admin in Chromium: the Arbeitsgruppe goes from its dashboard to the diff,
the Redaktion prints the handout; both readable at desktop and phone width, without serious axe findings."""

from django.urls import reverse

import pytest

from handlungsfelder.models import HandlungsfeldPage

from ..factories import SitzungIndexPageFactory, SitzungPageFactory, in_tagen, publish
from ..freigabe import vorschlag as vergleich
from ..freigabe.helpers import edit_url
from .axe import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

BREITEN = {"desktop": (1366, 900), "telefon": (390, 844)}


@pytest.fixture
def team(db):
    return vergleich.team_members()


@pytest.fixture
def vorschlag(client, konzept, team):
    return vergleich.submit_proposal(client, konzept, team["autorin"])


def log_in(browser, live_server, user, breite: str):
    width, height = BREITEN[breite]
    context = browser.new_context(locale="de-DE", viewport={"width": width, "height": height}, bypass_csp=True)
    page = context.new_page()
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", "pw")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    return page


@pytest.mark.parametrize("breite", BREITEN)
def test_the_arbeitsgruppe_opens_the_comparison_from_its_dashboard(
    browser, live_server, team, vorschlag, axe_script, breite
):
    page = log_in(browser, live_server, team["arbeitsgruppe"], breite)
    page.locator("[id^=konzept-zu-pruefen]").get_by_role("link", name="Vergleich mit Live-Version").click()
    page.wait_for_url("**/vergleich/**")

    assert page.locator("h1").inner_text().startswith("Vergleich mit Live-Version")
    assert "Neu: auch die Turnhallen." in page.locator(".konzept-vergleich ins").all_inner_texts()
    assert "umgesetzt" in page.locator(".konzept-vergleich ins").all_inner_texts()
    assert "in Umsetzung" in page.locator(".konzept-vergleich del").all_inner_texts()
    assert vergleich.GRUND in page.locator(".konzept-vergleich__kopf").inner_text()
    assert vergleich.UNVERAENDERT not in page.locator("main").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= BREITEN[breite][0]
    page.screenshot(path=f"/tmp/vergleich-admin-{breite}.png", full_page=True)
    assert serious_violations(page, axe_script) == []

    page.get_by_role("link", name="Ganzen Text zeigen, auch Unverändertes").click()
    page.wait_for_url("**vollstaendig=1")
    assert vergleich.UNVERAENDERT in page.locator("main").inner_text()
    page.screenshot(path=f"/tmp/vergleich-vollstaendig-{breite}.png", full_page=True)

    page.get_by_role("link", name="Seite bearbeiten oder prüfen").click()
    page.wait_for_url(f"**{edit_url(vorschlag)}")
    notice = page.locator(".messages").get_by_role("link", name="Vergleich mit Live-Version")
    notice.wait_for(state="visible")
    page.wait_for_timeout(600)  # the admin slides its messages in
    page.screenshot(path=f"/tmp/vergleich-editor-{breite}.png")


@pytest.mark.parametrize("breite", BREITEN)
def test_the_handout_shows_each_proposals_changes(browser, live_server, konzept, team, vorschlag, breite):
    index = publish(SitzungIndexPageFactory(parent=konzept.start))
    sitzung = publish(SitzungPageFactory(parent=index, title="20. Sitzung der Arbeitsgruppe", datum=in_tagen(7)))
    page = log_in(browser, live_server, team["redaktion"], breite)
    page.goto(live_server.url + reverse("handlungsfelder_sitzung_vorbereiten", args=[sitzung.pk]))
    page.get_by_role("button", name="Wartende Vorschläge übernehmen").click()
    page.wait_for_load_state()
    assert page.get_by_role("link", name="Vergleich mit Live-Version").count() == 1

    page.goto(live_server.url + reverse("handlungsfelder_tagesordnung_drucken", args=[sitzung.pk]))
    section = page.locator("section.vorschlag")
    assert section.count() == 1
    assert "Neu: auch die Turnhallen." in section.locator("ins").all_inner_texts()
    assert vergleich.GRUND in section.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= BREITEN[breite][0]
    page.screenshot(path=f"/tmp/vergleich-druck-{breite}.png", full_page=True)
    if breite == "desktop":
        page.emulate_media(media="print")
        page.set_viewport_size({"width": 794, "height": 1123})
        page.screenshot(path="/tmp/vergleich-druck-a4.png", full_page=True)
    assert HandlungsfeldPage.objects.get(pk=vorschlag.pk).current_workflow_task_state is not None
