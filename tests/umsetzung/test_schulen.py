"""The school view: a school's support region, its provider and the Maßnahmen that apply to it."""

from ..client import soup
from ..factories import DienstleisterFactory, SchuleFactory, massnahme, publish


def test_school_page_shows_region_provider_and_the_massnahmen_that_apply_grouped_by_handlungsfeld(client, konzept):
    schule = konzept.schulen[0]
    DienstleisterFactory(name="Systemhaus Oberland GmbH", region=schule.region, telefon="0881 99-0")
    andere = SchuleFactory(kurzname="Förderzentrum Altenstadt")
    konzept.netzwerk.umsetzungsplan = [
        massnahme("Nur für das Förderzentrum", "geplant", konzept.landkreis_it, schulen=[andere]),
        massnahme("Netzschrank erneuern", "in_umsetzung", konzept.landkreis_it, schulen=[schule]),
    ]
    publish(konzept.netzwerk)
    main = soup(client, f"/schulen/{schule.slug}/").find("main")
    text = main.get_text(" ", strip=True)
    assert schule.name in main.find("h1").get_text()
    assert schule.region.name in text and "Systemhaus Oberland GmbH" in text and "0881 99-0" in text
    captions = [c.get_text(strip=True) for c in main.select("table caption")]
    assert captions == ["Netzwerk", "WLAN"]
    rows = [r.th.get_text(" ", strip=True) for r in main.select("tbody tr")]
    assert rows == [
        "NT-2 Netzschrank erneuern",
        "WL-1 Access Points in allen Klassenzimmern",
        "WL-2 WLAN in Turnhallen (alle Schulen)",
    ]
    assert "Nur für das Förderzentrum" not in text
    assert "in Umsetzung" in main.select("tbody tr")[0].get_text()


def test_school_list_links_every_school_and_an_unknown_school_is_a_404(client, konzept):
    links = {a["href"] for a in soup(client, "/schulen/").select("main a")}
    assert {f"/schulen/{s.slug}/" for s in konzept.schulen} <= links
    assert "Seite nicht gefunden" in soup(client, "/schulen/gibt-es-nicht/", status=404).get_text()


def test_school_page_leaves_out_massnahmen_of_unpublished_handlungsfelder(client, konzept):
    entwurf = konzept.add_handlungsfeld(
        title="Entwurf",
        umsetzungsplan=[massnahme("Geheime Maßnahme", "geplant", konzept.landkreis_it, alle_schulen=True)],
    )
    entwurf.unpublish()
    assert "Geheime Maßnahme" not in soup(client, f"/schulen/{konzept.schulen[0].slug}/").get_text()
