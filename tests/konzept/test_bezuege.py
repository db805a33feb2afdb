"""A Maßnahme links to the meetings and decisions that touched it; its Handlungsfeld lists the meetings on it."""

import datetime

from handlungsfelder.freigabe.choices import BeratungsErgebnis
from handlungsfelder.models import HandlungsfeldPage, Konzeptversion, Vorschlagsberatung

from ..client import count_queries, soup
from ..factories import (
    BeschlussIndexPageFactory,
    BeschlussPageFactory,
    SitzungIndexPageFactory,
    SitzungPageFactory,
    block,
    publish,
)


def bezuege(client) -> dict[str, str]:
    """Maßnahme number -> the text of its meetings and decisions on the WLAN page."""
    seite = soup(client, "/handlungsfelder/wlan/")
    ergebnis = {}
    for massnahme in seite.select(".block--massnahme"):
        nummer = massnahme.select_one(".massnahme__nummer").get_text()
        liste = massnahme.select_one(".massnahme-bezuege")
        ergebnis[nummer] = " ".join(liste.get_text(" ").split()) if liste else ""
    return ergebnis


def version(konzept, nummer: str, am: datetime.date, beschluss=None) -> Konzeptversion:
    return Konzeptversion.objects.create(
        konzept=konzept.start, nummer=nummer, beschlossen_am=am, in_kraft_ab=am, beschluss=beschluss
    )


def test_massnahmen_link_the_meetings_naming_them_and_the_decisions_adopting_their_changes(client, konzept):
    sitzungen = publish(SitzungIndexPageFactory(parent=konzept.start))
    nennt = publish(
        SitzungPageFactory(
            parent=sitzungen,
            title="Sitzung zu den Turnhallen",
            datum=datetime.date(2020, 2, 13),
            handlungsfelder=[konzept.wlan],
            ergebnisse=[block("paragraph", "<p>Die Maßnahme WL-2 wird vorgezogen.</p>")],
        )
    )
    allgemein = publish(
        SitzungPageFactory(parent=sitzungen, title="Allgemeine Sitzung", handlungsfelder=[konzept.wlan])
    )
    beschluss = publish(BeschlussPageFactory(parent=publish(BeschlussIndexPageFactory(parent=konzept.start))))
    version(konzept, "1.0", datetime.date(2019, 8, 5), beschluss=beschluss)
    wlan = HandlungsfeldPage.objects.get(pk=konzept.wlan.pk)
    raw = [dict(item) for item in wlan.umsetzungsplan.raw_data]
    raw[0]["value"] = {**raw[0]["value"], "status": "in_umsetzung"}
    wlan.umsetzungsplan = raw
    publish(wlan)
    Vorschlagsberatung.objects.create(
        sitzung=allgemein, page=wlan, revision=wlan.live_revision, ergebnis=BeratungsErgebnis.ANGENOMMEN
    )
    version(konzept, "1.1", datetime.date(2021, 12, 6))
    publish(HandlungsfeldPage.objects.get(pk=wlan.pk).specific)  # a public change renews the stored output

    links = bezuege(client)
    assert "Sitzung zu den Turnhallen (13.02.2020)" in links["WL-2"]
    assert "Allgemeine Sitzung" not in links["WL-2"] and "Sitzung zu den Turnhallen" not in links["WL-1"]
    assert "Allgemeine Sitzung" in links["WL-1"]
    assert "Version 1.0 (beschlossen am 05.08.2019, in Kraft ab 05.08.2019)" in links["WL-2"]
    assert "Version 1.1" not in links["WL-2"] and "Version 1.1" in links["WL-1"]
    seite = soup(client, "/handlungsfelder/wlan/")
    hrefs = {a.get_text(): a["href"] for a in seite.select(".massnahme-bezuege a")}
    assert hrefs["Version 1.0"] == beschluss.url and hrefs["Version 1.1"] == "/versionen/1.1/"
    assert hrefs["Sitzung zu den Turnhallen"] == nennt.url
    assert [a.get_text() for a in seite.select("#sitzungen a")] == ["Allgemeine Sitzung", "Sitzung zu den Turnhallen"]


def test_the_links_cost_no_queries_on_a_cold_page(client, konzept):
    vorher = count_queries(client, "/handlungsfelder/wlan/")
    sitzungen = publish(SitzungIndexPageFactory(parent=konzept.start))
    for nummer in range(5):
        publish(SitzungPageFactory(parent=sitzungen, handlungsfelder=[konzept.wlan], title=f"WL-1 Sitzung {nummer}"))
    version(konzept, "1.0", datetime.date(2019, 8, 5))
    assert count_queries(client, "/handlungsfelder/wlan/") == vorher
