"""Restoring a published version: a new draft with the old text and a prefilled change note, through both steps
of the approval; refused while a proposal is open, for other pages' revisions, drafts and those who may not edit;
never a link for the public."""

import datetime

from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale, PageLogEntry, Revision

import pytest
from bs4 import BeautifulSoup

from handlungsfelder.models import Aenderungsnotiz, HandlungsfeldPage, Konzeptversion, Veroeffentlichung
from handlungsfelder.sprachen.uebersetzung import uebersetzen
from handlungsfelder.versionen.wiederherstellen import version_bezeichnung

from ..client import count_queries, soup
from ..freigabe.helpers import (
    edit_url,
    make_simple,
    public_text,
    simple_handlungsfeld_form,
    submit,
    workflow_action,
)
from .helpers import veroeffentlichen

ERSTE = "Alle Räume haben WLAN."
ZWEITE = "Alle Räume und die Turnhallen haben WLAN."


@pytest.fixture
def fassungen(konzept, team):
    """WLAN published as v1 (with concept version 1.0 recorded) and then as v2, under another title."""
    wlan = make_simple(konzept.wlan)
    v1 = veroeffentlichen(wlan, team["redaktion"], ERSTE, "Erste Fassung")
    Konzeptversion.objects.create(
        konzept=konzept.start,
        nummer="1.0",
        beschlossen_am=datetime.date(2026, 1, 1),
        in_kraft_ab=datetime.date(2026, 2, 1),
    )
    v2 = veroeffentlichen(wlan, team["redaktion"], ZWEITE, "Turnhallen ergänzt", title="WLAN und Turnhallen")
    return {"page": HandlungsfeldPage.objects.get(pk=wlan.pk), "v1": v1, "v2": v2}


def url(page, revision) -> str:
    return reverse("handlungsfelder_wiederherstellen", args=[page.pk, revision.pk])


def datum(revision) -> str:
    return timezone.localtime(Veroeffentlichung.objects.get(revision=revision).veroeffentlicht_am).strftime("%d.%m.%Y")


def text_of(response) -> str:
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


def aenderungsgrund_im_editor(client, page) -> str:
    return soup(client, edit_url(page)).find("textarea", attrs={"name": "aenderungsgrund"}).get_text().strip()


def test_confirmation_names_the_version_its_note_and_what_changes(client, fassungen, team):
    client.force_login(team["systembetreuer"])
    page = soup(client, url(fassungen["page"], fassungen["v1"]))
    text = page.find("main").get_text(" ", strip=True)
    assert f"Fassung vom {datum(fassungen['v1'])}" in text
    assert "Version 1.0" in text and "Erste Fassung" in text
    assert "Was sich gegenüber der veröffentlichten Fassung ändert" in text
    deleted = [d.get_text() for d in page.select(".konzept-diff del")]
    assert deleted == ["und Turnhallen", "und die Turnhallen"]
    assert f"Wiederherstellung der Fassung vom {datum(fassungen['v1'])} (Version 1.0)" in text
    assert page.find("button", string="Diese Fassung wiederherstellen")


def test_restoring_v1_makes_a_draft_with_v1s_text_and_leaves_v2_live(client, fassungen, team):
    wlan = fassungen["page"]
    client.force_login(team["systembetreuer"])
    response = client.post(url(wlan, fassungen["v1"]), follow=True)

    assert response.redirect_chain[-1][0] == edit_url(wlan)
    assert "Jetzt zur Prüfung einreichen" in text_of(response)
    wlan = HandlungsfeldPage.objects.get(pk=wlan.pk)
    assert wlan.live_revision_id == fassungen["v2"].pk
    draft = wlan.get_latest_revision()
    assert draft.pk not in (fassungen["v1"].pk, fassungen["v2"].pk)
    restored, v1 = draft.as_object(), fassungen["v1"].as_object()
    assert restored.title == v1.title == "WLAN"
    assert restored.allgemeines.raw_data[0]["value"] == f"<p>{ERSTE}</p>"
    assert restored.slug == "wlan"
    note = f"Wiederherstellung der Fassung vom {datum(fassungen['v1'])} (Version 1.0)"
    assert Aenderungsnotiz.objects.get(revision=draft).text == note
    log = PageLogEntry.objects.get(revision=draft)
    assert log.action == "wagtail.revert" and log.data["revision"]["id"] == fassungen["v1"].pk
    assert aenderungsgrund_im_editor(client, wlan) == note
    assert ZWEITE in public_text(Client(), "/handlungsfelder/wlan/")


