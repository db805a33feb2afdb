"""The JSON API at /api/v2/: what each endpoint gives, its filters, the licence and its answers to bad input."""

import datetime

from django.test import override_settings

import pytest

from handlungsfelder.models import HandlungsfeldPage, Konzeptversion

from ..factories import massnahme, publish

pytestmark = pytest.mark.django_db

DL_DE = "Datenlizenz Deutschland – Namensnennung – Version 2.0"


def get(client, url, status=200) -> dict:
    response = client.get(url)
    assert response.status_code == status, (url, response.content[:300])
    assert response["Content-Type"] == "application/json; charset=utf-8"
    return response.json()


def test_index_names_every_endpoint_and_the_licence(client, konzept):
    daten = get(client, "/api/v2/")
    assert daten["lizenz"] == {"name": DL_DE, "kennung": "dl-de/by-2-0", "url": "https://www.govdata.de/dl-de/by-2-0"}
    assert daten["endpunkte"]["massnahmen"] == "http://testserver/api/v2/massnahmen/"
    assert set(daten["endpunkte"]) >= {"seiten", "massnahmen", "schulen", "versionen", "veroeffentlichungen"}
    for url in daten["endpunkte"].values():
        assert client.get(url).status_code == 200, url


def test_pages_list_every_public_page_and_filter_by_type(client, konzept):
    daten = get(client, "/api/v2/pages/")
    assert [seite["titel"] for seite in daten["seiten"]] == [
        "IT-Konzept für die Schulen",
        "Handlungsfelder",
        "Netzwerk",
        "WLAN",
    ]
    assert daten["lizenz"]["name"] == DL_DE
    nur = get(client, "/api/v2/pages/?typ=handlungsfelder.HandlungsfeldPage")
    assert [seite["slug"] for seite in nur["seiten"]] == ["netzwerk", "wlan"]
    assert nur["seiten"][1]["url"] == "http://testserver/handlungsfelder/wlan/"


def test_page_detail_gives_the_four_parts_as_structured_blocks(client, konzept):
    daten = get(client, f"/api/v2/pages/{konzept.wlan.pk}/")
    assert daten["titel"] == "WLAN" and daten["kurzbeschreibung"].startswith("Flächendeckendes WLAN")
    assert daten["schlagwoerter"] == ["Infrastruktur"]
    assert [teil["titel"] for teil in daten["teile"]] == [
        "Allgemeines/Aktuelles",
        "Umsetzungsplan",
        "Betriebsmodell",
        "Zuständigkeiten",
    ]
    allgemeines, umsetzungsplan, betriebsmodell, zustaendigkeiten = (teil["bloecke"] for teil in daten["teile"])
    typen = {block["typ"]: block for block in allgemeines}
    assert typen["heading"]["text"] == "Ausgangslage"
    assert typen["paragraph"]["text"] == "Alle Schulen sind an das Landkreisnetz angebunden."
    assert typen["hinweis"]["art_label"] == "Warnung" and typen["hinweis"]["text"] == "Nur im Gäste-WLAN erlaubt."
    assert typen["tabelle"]["kopf"] == ["Segment", "Zweck"]
    assert typen["tabelle"]["zeilen"] == [["VLAN 10", "Verwaltung"], ["VLAN 20", "Unterricht"]]
    assert typen["handlungsfeld_verweis"]["ziel"]["titel"] == "Netzwerk"
    assert typen["dokument"]["titel"] == "Rahmenvertrag Endgeräte" and typen["dokument"]["url"].startswith("http")
    zugang = umsetzungsplan[0]
    assert zugang["titel"] == "Access Points in allen Klassenzimmern"
    assert zugang["status"] == "umgesetzt" and zugang["verantwortlich"]["name"] == "IT-Abteilung des Landkreises"
    assert [s["kurzname"] for s in zugang["schulen"]] == ["Gymnasium Weilheim", "Realschule Penzberg"]
    assert zugang["nummer"] and zugang["url"].endswith(f"#block-{zugang['id']}")
    assert betriebsmodell[0]["wer"]["name"] == "Systembetreuung der Schule"
    assert betriebsmodell[0]["aufgaben"]["text"] == "Erste Fehleranalyse an der Schule."
    assert zustaendigkeiten[0]["unterstuetzt"][0]["name"] == "Systembetreuung der Schule"


