"""The German admin's labels in Chromium: the submit confirmation names the next step, the Arbeitsgruppe has one
approve action and no cancel, a meeting's edit page shows its agenda link at the top, a public page offers a
logged-in editor "Im Admin bearbeiten", on a desktop and on a phone."""

import pytest

from ..factories import SitzungIndexPageFactory, SitzungPageFactory, in_tagen, publish
from ..freigabe.helpers import make_simple, submit
from .axe import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}


def anmelden(page, live_server, user, groesse=DESKTOP):
    """Log a user in through the admin's form, as a person does."""
    page.set_viewport_size(groesse)
    page.context.clear_cookies()
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", "pw")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    return page


def footer_actions(page) -> list[str]:
    """Every action of the editor's footer, the main one and those behind its arrow."""
    page.click("footer .w-dropdown__toggle")
    return [text.strip() for text in page.locator("footer nav.actions button, footer nav.actions a").all_inner_texts()]


def test_submitting_in_the_editor_confirms_that_the_arbeitsgruppe_checks_next(page, live_server, konzept, team):
    wlan = make_simple(konzept.wlan)
    page = anmelden(page, live_server, team["systembetreuer"])
    page.goto(f"{live_server.url}/admin/pages/{wlan.pk}/edit/")
    page.fill("#id_summary", "Alle Unterrichtsräume und Turnhallen erhalten WLAN.")
    page.fill("#id_aenderungsgrund", "Turnhallen aufgenommen")
    with page.expect_navigation():
        page.click("footer nav.actions > .w-dropdown-button > button[name=action-submit]")
    assert "Als Nächstes prüft die Arbeitsgruppe." in page.inner_text(".messages")


def test_the_arbeitsgruppe_has_one_approve_action_and_no_cancel(page, live_server, konzept, team, client):
    wlan = make_simple(konzept.wlan)
    submit(client, team["systembetreuer"], wlan, "Alle Unterrichtsräume haben WLAN. Neu: Turnhallen.")
    page = anmelden(page, live_server, team["arbeitsgruppe"])
    page.goto(f"{live_server.url}/admin/pages/{wlan.pk}/edit/")
    actions = footer_actions(page)
    assert page.locator("footer button[data-workflow-action-name=approve]").count() == 1
    assert not [action for action in actions if "abbrechen" in action.lower()], actions
    assert page.locator("footer button[name=action-cancel-workflow]").count() == 0


@pytest.mark.parametrize("groesse", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_the_meeting_edit_page_shows_the_agenda_link_at_its_top(page, live_server, konzept, team, groesse):
    index = publish(SitzungIndexPageFactory(parent=konzept.start))
    sitzung = publish(SitzungPageFactory(parent=index, title="20. Sitzung der Arbeitsgruppe", datum=in_tagen(7)))
    page = anmelden(page, live_server, team["redaktion"], groesse)
    page.goto(f"{live_server.url}/admin/pages/{sitzung.pk}/edit/")
    link = page.locator("#page-edit-form a", has_text="Tagesordnung und Ergebnisse")
    assert link.is_visible()  # without opening the header's "…" menu
    box = link.bounding_box()
    assert box["y"] + box["height"] <= groesse["height"] and box["x"] + box["width"] <= groesse["width"]
    assert "Keine wartenden Vorschläge" in link.locator("xpath=ancestor::section[1]").inner_text()
    with page.expect_navigation():
        link.click()
    assert "Tagesordnung" in page.title()

    page = anmelden(page, live_server, team["systembetreuer"], groesse)
    page.goto(f"{live_server.url}/admin/pages/{sitzung.pk}/edit/")
    assert page.locator("#page-edit-form a", has_text="Tagesordnung und Ergebnisse").count() == 0


@pytest.mark.parametrize("groesse", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_a_logged_in_editor_reads_im_admin_bearbeiten_on_the_public_page(
    page, live_server, konzept, team, groesse, header_problems
):
    page = anmelden(page, live_server, team["redaktion"], groesse)
    page.goto(live_server.url + konzept.wlan.url)
    link = page.get_by_role("link", name="Im Admin bearbeiten")
    assert link.is_visible()
    box = link.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= groesse["width"]
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    with page.expect_navigation():
        link.click()
    assert page.url.endswith(f"/admin/pages/{konzept.wlan.pk}/edit/")

    page.context.clear_cookies()
    page.goto(live_server.url + konzept.wlan.url)
    assert page.get_by_role("link", name="Im Admin bearbeiten").count() == 0
    assert header_problems == []


def test_the_public_page_with_the_edit_link_has_no_serious_axe_violations(
    browser, live_server, konzept, team, axe_script
):
    context = browser.new_context(locale="de-DE", bypass_csp=True)
    page = anmelden(context.new_page(), live_server, team["redaktion"], PHONE)
    page.goto(live_server.url + konzept.wlan.url)
    assert page.get_by_role("link", name="Im Admin bearbeiten").is_visible()
    assert serious_violations(page, axe_script) == []
    context.close()