def test_the_restored_draft_goes_through_both_steps_and_the_history_lists_it(client, fassungen, team):
    wlan = fassungen["page"]
    client.force_login(team["systembetreuer"])
    client.post(url(wlan, fassungen["v1"]))
    note = aenderungsgrund_im_editor(client, wlan)
    assert note.startswith("Wiederherstellung der Fassung vom")

    wlan = HandlungsfeldPage.objects.get(pk=wlan.pk)
    restored = wlan.get_latest_revision_as_object()
    assert submit(client, team["systembetreuer"], restored, ERSTE, aenderungsgrund=note).status_code == 302
    assert ZWEITE in public_text(client, "/handlungsfelder/wlan/")
    assert workflow_action(client, team["arbeitsgruppe"], wlan, "approve").status_code == 302
    assert ZWEITE in public_text(client, "/handlungsfelder/wlan/")
    assert workflow_action(client, team["redaktion"], wlan, "approve").status_code == 302

    assert ERSTE in public_text(client, "/handlungsfelder/wlan/")
    first_row = soup(client, "/handlungsfelder/wlan/versionen/").select("table.versionen tbody tr")[0]
    assert note in first_row.get_text(" ", strip=True) and "aktuell" in first_row.get_text()


def test_a_proposal_in_review_refuses_restoring_and_changes_nothing(client, fassungen, team):
    wlan = fassungen["page"]
    submit(client, team["systembetreuer"], wlan, "Vorschlag in der Prüfung")
    revisions = Revision.objects.count()
    client.force_login(team["redaktion"])

    for response in (client.get(url(wlan, fassungen["v1"])), client.post(url(wlan, fassungen["v1"]))):
        assert response.status_code == 409
        assert "offenen Vorschlag in der Freigabe" in text_of(response)
        assert "Prüfung Arbeitsgruppe" in text_of(response)
    assert Revision.objects.count() == revisions
    assert HandlungsfeldPage.objects.get(pk=wlan.pk).current_workflow_state is not None


def test_a_proposal_sent_back_refuses_restoring_too(client, fassungen, team):
    wlan = fassungen["page"]
    submit(client, team["systembetreuer"], wlan, "Vorschlag")
    workflow_action(client, team["arbeitsgruppe"], wlan, "reject", comment="Bitte anders")
    revisions = Revision.objects.count()
    client.force_login(team["systembetreuer"])
    response = client.post(url(wlan, fassungen["v1"]))
    assert response.status_code == 409 and "Änderungen angefordert" in text_of(response)
    assert Revision.objects.count() == revisions


def test_a_page_locked_by_someone_else_refuses_restoring(client, fassungen, team):
    wlan = fassungen["page"]
    HandlungsfeldPage.objects.filter(pk=wlan.pk).update(
        locked=True, locked_by=team["redaktion"], locked_at=timezone.now()
    )
    revisions = Revision.objects.count()
    client.force_login(team["systembetreuer"])
    response = client.post(url(wlan, fassungen["v1"]))
    assert response.status_code == 409 and "ist gesperrt" in text_of(response)
    assert Revision.objects.count() == revisions


def test_a_translation_follows_its_original_and_is_not_restored_on_its_own(client, fassungen, team):
    englisch = uebersetzen(fassungen["page"], Locale.objects.get(language_code="en"), {})
    englisch = HandlungsfeldPage.objects.get(pk=englisch.pk)
    client.force_login(team["redaktion"])
    assert client.get(url(englisch, englisch.live_revision)).status_code == 404
    assert client.get(reverse("handlungsfelder_fassungen", args=[englisch.pk])).status_code == 404
    archiv = soup(client, f"/en/handlungsfelder/wlan/versionen/{englisch.live_revision_id}/")
    assert archiv.select_one(".archiv-hinweis") and not archiv.find("a", string="Restore this version")


def test_someone_who_may_not_edit_the_page_is_turned_away_as_the_admin_does(client, fassungen, django_user_model):
    """Wagtail's admin answers a refusal (PermissionDenied) with its dashboard and a message, not a bare 403."""
    leser = django_user_model.objects.create_user("leser", "leser@lra.example", "pw")
    leser.user_permissions.add(Permission.objects.get(codename="access_admin"))
    revisions = Revision.objects.count()
    client.force_login(leser)
    wlan = fassungen["page"]
    for response in (
        client.get(url(wlan, fassungen["v1"])),
        client.post(url(wlan, fassungen["v1"])),
        client.get(reverse("handlungsfelder_fassungen", args=[wlan.pk])),
    ):
        assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert "keinen Zugang zu diesem Bereich" in text_of(client.post(url(wlan, fassungen["v1"]), follow=True))
    assert Revision.objects.count() == revisions
    assert Client().get(url(wlan, fassungen["v1"])).status_code == 302


def test_drafts_other_pages_revisions_and_pages_without_history_are_404(client, fassungen, konzept, team):
    wlan = fassungen["page"]
    page = HandlungsfeldPage.objects.get(pk=wlan.pk)
    page.summary = "Nur ein Entwurf"
    draft = page.save_revision(user=team["redaktion"])
    revisions = Revision.objects.count()
    client.force_login(team["redaktion"])
    for revision_id in (draft.pk, konzept.netzwerk.live_revision_id, 2**31 - 1):
        assert client.get(reverse("handlungsfelder_wiederherstellen", args=[wlan.pk, revision_id])).status_code == 404
        assert client.post(reverse("handlungsfelder_wiederherstellen", args=[wlan.pk, revision_id])).status_code == 404
    start = reverse("handlungsfelder_wiederherstellen", args=[konzept.start.pk, konzept.start.live_revision_id])
    assert client.post(start).status_code == 404
    assert Revision.objects.count() == revisions