def test_a_link_to_a_page_the_public_may_not_see_has_no_target(client, konzept):
    konzept.netzwerk.unpublish()
    daten = get(client, f"/api/v2/pages/{konzept.wlan.pk}/")
    verweis = next(b for b in daten["teile"][0]["bloecke"] if b["typ"] == "handlungsfeld_verweis")
    assert verweis["ziel"] is None


@pytest.mark.parametrize(
    ("url", "status", "meldung"),
    [
        ("/api/v2/pages/abc/", 400, "Die Seiten-ID „abc“ ist keine Zahl."),
        ("/api/v2/pages/99999999999/", 400, "keine Zahl"),
        ("/api/v2/pages/999999/", 404, "Keine öffentliche Seite mit der ID 999999."),
        ("/api/v2/massnahmen/?status=fertig", 400, "Ungültiger Filter „status“"),
        ("/api/v2/massnahmen/?schule=gibt-es-nicht", 400, "Ungültiger Filter „schule“"),
        ("/api/v2/massnahmen/?handlungsfeld=geheim", 400, "Ungültiger Filter „handlungsfeld“"),
        ("/api/v2/massnahmen/?version=9.9", 400, "Keine Konzeptversion „9.9“"),
        ("/api/v2/massnahmen/?stauts=geplant", 400, "Unbekannter Parameter „stauts“"),
        ("/api/v2/pages/?typ=quatsch", 400, "Unbekannter Seitentyp „quatsch“"),
        ("/api/v2/veroeffentlichungen/?handlungsfeld=x", 400, "Kein öffentliches Handlungsfeld „x“."),
        ("/api/v2/schulen/?seite=2", 400, "Unbekannter Parameter „seite“"),
    ],
)
def test_bad_input_is_a_json_error_with_a_message(client, konzept, url, status, meldung):
    daten = get(client, url, status=status)
    assert meldung in daten["fehler"]


def test_a_filter_error_names_each_field(client, konzept):
    daten = get(client, "/api/v2/massnahmen/?status=fertig", status=400)
    assert "fertig" in daten["felder"]["status"][0]


def test_writes_are_refused(client, konzept):
    assert client.post("/api/v2/massnahmen/").status_code == 405


def test_massnahmen_filters(client, konzept):
    alle = get(client, "/api/v2/massnahmen/")
    assert alle["anzahl"] == 2 and alle["lizenz"]["name"] == DL_DE
    geplant = get(client, "/api/v2/massnahmen/?status=geplant")
    assert [m["titel"] for m in geplant["massnahmen"]] == ["WLAN in Turnhallen"]
    assert geplant["filter"] == {"status": "geplant"}
    assert geplant["massnahmen"][0]["kosten"] == "85000.00" and geplant["massnahmen"][0]["alle_schulen"] is True
    penzberg = konzept.schulen[1]
    schule = get(client, f"/api/v2/massnahmen/?schule={penzberg.slug}")
    assert {m["titel"] for m in schule["massnahmen"]} == {"Access Points in allen Klassenzimmern", "WLAN in Turnhallen"}
    konzept.add_handlungsfeld(
        title="Endgeräte",
        slug="endgeraete",
        umsetzungsplan=[massnahme("Tablets", "in_umsetzung", konzept.systembetreuung)],
    )
    feld = get(client, "/api/v2/massnahmen/?handlungsfeld=endgeraete")
    assert [m["titel"] for m in feld["massnahmen"]] == ["Tablets"]
    assert feld["massnahmen"][0]["handlungsfeld"]["url"] == "http://testserver/handlungsfelder/endgeraete/"
    nach = get(client, f"/api/v2/massnahmen/?verantwortlich={konzept.systembetreuung.pk}&sortierung=-titel")
    assert [m["titel"] for m in nach["massnahmen"]] == ["Tablets"]
    absteigend = get(client, "/api/v2/massnahmen/?sortierung=-titel")
    assert [m["titel"] for m in absteigend["massnahmen"]][0] == "WLAN in Turnhallen"


