"""The approval workflow driven through Wagtail's editor in Chromium, at script speed: with autosave off nothing
races a submit or an approval (the three faults autosave caused: a refused submit that conflicts with itself, a
no-op draft after publication, an approval that sends the proposal back to step one)."""

import pytest

from handlungsfelder.models import Aenderungsnotiz, HandlungsfeldPage

from ..freigabe.helpers import make_simple, submit, workflow_action

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

NEUE_KURZBESCHREIBUNG = "Alle Unterrichtsräume und Turnhallen erhalten WLAN."


@pytest.fixture
def editor(page, live_server, konzept):
    """Log a user in through the admin's form and open WLAN's editor; records autosave requests."""
    wlan = make_simple(konzept.wlan)
    page.hintergrund = []

    def autosave(request) -> None:
        """Autosave posts the edit form in the background (editing-session pings are not saves)."""
        if request.method == "POST" and request.resource_type in ("fetch", "xhr") and "/edit/" in request.url:
            page.hintergrund.append(request.url)

    page.on("request", autosave)

    def open_as(user):
        page.context.clear_cookies()
        page.goto(live_server.url + "/admin/login/")
        page.fill("#id_username", user.username)
        page.fill("#id_password", "pw")
        page.click("button[type=submit]")
        page.wait_for_url("**/admin/")
        page.goto(f"{live_server.url}/admin/pages/{wlan.pk}/edit/")
        return page

    page.open_as = open_as
    page.wlan = wlan
    return page


EINREICHEN = "Zur Prüfung einreichen (Arbeitsgruppe, dann Redaktion)"


def submit_in_editor(page) -> None:
    """Submitting is the footer's main action, not hidden behind the arrow, and names both steps."""
    main = page.locator("footer nav.actions > .w-dropdown-button > button[name=action-submit]")
    assert main.inner_text().strip() == EINREICHEN
    with page.expect_navigation():
        main.click()


def approve_in_editor(page, comment: str = "") -> None:
    """The one approve action of a step: its dialog takes an optional comment."""
    page.click("footer .w-dropdown__toggle")
    page.click("footer button[data-workflow-action-name=approve]")
    modal = page.locator(".modal-content")
    if comment:
        modal.locator("#id_comment").fill(comment)
    with page.expect_navigation():
        modal.get_by_role("button", name="Freigeben").click()


def state(wlan) -> HandlungsfeldPage:
    return HandlungsfeldPage.objects.get(pk=wlan.pk)


def test_a_submit_refused_for_a_missing_reason_is_resubmitted_without_a_conflict(editor, team):
    page = editor.open_as(team["systembetreuer"])
    page.fill("#id_summary", NEUE_KURZBESCHREIBUNG)
    submit_in_editor(page)
    assert "Bitte geben Sie einen Änderungsgrund an" in page.inner_text("body")
    assert state(editor.wlan).current_workflow_state is None

    page.fill("#id_aenderungsgrund", "Turnhallen aufgenommen")
    submit_in_editor(page)
    body = page.inner_text("body")
    assert "anderen Fenster" not in body and "Bitte geben Sie" not in body
    wlan = state(editor.wlan)
    assert wlan.current_workflow_task.name == "Prüfung Arbeitsgruppe"
    assert wlan.current_workflow_task_state.revision_id == wlan.latest_revision_id
    assert Aenderungsnotiz.objects.get(revision_id=wlan.latest_revision_id).text == "Turnhallen aufgenommen"
    assert editor.hintergrund == []


def test_b_the_redaktions_approval_in_the_editor_publishes_and_leaves_no_draft(editor, team, client):
    submit(client, team["systembetreuer"], editor.wlan, "Alle Unterrichtsräume haben WLAN. Neu: Turnhallen.")
    workflow_action(client, team["arbeitsgruppe"], editor.wlan, "approve")
    page = editor.open_as(team["redaktion"])
    approve_in_editor(page)
    assert "Der Vorschlag ist veröffentlicht." in page.inner_text(".messages")
    page.goto(page.url)
    page.wait_for_timeout(2000)  # four times Wagtail's autosave interval

    wlan = state(editor.wlan)
    assert wlan.live and wlan.current_workflow_state is None
    assert wlan.latest_revision_id == wlan.live_revision_id and not wlan.has_unpublished_changes
    assert editor.hintergrund == []


def test_c_an_approval_right_after_a_fast_submit_moves_the_proposal_on(editor, team):
    page = editor.open_as(team["systembetreuer"])
    page.wait_for_timeout(1000)
    page.fill("#id_summary", NEUE_KURZBESCHREIBUNG)
    page.press("#id_summary", "Tab")
    page.wait_for_timeout(1500)  # long enough for Wagtail's autosave (every 500 ms) to save, if it were on
    page.fill("#id_aenderungsgrund", "Turnhallen aufgenommen")
    submit_in_editor(page)

    page = editor.open_as(team["arbeitsgruppe"])
    approve_in_editor(page, "Passt so.")
    assert "Als Nächstes gibt die Redaktion frei." in page.inner_text(".messages")
    wlan = state(editor.wlan)
    assert wlan.current_workflow_task.name == "Freigabe Redaktion"

    page = editor.open_as(team["redaktion"])
    panel = page.inner_text("body")
    assert "Turnhallen aufgenommen" in panel and "keiner angegeben" not in panel
    page.goto(page.url.split("/admin/")[0] + "/admin/")
    assert "„Passt so.“" in page.inner_text("[id^=konzept-zu-pruefen]")
    assert editor.hintergrund == []
