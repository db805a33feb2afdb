"""The German admin says what happens: the submit action, the confirmations naming the next step, one approve action
per step, cancelling only for the author and the Redaktion, the dashboard's plurals and comments, the login."""

import json

from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from handlungsfelder.freigabe.rollen import ARBEITSGRUPPE, REDAKTION, SYSTEMBETREUER
from handlungsfelder.models import HandlungsfeldPage

from ..factories import SitzungIndexPageFactory, SitzungPageFactory, in_tagen, publish
from .helpers import ALTER_TEXT, edit_url, make_simple, member, simple_handlungsfeld_form, submit, workflow_action

NEUER_TEXT = ALTER_TEXT + " Ab 2027 erhalten auch die Turnhallen WLAN."


@pytest.fixture
def team(db):
    return {
        "systembetreuer": member("systembetreuer", SYSTEMBETREUER),
        "arbeitsgruppe": member("arbeitsgruppe", ARBEITSGRUPPE),
        "redaktion": member("redaktion", REDAKTION),
        "redaktion2": member("redaktion2", REDAKTION),
    }


@pytest.fixture
def wlan(konzept):
    return make_simple(konzept.wlan)


def page_soup(client, url: str) -> BeautifulSoup:
    return BeautifulSoup(client.get(url).content, "html.parser")


def messages_after(client, response) -> str:
    return page_soup(client, response["Location"]).select_one(".messages").get_text(" ", strip=True)


def action_labels(client, page) -> list[str]:
    """The editor's footer actions in their order, the main action first."""
    footer = page_soup(client, edit_url(page)).select_one("footer nav.actions")
    return [button.get_text(" ", strip=True) for button in footer.select("button:not(.w-dropdown__toggle)")]


def approve_in_editor(client, user, page, form: dict, comment: str = ""):
    """The editor's "Freigeben" with the form as it was submitted, the comment from the action's dialog."""
    client.force_login(user)
    extra = json.dumps({"comment": comment})
    return client.post(
        edit_url(page),
        {**form, "action-workflow-action": "1", "workflow-action-name": "approve", "workflow-action-extra-data": extra},
    )


def test_submitting_is_the_main_action_and_names_both_steps(client, team, wlan):
    client.force_login(team["systembetreuer"])
    labels = action_labels(client, wlan)
    assert labels[0] == "Zur Prüfung einreichen (Arbeitsgruppe, dann Redaktion)"
    assert "Entwurf speichern" in labels[1:]
    assert not any("In Freigabe IT-Konzept einreichen" in label for label in labels)


def test_each_confirmation_says_which_step_comes_next(client, team, wlan):
    form = simple_handlungsfeld_form(wlan, NEUER_TEXT, "Turnhallen ergänzt")
    client.force_login(team["systembetreuer"])
    submitted = messages_after(client, client.post(edit_url(wlan), {**form, "action-submit": "1"}))
    assert "„WLAN“ wurde zur Prüfung eingereicht. Als Nächstes prüft die Arbeitsgruppe." in submitted
    assert "Moderation" not in submitted

    step_1 = messages_after(client, approve_in_editor(client, team["arbeitsgruppe"], wlan, form, "Passt so."))
    assert "Als Nächstes gibt die Redaktion frei." in step_1

    step_2 = messages_after(client, approve_in_editor(client, team["redaktion"], wlan, form))
    assert "Der Vorschlag ist veröffentlicht." in step_2
    assert HandlungsfeldPage.objects.get(pk=wlan.pk).current_workflow_state is None


def test_a_reviewer_is_offered_one_approve_action_beside_the_request_for_changes(client, team, wlan):
    submit(client, team["systembetreuer"], wlan, NEUER_TEXT)
    client.force_login(team["arbeitsgruppe"])
    labels = action_labels(client, wlan)
    assert labels.count("Freigeben") == 1 and "Änderungen anfordern" in labels
    assert not any("Kommentar" in label for label in labels)
    # The comment stays optional: approving without one moves the proposal on.
    assert workflow_action(client, team["arbeitsgruppe"], wlan, "approve").status_code == 302
    assert HandlungsfeldPage.objects.get(pk=wlan.pk).current_workflow_task.name == "Freigabe Redaktion"