def test_massnahmen_as_they_stood_in_a_concept_version(client, konzept):
    version = Konzeptversion.objects.create(
        konzept=konzept.start,
        nummer="1.0",
        beschlossen_am=datetime.date(2019, 8, 5),
        in_kraft_ab=datetime.date(2019, 9, 1),
    )
    wlan = HandlungsfeldPage.objects.get(pk=konzept.wlan.pk)
    wlan.umsetzungsplan = [massnahme("Neu nach der Version", "geplant", konzept.landkreis_it)]
    publish(wlan)
    heute = get(client, "/api/v2/massnahmen/")
    assert [m["titel"] for m in heute["massnahmen"]] == ["Neu nach der Version"]
    damals = get(client, f"/api/v2/massnahmen/?version={version.nummer}")
    assert [m["titel"] for m in damals["massnahmen"]] == ["Access Points in allen Klassenzimmern", "WLAN in Turnhallen"]
    assert damals["filter"] == {"version": "1.0"}
    gefiltert = get(client, "/api/v2/massnahmen/?version=1.0&status=umgesetzt")
    assert [m["titel"] for m in gefiltert["massnahmen"]] == ["Access Points in allen Klassenzimmern"]


def test_versions_list_their_decision_and_handlungsfelder(client, konzept):
    Konzeptversion.objects.create(
        konzept=konzept.start,
        nummer="1.0",
        beschlossen_am=datetime.date(2019, 8, 5),
        in_kraft_ab=datetime.date(2019, 9, 1),
    )
    daten = get(client, "/api/v2/versionen/")
    [version] = daten["versionen"]
    assert version["nummer"] == "1.0" and version["in_kraft"] is True and version["beschlossen_am"] == "2019-08-05"
    assert [hf["titel"] for hf in version["handlungsfelder"]] == ["Netzwerk", "WLAN"]
    assert version["url"] == "http://testserver/versionen/1.0/"
    assert daten["lizenz"]["name"] == DL_DE


def test_schools(client, konzept):
    daten = get(client, "/api/v2/schulen/")
    assert {s["kurzname"] for s in daten["schulen"]} == {"Gymnasium Weilheim", "Realschule Penzberg"}
    schule = daten["schulen"][0]
    assert schule["url"] == f"http://testserver/schulen/{schule['slug']}/" and schule["region"]["name"]


def test_publication_history_filtered_by_handlungsfeld(client, konzept):
    daten = get(client, "/api/v2/veroeffentlichungen/")
    assert {v["handlungsfeld"]["slug"] for v in daten["veroeffentlichungen"]} == {"netzwerk", "wlan"}
    wlan = get(client, "/api/v2/veroeffentlichungen/?handlungsfeld=wlan")
    assert {v["handlungsfeld"]["slug"] for v in wlan["veroeffentlichungen"]} == {"wlan"}
    fassung = wlan["veroeffentlichungen"][0]["fassung_url"]
    assert client.get(fassung).status_code == 200


@override_settings(
    HANDLUNGSFELDER_DATENLIZENZ={"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}
)
def test_the_licence_setting_reaches_every_answer(client, konzept):
    for url in (
        "/api/v2/",
        "/api/v2/pages/",
        f"/api/v2/pages/{konzept.wlan.pk}/",
        "/api/v2/massnahmen/",
        "/api/v2/schulen/",
        "/api/v2/versionen/",
        "/api/v2/veroeffentlichungen/",
    ):
        assert get(client, url)["lizenz"] == {
            "name": "CC BY 4.0",
            "kennung": "",
            "url": "https://creativecommons.org/licenses/by/4.0/",
        }, url
    assert "CC BY 4.0" in client.get("/umsetzung/").content.decode()


def test_english_readers_get_the_english_api(client, konzept):
    daten = get(client, "/en/api/v2/massnahmen/?status=geplant")
    assert daten["massnahmen"][0]["status_label"] == "planned"
