"""Preparing a meeting from its edit form, and the confirmation before proposals go onto a past meeting's agenda."""

import datetime
from unittest import mock

from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from handlungsfelder.freigabe.rollen import REDAKTION, SYSTEMBETREUER
from handlungsfelder.models import Vorschlagsberatung

from ..factories import SitzungIndexPageFactory, SitzungPageFactory, in_tagen, publish
from .helpers import edit_url, make_simple, member, submit

LINK = "Tagesordnung und Ergebnisse"


@pytest.fixture
def vorschlaege(client, konzept) -> dict:
    """Two proposals waiting for the Arbeitsgruppe, a Redaktion member and a Systembetreuer, a meetings' index."""
    systembetreuer = member("systembetreuer", SYSTEMBETREUER)
    submit(client, systembetreuer, make_simple(konzept.wlan), "Neu: Turnhallen.", "Turnhallen aufnehmen")
    submit(client, systembetreuer, make_simple(konzept.netzwerk), "Neu: Drucker-VLAN.", "Drucker-VLAN")
    client.logout()
    return {
        "redaktion": member("redaktion", REDAKTION),
        "systembetreuer": systembetreuer,
        "index": publish(SitzungIndexPageFactory(parent=konzept.start)),
    }


def sitzung(vorschlaege, datum: datetime.date):
    return publish(SitzungPageFactory(parent=vorschlaege["index"], datum=datum))


def agenda_url(sitzung) -> str:
    return reverse("handlungsfelder_sitzung_vorbereiten", args=[sitzung.pk])


def page(client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def links_to(soup: BeautifulSoup, url: str) -> list:
    return [a for a in soup.find_all("a", href=url) if LINK in a.get_text()]


def test_the_meeting_edit_form_shows_the_agenda_link_outside_the_menu_for_the_redaktion(client, vorschlaege):
    meeting = sitzung(vorschlaege, in_tagen(7))
    client.force_login(vorschlaege["redaktion"])
    editor = page(client, edit_url(meeting))
    links = links_to(editor, agenda_url(meeting))
    inside_form = [a for a in links if a.find_parent("form", id="page-edit-form")]
    in_dropdown = [a for a in links if a.find_parent(attrs={"data-controller": "w-dropdown"})]
    assert len(inside_form) == 1 and not inside_form[0].find_parent(attrs={"data-controller": "w-dropdown"})
    assert len(in_dropdown) == 1  # the header's "…" menu keeps its entry
    panel_text = inside_form[0].find_parent("section").get_text(" ", strip=True)
    assert "2 wartende Vorschläge" in panel_text
    assert client.get(agenda_url(meeting)).status_code == 200


def test_one_waiting_proposal_is_named_in_the_singular_and_none_as_none(client, vorschlaege, konzept):
    meeting = sitzung(vorschlaege, in_tagen(7))
    client.force_login(vorschlaege["redaktion"])
    client.post(agenda_url(meeting), {"uebernehmen": "1"})
    wlan_beratung = Vorschlagsberatung.objects.get(page=konzept.wlan)
    client.post(agenda_url(meeting), {"ergebnisse": "1", f"b{wlan_beratung.pk}-ergebnis": "angenommen"})
    (link,) = [a for a in links_to(page(client, edit_url(meeting)), agenda_url(meeting)) if a.find_parent("form")]
    assert "1 wartender Vorschlag" in link.find_parent("section").get_text(" ", strip=True)

    netz_beratung = Vorschlagsberatung.objects.get(page=konzept.netzwerk)
    client.post(agenda_url(meeting), {"ergebnisse": "1", f"b{netz_beratung.pk}-ergebnis": "abgelehnt"})
    (link,) = [a for a in links_to(page(client, edit_url(meeting)), agenda_url(meeting)) if a.find_parent("form")]
    assert "Keine wartenden Vorschläge" in link.find_parent("section").get_text(" ", strip=True)


def test_a_systembetreuer_editing_a_meeting_gets_no_agenda_link(client, vorschlaege):
    meeting = sitzung(vorschlaege, in_tagen(7))
    client.force_login(vorschlaege["systembetreuer"])
    editor = page(client, edit_url(meeting))
    assert not links_to(editor, agenda_url(meeting))
    assert "wartende Vorschläge" not in editor.get_text()


def test_a_new_meeting_has_no_agenda_link_before_it_is_saved(client, vorschlaege):
    client.force_login(vorschlaege["redaktion"])
    add = reverse("wagtailadmin_pages:add", args=["handlungsfelder", "sitzungpage", vorschlaege["index"].pk])
    assert LINK not in page(client, add).get_text()


def test_proposals_go_onto_a_past_meetings_agenda_only_after_a_confirmation(client, vorschlaege):
    meeting = sitzung(vorschlaege, in_tagen(-1))
    client.force_login(vorschlaege["redaktion"])

    refused = client.post(agenda_url(meeting), {"uebernehmen": "1"})
    assert refused.status_code == 200
    assert not Vorschlagsberatung.objects.exists()
    text = BeautifulSoup(refused.content, "html.parser").get_text(" ", strip=True)
    datum = meeting.datum.strftime("%d.%m.%Y")
    assert f"Diese Sitzung fand am {datum} statt. Vorschläge trotzdem auf ihre Tagesordnung übernehmen?" in text
    assert "Es wurde noch nichts übernommen." in text
    form = BeautifulSoup(refused.content, "html.parser").find("input", attrs={"name": "vergangen_bestaetigt"})
    assert form is not None and form["value"] == "1"

    confirmed = client.post(agenda_url(meeting), {"uebernehmen": "1", "vergangen_bestaetigt": "1"}, follow=True)
    assert Vorschlagsberatung.objects.filter(sitzung=meeting).count() == 2
    assert "2 wartende Vorschläge auf die Tagesordnung übernommen." in confirmed.content.decode()


@pytest.mark.parametrize("tage", [0, 1])
def test_todays_and_future_meetings_take_proposals_without_a_confirmation(client, vorschlaege, tage):
    meeting = sitzung(vorschlaege, in_tagen(tage))
    client.force_login(vorschlaege["redaktion"])
    response = client.post(agenda_url(meeting), {"uebernehmen": "1"})
    assert response.status_code == 302
    assert Vorschlagsberatung.objects.filter(sitzung=meeting).count() == 2


def test_a_meeting_is_past_by_the_day_in_berlin_not_in_utc(client, vorschlaege):
    """At 00:30 in Berlin a meeting of the day before is past, although UTC still has that day."""
    kurz_nach_mitternacht = datetime.datetime(2026, 12, 3, 23, 30, tzinfo=datetime.UTC)
    meeting = sitzung(vorschlaege, datetime.date(2026, 12, 3))
    client.force_login(vorschlaege["redaktion"])
    with mock.patch("django.utils.timezone.now", return_value=kurz_nach_mitternacht):
        response = client.post(agenda_url(meeting), {"uebernehmen": "1"})
    assert response.status_code == 200 and "Diese Sitzung fand am 03.12.2026 statt." in response.content.decode()
    assert not Vorschlagsberatung.objects.exists()