def test_only_the_author_and_the_redaktion_may_cancel_the_workflow(client, team, wlan):
    submit(client, team["systembetreuer"], wlan, NEUER_TEXT)
    client.force_login(team["arbeitsgruppe"])
    assert "Workflow abbrechen" not in " ".join(action_labels(client, wlan))
    forged = client.post(edit_url(wlan), simple_handlungsfeld_form(wlan, NEUER_TEXT, **{"action-cancel-workflow": "1"}))
    assert "brechen nur der Autor des Vorschlags oder die Redaktion ab" in messages_after(client, forged)
    assert HandlungsfeldPage.objects.get(pk=wlan.pk).current_workflow_state is not None

    client.force_login(team["systembetreuer"])
    assert "Workflow abbrechen" in action_labels(client, wlan)
    # During step 1 the page is locked for the Redaktion; in its own step it may cancel.
    workflow_action(client, team["arbeitsgruppe"], wlan, "approve")
    client.force_login(team["redaktion"])
    assert "Workflow abbrechen" in action_labels(client, wlan)


def test_redaktion_reads_the_arbeitsgruppes_comment_on_its_dashboard(client, team, wlan):
    submit(client, team["systembetreuer"], wlan, NEUER_TEXT)
    workflow_action(client, team["arbeitsgruppe"], wlan, "approve", comment="Kosten sind abgestimmt.")
    client.force_login(team["redaktion"])
    panel = page_soup(client, reverse("wagtailadmin_home")).select_one("[id^=konzept-zu-pruefen]")
    text = panel.get_text(" ", strip=True)
    assert "Prüfung Arbeitsgruppe: freigegeben von arbeitsgruppe" in text
    assert "„Kosten sind abgestimmt.“" in text


def test_dashboard_panels_load_the_css_that_keeps_words_whole(client, team, wlan):
    submit(client, team["systembetreuer"], wlan, NEUER_TEXT)
    client.force_login(team["arbeitsgruppe"])
    dashboard = page_soup(client, reverse("wagtailadmin_home"))
    assert dashboard.select_one('link[href*="handlungsfelder/css/admin-dashboard.css"]') is not None
    assert dashboard.select_one("table.konzept-dashboard .konzept-datum") is not None
    # on a phone the column names stand in each cell (admin-dashboard.css)
    assert [td["data-label"] for td in dashboard.select("table.konzept-dashboard td[data-label]")] == [
        "Schritt",
        "Eingereicht von",
        "Änderungsgrund",
    ]


def test_taking_one_proposal_onto_the_agenda_says_it_in_the_singular(client, team, wlan, konzept):
    submit(client, team["systembetreuer"], wlan, NEUER_TEXT)
    index = publish(SitzungIndexPageFactory(parent=konzept.start))
    sitzung = publish(SitzungPageFactory(parent=index, datum=in_tagen(0)))
    client.force_login(team["redaktion"])
    url = reverse("handlungsfelder_sitzung_vorbereiten", args=[sitzung.pk])
    response = client.post(url, {"uebernehmen": "1"})
    assert "1 wartender Vorschlag auf die Tagesordnung übernommen." in messages_after(client, response)

    beratung = sitzung.vorschlagsberatungen.get()
    response = client.post(url, {"ergebnisse": "1", f"b{beratung.pk}-ergebnis": "angenommen"})
    assert "1 Ergebnis eingetragen." in messages_after(client, response)


def test_the_admin_login_is_german_and_names_the_site(client, db):
    login = page_soup(client, reverse("wagtailadmin_login"))
    assert login.h1.get_text(strip=True) == "Anmelden beim IT-Konzept der Schulen"
    labels = [label.get_text(strip=True) for label in login.select("label.w-field__label")]
    assert labels == ["Benutzername*", "Passwort*"]
    assert "Wagtail" not in login.title.get_text()


def test_admin_avatars_come_from_the_sites_own_static_files(client, team):
    client.force_login(team["redaktion"])
    dashboard = page_soup(client, reverse("wagtailadmin_home"))
    avatars = [img["src"] for img in dashboard.select("img.avatar, .avatar img")]
    assert avatars and all(src.startswith("/static/wagtailadmin/images/default-user-avatar") for src in avatars)


def test_the_admin_stays_german_for_a_fresh_user_with_an_english_browser(client, team):
    login = BeautifulSoup(client.get(reverse("wagtailadmin_login"), HTTP_ACCEPT_LANGUAGE="en").content, "html.parser")
    assert login.html["lang"] == "de" and "Passwort" in login.get_text()
    client.force_login(member("neu", SYSTEMBETREUER))
    dashboard = BeautifulSoup(
        client.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="en").content, "html.parser"
    )
    assert dashboard.html["lang"] == "de" and "Benutzerkonto" in dashboard.get_text()
