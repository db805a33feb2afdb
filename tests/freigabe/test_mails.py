"""The workflow mails through the real admin: reason, step, comments and absolute links on the configured address."""

from urllib.parse import urlsplit

from django.core import mail
from django.test import override_settings

from wagtail.models import Site
from wagtail.users.models import UserProfile

import pytest

from handlungsfelder.freigabe.rollen import ARBEITSGRUPPE, REDAKTION, SYSTEMBETREUER
from handlungsfelder.models import HandlungsfeldPage

from .helpers import ALTER_TEXT, make_simple, member, submit, workflow_action

NEUER_TEXT = ALTER_TEXT + " Ab 2027 erhalten auch die Turnhallen WLAN."
BASE_URL = "http://konzept.example:8001"
GRUND = "WLAN in Turnhallen aufgenommen"

pytestmark = pytest.mark.usefixtures("configured_base_url")


@pytest.fixture
def configured_base_url():
    with override_settings(WAGTAILADMIN_BASE_URL=BASE_URL):
        yield


@pytest.fixture
def team(db):
    return {
        "autorin": member("autorin", SYSTEMBETREUER),
        "arbeitsgruppe": member("arbeitsgruppe", ARBEITSGRUPPE),
        "redaktion": member("redaktion", REDAKTION),
    }


@pytest.fixture
def wlan(konzept):
    return make_simple(konzept.wlan)


def mail_to(username: str):
    messages = [m for m in mail.outbox if f"{username}@lra.example" in m.to]
    assert len(messages) == 1, [(m.to, m.subject) for m in mail.outbox]
    return messages[0]


def links(body: str) -> list[str]:
    return [word for word in body.split() if word.startswith("http")]


def assert_links_work(client, user, body: str) -> None:
    """Every admin link is on the configured address and answers the reviewer."""
    client.force_login(user)
    for link in links(body):
        parts = urlsplit(link)
        assert f"{parts.scheme}://{parts.netloc}" == BASE_URL, link
        assert client.get(parts.path).status_code == 200, link


def test_the_arbeitsgruppe_gets_reason_step_and_working_links(client, team, wlan):
    submit(client, team["autorin"], wlan, NEUER_TEXT, GRUND)

    message = mail_to("arbeitsgruppe")
    assert message.subject == "Zur Prüfung: „WLAN“ – Schritt 1 von 2: Prüfung Arbeitsgruppe"
    assert f"Änderungsgrund: {GRUND}" in message.body
    assert "Schritt 1 von 2: Prüfung Arbeitsgruppe, danach Freigabe Redaktion" in message.body
    assert "Vorgeschlagen von: autorin" in message.body
    assert "Vergleich mit der Live-Version: http://konzept.example:8001/admin/konzept/vorschlaege/" in message.body
    assert "localhost" not in message.body and "127.0.0.1" not in message.body
    assert_links_work(client, team["arbeitsgruppe"], message.body)
    assert not [m for m in mail.outbox if "redaktion@lra.example" in m.to]


def test_the_redaktion_gets_the_comment_of_step_one(client, team, wlan):
    submit(client, team["autorin"], wlan, NEUER_TEXT, GRUND)
    mail.outbox.clear()
    workflow_action(client, team["arbeitsgruppe"], wlan, "approve", comment="Fachlich geprüft, passt.")

    message = mail_to("redaktion")
    assert message.subject == "Zur Prüfung: „WLAN“ – Schritt 2 von 2: Freigabe Redaktion"
    assert "Schritt 2 von 2: Freigabe Redaktion, danach die Veröffentlichung" in message.body
    assert "Prüfung Arbeitsgruppe: freigegeben von arbeitsgruppe: „Fachlich geprüft, passt.“" in message.body
    assert f"Änderungsgrund: {GRUND}" in message.body
    assert_links_work(client, team["redaktion"], message.body)


def test_the_author_gets_the_request_for_changes_with_the_comment(client, team, wlan):
    submit(client, team["autorin"], wlan, NEUER_TEXT, GRUND)
    mail.outbox.clear()
    workflow_action(client, team["arbeitsgruppe"], wlan, "reject", comment="Bitte Kosten ergänzen.")

    message = mail_to("autorin")
    assert message.subject == "Änderungen angefordert: „WLAN“ (Prüfung Arbeitsgruppe)"
    assert "Kommentar: „Bitte Kosten ergänzen.“" in message.body
    assert f"Änderungsgrund: {GRUND}" in message.body
    assert "Schritt 1 von 2: Prüfung Arbeitsgruppe" in message.body
    assert_links_work(client, team["autorin"], message.body)


def test_the_author_gets_the_public_address_on_the_sites_host(client, team, wlan):
    Site.objects.filter(is_default_site=True).update(hostname="konzept.landkreis.example", port=443)
    submit(client, team["autorin"], wlan, NEUER_TEXT, GRUND)
    workflow_action(client, team["arbeitsgruppe"], wlan, "approve")
    mail.outbox.clear()
    workflow_action(client, team["redaktion"], wlan, "approve", comment="Freigegeben zur Sitzung.")

    message = mail_to("autorin")
    assert message.subject == "Veröffentlicht: „WLAN“"
    assert "Öffentliche Seite: https://konzept.landkreis.example/handlungsfelder/wlan/" in message.body
    assert "Freigabe Redaktion: freigegeben von redaktion: „Freigegeben zur Sitzung.“" in message.body
    assert f"Änderungsgrund: {GRUND}" in message.body
    assert HandlungsfeldPage.objects.get(pk=wlan.pk).live_revision_id != wlan.live_revision_id


def test_the_public_address_of_a_default_site_left_at_localhost_is_the_configured_one(client, team, wlan):
    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)
    submit(client, team["autorin"], wlan, NEUER_TEXT, GRUND)
    workflow_action(client, team["arbeitsgruppe"], wlan, "approve")
    mail.outbox.clear()
    workflow_action(client, team["redaktion"], wlan, "approve")

    body = mail_to("autorin").body
    assert "Öffentliche Seite: http://konzept.example:8001/handlungsfelder/wlan/" in body
    assert "localhost" not in body


def test_a_resubmission_mails_the_arbeitsgruppe_first_with_the_new_reason(client, team, wlan):
    submit(client, team["autorin"], wlan, NEUER_TEXT, GRUND)
    workflow_action(client, team["arbeitsgruppe"], wlan, "approve")
    workflow_action(client, team["redaktion"], wlan, "reject", comment="Bitte Kosten ergänzen.")
    mail.outbox.clear()
    submit(client, team["autorin"], wlan, NEUER_TEXT + " Kosten: 40.000 Euro.", "Kosten ergänzt")

    assert [m.to for m in mail.outbox] == [["arbeitsgruppe@lra.example"]]
    assert "Änderungsgrund: Kosten ergänzt" in mail.outbox[0].body
    assert "Schritt 1 von 2" in mail.outbox[0].subject


def test_a_reviewer_who_chose_english_gets_the_mail_in_english(client, team, wlan):
    profile = UserProfile.get_for_user(team["arbeitsgruppe"])
    profile.preferred_language = "en"
    profile.save()
    submit(client, team["autorin"], wlan, NEUER_TEXT, GRUND)

    message = mail_to("arbeitsgruppe")
    assert message.subject == "For review: “WLAN” – step 1 of 2: Prüfung Arbeitsgruppe"
    assert "Step 1 of 2: Prüfung Arbeitsgruppe, then Freigabe Redaktion" in message.body
