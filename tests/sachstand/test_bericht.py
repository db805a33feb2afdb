"""The Sachstandsbericht shows each Maßnahme as it was published on the report date and on the comparison date."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from bs4 import BeautifulSoup

from handlungsfelder.sachstand.bericht import bericht_erstellen, jahr
from handlungsfelder.sachstand.choices import Aenderung

from ..factories import block, massnahme, publish
from .conftest import URL, massnahmen_aendern, params, rows, status_setzen, tage_her, workbook, zurueckdatieren


def vorschau(client, stichtag, vergleich) -> BeautifulSoup:
    response = client.get(URL, params(stichtag, vergleich))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one(".sachstand-vorschau")


def zeile_von(html: BeautifulSoup, titel: str) -> list[str]:
    """The cells of the row of `titel` in the table of all Maßnahmen."""
    zelle = next(td for td in html.select("#massnahmen td") if td.get_text().startswith(titel))
    return [" ".join(td.get_text(" ").split()) for td in zelle.parent.select("td")]


def test_a_past_date_shows_the_status_then_and_today_shows_the_change_as_newly_done(redaktion, geschichte):
    frueher = vorschau(redaktion, tage_her(30), tage_her(59))
    assert zeile_von(frueher, "WLAN in Turnhallen")[2:4] == ["geplant", "geplant"]
    assert "hat sich am Stand der Maßnahmen nichts geändert" in frueher.select_one("#aenderungen").get_text()

    heute = vorschau(redaktion, tage_her(0), tage_her(30))
    assert zeile_von(heute, "WLAN in Turnhallen")[2:4] == ["umgesetzt", "geplant"]
    aenderungen = heute.select_one("#aenderungen table")
    assert aenderungen.caption.get_text() == "Neu umgesetzt (1)"
    assert "WLAN in Turnhallen" in aenderungen.tbody.get_text()
    assert len(aenderungen.tbody.select("tr")) == 1


def test_a_draft_never_appears_only_what_was_published(redaktion, geschichte):
    def entwurf(bloecke):
        for item in bloecke:
            if item["value"]["titel"] == "Access Points in allen Klassenzimmern":
                item["value"]["status"] = "zurueckgestellt"
        return [*bloecke, massnahme("Nur im Entwurf", "geplant", geschichte.landkreis_it)]

    massnahmen_aendern(geschichte.wlan, entwurf).save_revision()
    html = vorschau(redaktion, tage_her(0), tage_her(30))
    assert "Nur im Entwurf" not in html.get_text()
    assert "zurückgestellt" not in html.select_one("#massnahmen").get_text()
    assert zeile_von(html, "Access Points in allen Klassenzimmern")[2] == "umgesetzt"


def test_new_removed_started_and_postponed_measures_are_listed_by_kind(redaktion, geschichte, konzept):
    def aendern(bloecke):
        bloecke = [b for b in bloecke if b["value"]["titel"] != "Access Points in allen Klassenzimmern"]
        return [*bloecke, massnahme("Controller erneuern", "geplant", konzept.landkreis_it)]

    publish(massnahmen_aendern(konzept.wlan, aendern))
    publish(
        massnahmen_aendern(
            konzept.netzwerk,
            lambda _: [
                massnahme("Glasfaser", "in_umsetzung", konzept.landkreis_it),
                massnahme("Firewall", "zurueckgestellt", konzept.landkreis_it),
            ],
        )
    )
    response = redaktion.get(URL, params(tage_her(0), tage_her(59), format="excel"))
    aenderungen = rows(workbook(response)["Änderungen"])
    assert aenderungen[0] == ("Änderung", "Nummer", "Handlungsfeld", "Titel", "Status vorher", "Status jetzt")
    arten = [(art, titel, vorher, jetzt) for art, _nummer, _hf, titel, vorher, jetzt in aenderungen[1:]]
    assert arten == [
        ("Neu umgesetzt", "WLAN in Turnhallen", "geplant", "umgesetzt"),
        ("Neue Maßnahme", "Glasfaser", None, "in Umsetzung"),
        ("Neue Maßnahme", "Firewall", None, "zurückgestellt"),
        ("Neue Maßnahme", "Controller erneuern", None, "geplant"),
        ("Entfallen", "Access Points in allen Klassenzimmern", "umgesetzt", None),
    ]

    # Started and postponed: a later publication of Netzwerk moves both on.
    zurueckdatieren(konzept.netzwerk, 5)
    zurueckdatieren(konzept.wlan, 5)
    publish(status_setzen(konzept.netzwerk, "Glasfaser", "umgesetzt"))
    publish(status_setzen(konzept.netzwerk, "Firewall", "in_umsetzung"))
    bericht = bericht_erstellen(konzept.start, tage_her(0), tage_her(5))
    assert [(art, [z.massnahme.titel for z in zeilen]) for art, zeilen in bericht.aenderungen] == [
        (Aenderung.UMGESETZT, ["Glasfaser"]),
        (Aenderung.BEGONNEN, ["Firewall"]),
    ]


def test_a_measure_keeps_its_match_through_its_number_when_its_block_is_replaced(geschichte, konzept):
    def neu_angelegt(bloecke):
        for item in bloecke:
            if item["value"]["titel"] == "WLAN in Turnhallen":
                item.update(id=block("massnahme", {})["id"])
                item["value"]["status"] = "zurueckgestellt"
        return bloecke

    publish(massnahmen_aendern(konzept.wlan, neu_angelegt))
    bericht = bericht_erstellen(konzept.start, tage_her(0), tage_her(30))
    zeile = next(z for z in bericht.zeilen if z.massnahme.titel == "WLAN in Turnhallen")
    assert zeile.vorher is not None and zeile.aenderung == Aenderung.ZURUECKGESTELLT


def test_an_unpublished_handlungsfeld_is_left_out_from_then_on(geschichte, konzept):
    konzept.netzwerk.refresh_from_db()
    konzept.netzwerk.unpublish()
    bericht = bericht_erstellen(konzept.start, tage_her(0), tage_her(30))
    assert [page.title for page in bericht.handlungsfelder] == ["WLAN"]
    assert [page.title for page in bericht_erstellen(konzept.start, tage_her(30), tage_her(59)).handlungsfelder] == [
        "Netzwerk",
        "WLAN",
    ]


def test_costs_are_summed_per_handlungsfeld_and_first_year_of_the_period(redaktion, geschichte, konzept):
    def kosten(bloecke):
        for item, (zeitraum, betrag) in zip(bloecke, [("Sommerferien 2027", "1000.50"), ("offen", "200")], strict=True):
            item["value"].update(zeitraum=zeitraum, kosten=betrag)
        return [*bloecke, massnahme("Ausleuchtung", "geplant", konzept.landkreis_it, kosten="300")]

    publish(massnahmen_aendern(konzept.wlan, kosten))
    sheet = workbook(redaktion.get(URL, params(tage_her(0), tage_her(30), format="excel")))["Kosten"]
    assert rows(sheet) == [
        ("Handlungsfeld", "2020", "2027", "ohne Jahresangabe", "Summe"),
        ("Netzwerk", None, None, None, None),
        ("WLAN", 300, 1000.5, 200, 1500.5),
        ("Summe", 300, 1000.5, 200, 1500.5),
    ]
    assert jahr("Schuljahr 2019/20") == 2019 and jahr("bis Ende 2026") == 2026 and jahr("offen") is None


def test_the_queries_do_not_grow_with_the_number_of_handlungsfelder(redaktion, geschichte, konzept):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert redaktion.get(URL, params(tage_her(0), tage_her(30), format="excel")).status_code == 200
        return len(captured)

    vorher = queries()
    for nummer in range(4):
        konzept.add_handlungsfeld(
            title=f"Feld {nummer}", umsetzungsplan=[massnahme(f"Maßnahme {nummer}", "geplant", konzept.landkreis_it)]
        )
    assert queries() == vorher
    assert vorher <= 20
