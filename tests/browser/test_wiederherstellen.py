"""Restoring an earlier version in the German admin, in Chromium: from the page's header to "Frühere Fassungen", the
confirmation, and the editor with the Änderungsgrund already filled in; and from the public version page."""

import re

import pytest

from handlungsfelder.freigabe.rollen import ARBEITSGRUPPE, REDAKTION, SYSTEMBETREUER
from handlungsfelder.models import Aenderungsnotiz, HandlungsfeldPage

from ..freigabe.helpers import make_simple, member
from ..versionen.helpers import veroeffentlichen
from .axe import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ERSTE = "Alle Räume haben WLAN."
ZWEITE = "Alle Räume und die Turnhallen haben WLAN."


@pytest.fixture
def fassungen(konzept):
    team = {
        "systembetreuer": member("systembetreuer", SYSTEMBETREUER),
        "arbeitsgruppe": member("arbeitsgruppe", ARBEITSGRUPPE),
        "redaktion": member("redaktion", REDAKTION),
    }
    wlan = make_simple(konzept.wlan)
    v1 = veroeffentlichen(wlan, team["redaktion"], ERSTE, "Erste Fassung")
    v2 = veroeffentlichen(wlan, team["redaktion"], ZWEITE, "Turnhallen ergänzt")
    return {"page": HandlungsfeldPage.objects.get(pk=wlan.pk), "v1": v1, "v2": v2, **team}


def log_in(page, live_server, user) -> None:
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", "pw")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")


def screenshots(page, name: str) -> None:
    """The page as it is at 1366 px, then loaded again at 390 px (the admin lays out its sidebar on load)."""
    page.screenshot(path=f"/tmp/wiederherstellen-{name}-1366.png", full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    page.screenshot(path=f"/tmp/wiederherstellen-{name}-390.png", full_page=True)
    page.set_viewport_size({"width": 1366, "height": 900})
    page.reload()


def confirm_and_land_in_editor(page, wlan) -> str:
    """Click the confirmation's button; the editor opens with the success message and the prefilled reason."""
    with page.expect_navigation():
        page.locator("main form button[type=submit]", has_text="Diese Fassung wiederherstellen").click()
    assert page.url.endswith(f"/admin/pages/{wlan.pk}/edit/")
    assert "Jetzt zur Prüfung einreichen" in page.locator(".messages").inner_text()
    grund = page.locator("#id_aenderungsgrund").input_value()
    assert re.fullmatch(r"Wiederherstellung der Fassung vom \d\d\.\d\d\.\d{4}", grund), grund
    return grund


def test_from_the_header_to_the_editor_with_the_reason_filled_in(page, live_server, fassungen):
    wlan = fassungen["page"]
    page.set_viewport_size({"width": 1366, "height": 900})
    log_in(page, live_server, fassungen["systembetreuer"])
    page.goto(f"{live_server.url}/admin/pages/{wlan.pk}/edit/")
    page.get_by_role("button", name="Aktionen").first.click()
    with page.expect_navigation():
        page.get_by_role("link", name="Frühere Fassungen").click()
    rows = page.locator("table.konzept-fassungen tbody tr")
    assert rows.count() == 4  # the fixture's page, its simple text, v1, v2
    assert "aktueller Stand" in rows.nth(0).inner_text() and "Turnhallen ergänzt" in rows.nth(0).inner_text()
    screenshots(page, "liste")

    with page.expect_navigation():
        rows.filter(has_text="Erste Fassung").get_by_role("link", name="Diese Fassung wiederherstellen").click()
    main = page.locator("main").inner_text()
    assert "Erste Fassung" in main and "Was sich gegenüber der veröffentlichten Fassung ändert" in main
    assert page.locator(".konzept-diff del").first.inner_text() == "und die Turnhallen"
    screenshots(page, "bestaetigung")

    grund = confirm_and_land_in_editor(page, wlan)
    for width, height in ((1366, 900), (390, 844)):
        page.set_viewport_size({"width": width, "height": height})
        page.locator("#id_aenderungsgrund").scroll_into_view_if_needed()
        page.screenshot(path=f"/tmp/wiederherstellen-editor-{width}.png")
        page.reload()
        assert page.locator("#id_aenderungsgrund").input_value() == grund
    wlan = HandlungsfeldPage.objects.get(pk=wlan.pk)
    assert wlan.live_revision_id == fassungen["v2"].pk
    assert Aenderungsnotiz.objects.get(revision_id=wlan.latest_revision_id).text == grund


def test_from_the_public_version_page_of_a_logged_in_editor(page, live_server, fassungen):
    wlan = fassungen["page"]
    log_in(page, live_server, fassungen["redaktion"])
    page.goto(f"{live_server.url}/handlungsfelder/wlan/versionen/{fassungen['v1'].pk}/")
    link = page.locator(".archiv-hinweis").get_by_role("link", name="Diese Fassung wiederherstellen")
    screenshots(page, "oeffentlich")
    with page.expect_navigation():
        link.click()
    confirm_and_land_in_editor(page, wlan)

    page.context.clear_cookies()
    page.goto(f"{live_server.url}/handlungsfelder/wlan/versionen/{fassungen['v1'].pk}/")
    assert page.get_by_text("Diese Fassung wiederherstellen").count() == 0


def test_the_restore_pages_and_the_editors_public_history_pass_axe(browser, live_server, fassungen, axe_script):
    """The public history with the editor's links in full, and in the admin the content these views add."""
    context = browser.new_context(locale="de-DE", bypass_csp=True)
    page = context.new_page()
    wlan = fassungen["page"]
    log_in(page, live_server, fassungen["systembetreuer"])
    problems = {}
    page.goto(f"{live_server.url}/handlungsfelder/wlan/versionen/")
    assert page.get_by_role("link", name="Diese Fassung wiederherstellen").count() == 3
    problems["versionen"] = serious_violations(page, axe_script)
    screenshots(page, "versionen")
    for name, address in (
        ("liste", f"/admin/konzept/seiten/{wlan.pk}/fassungen/"),
        ("bestaetigung", f"/admin/konzept/seiten/{wlan.pk}/wiederherstellen/{fassungen['v1'].pk}/"),
    ):
        page.goto(live_server.url + address)
        page.add_script_tag(path=str(axe_script))
        violations = page.evaluate("async () => (await axe.run('.konzept-wiederherstellen')).violations")
        problems[name] = [v["id"] for v in violations if v["impact"] in ("serious", "critical")]
    context.close()
    assert problems == {"versionen": [], "liste": [], "bestaetigung": []}
