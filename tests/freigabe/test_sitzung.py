"""The Redaktion prepares a meeting from waiting proposals; the outcomes recorded there move them on."""

from django.core import mail
from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from handlungsfelder.freigabe.rollen import ARBEITSGRUPPE, REDAKTION, SYSTEMBETREUER
from handlungsfelder.models import HandlungsfeldPage, Vorschlagsberatung

from ..factories import SitzungIndexPageFactory, SitzungPageFactory, in_tagen, publish
from .helpers import make_simple, member, public_text, submit


@pytest.fixture
def sitzung_mit_vorschlaegen(client, konzept):
    autorin = member("autorin", SYSTEMBETREUER)
    autor = member("autor", SYSTEMBETREUER)
    redaktion = member("redaktion", REDAKTION)
    redaktion2 = member("redaktion2", REDAKTION)
    member("arbeitsgruppe", ARBEITSGRUPPE)
    wlan = make_simple(konzept.wlan)
    netzwerk = make_simple(konzept.netzwerk, "Das Netz ist segmentiert.")
    submit(client, autorin, wlan, "Alle Unterrichtsräume haben WLAN. Neu: Turnhallen.", "Turnhallen aufnehmen")
    submit(client, autor, netzwerk, "Das Netz ist segmentiert. Neu: eigenes VLAN für Drucker.", "Drucker-VLAN")
    index = publish(SitzungIndexPageFactory(parent=konzept.start))
    sitzung = publish(SitzungPageFactory(parent=index, title="20. Sitzung der Arbeitsgruppe", datum=in_tagen(7)))
    return {
        "sitzung": sitzung,
        "wlan": wlan,
        "netzwerk": netzwerk,
        "redaktion": redaktion,
        "redaktion2": redaktion2,
        "autor": autor,
    }


def agenda_url(sitzung) -> str:
    return reverse("handlungsfelder_sitzung_vorbereiten", args=[sitzung.pk])


def test_prepared_agenda_lists_every_waiting_proposal_with_author_note_and_comparison(client, sitzung_mit_vorschlaegen):
    data = sitzung_mit_vorschlaegen
    client.force_login(data["redaktion"])
    client.post(agenda_url(data["sitzung"]), {"uebernehmen": "1"})
    client.post(agenda_url(data["sitzung"]), {"uebernehmen": "1"})  # taking over twice adds nothing twice
    assert Vorschlagsberatung.objects.filter(sitzung=data["sitzung"]).count() == 2

    page = BeautifulSoup(client.get(agenda_url(data["sitzung"])).content, "html.parser")
    rows = page.select("table.listing tbody tr")
    text = " ".join(row.get_text(" ", strip=True) for row in rows)
    assert "WLAN" in text and "Netzwerk" in text
    assert "Turnhallen aufnehmen" in text and "Drucker-VLAN" in text
    assert "autorin" in text and "autor" in text
    assert len(page.find_all("a", string="Vergleich mit Live-Version")) == 2

    druck = client.get(reverse("handlungsfelder_tagesordnung_drucken", args=[data["sitzung"].pk]))
    assert druck.status_code == 200
    druck_text = BeautifulSoup(druck.content, "html.parser").get_text(" ", strip=True)
    assert "Turnhallen aufnehmen" in druck_text and "Drucker-VLAN" in druck_text


def test_recorded_outcomes_move_each_proposal_through_the_workflow(client, sitzung_mit_vorschlaegen):
    data = sitzung_mit_vorschlaegen
    client.force_login(data["redaktion"])
    client.post(agenda_url(data["sitzung"]), {"uebernehmen": "1"})
    wlan_b = Vorschlagsberatung.objects.get(page=data["wlan"])
    netz_b = Vorschlagsberatung.objects.get(page=data["netzwerk"])
    mail.outbox.clear()

    client.post(
        agenda_url(data["sitzung"]),
        {
            "ergebnisse": "1",
            f"b{wlan_b.pk}-ergebnis": "angenommen",
            f"b{wlan_b.pk}-kommentar": "",
            f"b{netz_b.pk}-ergebnis": "abgelehnt",
            f"b{netz_b.pk}-kommentar": "Drucker bleiben im Verwaltungsnetz.",
        },
    )

    wlan = HandlungsfeldPage.objects.get(pk=data["wlan"].pk)
    assert wlan.current_workflow_task.name == "Freigabe Redaktion"
    netzwerk = HandlungsfeldPage.objects.get(pk=data["netzwerk"].pk)
    assert netzwerk.current_workflow_state.status == "needs_changes"
    assert "Drucker bleiben im Verwaltungsnetz." in netzwerk.current_workflow_state.current_task_state.comment
    assert any("autor@lra.example" in m.to and "Drucker bleiben im Verwaltungsnetz." in m.body for m in mail.outbox)
    assert "Neu: Turnhallen" not in public_text(client, "/handlungsfelder/wlan/")

    # The meeting record, once published, lists what was decided; rejected text never appears.
    publish(data["sitzung"])
    client.logout()
    record = BeautifulSoup(client.get(data["sitzung"].url).content, "html.parser")
    decisions = [li.get_text(strip=True) for li in record.select("section[aria-labelledby=vorschlaege-heading] li")]
    assert decisions == ["WLAN:angenommen", "Netzwerk:abgelehnt"]
    assert "Drucker" not in record.get_text()

    # The change note appears once the accepted change is published, by another member of the Redaktion: the
    # account that entered the meeting's decision does not release the same proposal.
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[wlan.pk, "approve", wlan.current_workflow_task_state.pk]
    )
    client.force_login(data["redaktion"])
    client.post(approve)
    assert "Neu: Turnhallen" not in public_text(client, "/handlungsfelder/wlan/")
    client.force_login(data["redaktion2"])
    client.post(approve)
    assert "Neu: Turnhallen" in public_text(client, "/handlungsfelder/wlan/")
    record = BeautifulSoup(client.get(data["sitzung"].url).content, "html.parser")
    decisions = [li.get_text(strip=True) for li in record.select("section[aria-labelledby=vorschlaege-heading] li")]
    assert decisions[0] == "WLAN:angenommen– Turnhallen aufnehmen (Änderungen ansehen)"
    diff_link = record.select_one("section[aria-labelledby=vorschlaege-heading] li a[href*=vergleich]")["href"]
    diff = client.get(diff_link)
    assert diff.status_code == 200 and "Turnhallen" in diff.content.decode()


def test_only_the_redaktion_prepares_meetings(client, sitzung_mit_vorschlaegen):
    client.force_login(sitzung_mit_vorschlaegen["autor"])
    response = client.get(agenda_url(sitzung_mit_vorschlaegen["sitzung"]))
    assert response.status_code in (302, 403)
    assert not Vorschlagsberatung.objects.exists()