def test_the_version_that_is_already_the_latest_state_is_not_restored_again(client, fassungen, team):
    wlan = fassungen["page"]
    client.force_login(team["redaktion"])
    client.post(url(wlan, fassungen["v1"]))
    revisions = Revision.objects.count()

    assert "Diese Fassung ist bereits der aktuelle Stand" in text_of(client.get(url(wlan, fassungen["v1"])))
    response = client.post(url(wlan, fassungen["v1"]), follow=True)
    assert "Diese Fassung ist bereits der aktuelle Stand" in text_of(response)
    assert Revision.objects.count() == revisions


def test_a_newer_draft_is_named_in_the_confirmation_and_stays_in_the_revisions(client, fassungen, team):
    wlan = fassungen["page"]
    page = HandlungsfeldPage.objects.get(pk=wlan.pk)
    page.summary = "ENTWURF DER REDAKTION"
    draft = page.save_revision(user=team["redaktion"])
    client.force_login(team["systembetreuer"])

    page = soup(client, url(wlan, fassungen["v1"]))
    text = page.find("main").get_text(" ", strip=True)
    assert "neueren Entwurf" in text and "Er geht nicht verloren" in text
    assert "Was sich gegenüber dem neuesten Entwurf ändert" in text
    assert "ENTWURF" in [d.get_text() for d in page.select(".konzept-diff del")]
    client.post(url(wlan, fassungen["v1"]))
    assert Revision.objects.filter(pk=draft.pk).exists()
    assert HandlungsfeldPage.objects.get(pk=wlan.pk).get_latest_revision().pk != draft.pk


def test_the_editor_has_the_entry_and_the_list_offers_every_earlier_publication(client, fassungen, team):
    wlan = fassungen["page"]
    client.force_login(team["systembetreuer"])
    fassungen_url = reverse("handlungsfelder_fassungen", args=[wlan.pk])
    assert soup(client, edit_url(wlan)).find("a", href=fassungen_url)
    rows = soup(client, fassungen_url).select("table.konzept-fassungen tbody tr")
    assert "Turnhallen ergänzt" in rows[0].get_text() and "aktueller Stand" in rows[0].get_text()
    assert not rows[0].find("a", href=url(wlan, fassungen["v2"]))
    assert rows[1].find("a", href=url(wlan, fassungen["v1"]), string="Diese Fassung wiederherstellen")


def test_the_editor_of_a_published_page_starts_with_an_empty_change_note(client, fassungen, team):
    client.force_login(team["systembetreuer"])
    assert aenderungsgrund_im_editor(client, fassungen["page"]) == ""


def test_the_note_saved_with_a_draft_comes_back_in_the_editor(client, fassungen, team):
    wlan = fassungen["page"]
    client.force_login(team["systembetreuer"])
    client.post(edit_url(wlan), simple_handlungsfeld_form(wlan, "Entwurf mit Grund", "Tippfehler behoben"))
    assert aenderungsgrund_im_editor(client, wlan) == "Tippfehler behoben"


def test_the_prefilled_note_names_the_concept_version_of_the_restored_text(fassungen, konzept):
    def bezeichnung(revision) -> str:
        return version_bezeichnung(Veroeffentlichung.objects.get(revision=revision))

    assert bezeichnung(fassungen["v1"]) == "Version 1.0"
    assert bezeichnung(fassungen["v2"]) == "nach Version 1.0"
    for nummer in ("2.0", "2.1"):
        Konzeptversion.objects.create(
            konzept=konzept.start,
            nummer=nummer,
            beschlossen_am=datetime.date(2026, 6, 1),
            in_kraft_ab=datetime.date(2026, 7, 1),
        )
    assert bezeichnung(fassungen["v2"]) == "Versionen 2.0, 2.1"


def test_editors_see_the_link_on_the_public_history_and_version_page_readers_never(client, fassungen, team, settings):
    settings.SEITENCACHE = True
    cache.clear()
    wlan = fassungen["page"]
    restore_url = url(wlan, fassungen["v1"])
    pages = ("/handlungsfelder/wlan/versionen/", f"/handlungsfelder/wlan/versionen/{fassungen['v1'].pk}/")
    client.force_login(team["systembetreuer"])
    for address in pages:
        response = client.get(address)
        assert BeautifulSoup(response.content, "html.parser").find("a", href=restore_url), address
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]

    leser = Client()
    for address in pages:
        for _ in range(2):  # the second answer comes from the page cache
            response = leser.get(address)
            body = response.content.decode()
            assert "Diese Fassung wiederherstellen" not in body and "/admin/konzept/" not in body, address
            assert "public" in response["Cache-Control"]
    cache.clear()


def test_readers_of_the_public_history_stay_within_the_cold_query_budget(client, fassungen):
    for address in ("/handlungsfelder/wlan/versionen/", f"/handlungsfelder/wlan/versionen/{fassungen['v1'].pk}/"):
        assert count_queries(client, address) <= 10
