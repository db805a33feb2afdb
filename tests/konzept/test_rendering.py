"""Every page type and every block type renders for the public, in the documented order."""

from bs4 import BeautifulSoup

from ..factories import (
    BeschlussIndexPageFactory,
    BeschlussPageFactory,
    SitzungIndexPageFactory,
    SitzungPageFactory,
    block,
    publish,
)


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def test_start_page_shows_version_in_force_contact_and_links_to_every_handlungsfeld(client, konzept):
    response = client.get("/")
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == "de"
    text = page.get_text(" ", strip=True)
    assert "Version 1.0, in Kraft seit 01.09.2019" in text
    assert "Katharina Brandl" in page.find("footer").get_text()
    links = {a["href"] for a in page.select("main a")}
    assert {"/handlungsfelder/netzwerk/", "/handlungsfelder/wlan/"} <= links


def test_handlungsfeld_page_shows_the_four_parts_in_order_with_anchors_and_toc(client, konzept):
    response = client.get("/handlungsfelder/wlan/")
    assert response.status_code == 200
    page = soup(response)
    headings = [h.get_text(" ", strip=True) for h in page.select("section.konzept-teil > h2")]
    assert headings == [
        "1. Allgemeines/Aktuelles",
        "2. Umsetzungsplan",
        "3. Betriebsmodell",
        "4. Zuständigkeiten",
    ]
    toc = [a["href"] for a in page.select("nav.toc a")]
    assert toc == ["#allgemeines", "#umsetzungsplan", "#betriebsmodell", "#zustaendigkeiten"]
    for anchor in toc:
        assert page.select_one(anchor) is not None


def test_handlungsfeld_page_shows_stand_breadcrumbs_tags_and_navigation(client, konzept):
    page = soup(client.get("/handlungsfelder/wlan/"))
    stand = page.select_one("p.stand")
    assert stand is not None and stand.get_text().startswith("Stand: ")
    assert [a.get_text() for a in page.select("nav.breadcrumbs a")] == ["Startseite", "Handlungsfelder"]
    assert page.select_one("nav.breadcrumbs [aria-current=page]").get_text() == "WLAN"
    assert "Infrastruktur" in page.select_one("p.tags").get_text()
    menu = [a.get_text() for a in page.select("header nav.main-nav details a")]
    assert menu == ["Netzwerk", "WLAN"]


def test_every_block_type_renders_its_content(client, konzept):
    page = soup(client.get("/handlungsfelder/wlan/"))
    main = page.find("main")
    assert main.find("h3", string="Ausgangslage")
    assert "Alle Schulen sind an das Landkreisnetz angebunden." in main.get_text()
    assert "Private Geräte" in main.select_one("aside.hinweis--warnung").get_text()
    table = main.select_one(".block--tabelle table")
    assert table.caption.get_text() == "Netzsegmente"
    assert [th.get_text() for th in table.select("thead th")] == ["Segment", "Zweck"]
    assert [th.get_text() for th in table.select("tbody th")] == ["VLAN 10", "VLAN 20"]
    assert main.select_one(".verweis a")["href"] == "/handlungsfelder/netzwerk/"
    dokument = main.select_one(".dokument")
    assert dokument.a.get_text() == "Rahmenvertrag Endgeräte"
    assert dokument.a["href"].startswith("/documents/")
    assert "(PDF) – Stand 2024" in dokument.get_text()

    first, second = main.select("article.massnahme")
    assert "umgesetzt" in first.select_one(".status").get_text()
    assert "Gymnasium Weilheim, Realschule Penzberg" in first.get_text()
    assert "geplant" in second.select_one(".status").get_text()
    assert "alle Schulen" in second.get_text()
    assert "85.000 €" in second.get_text()

    support = main.select_one(".support-level")
    assert "1st Level: Systembetreuung der Schule" in support.h3.get_text()
    assert "Unterrichtstage 7:30–13:00 Uhr" in support.get_text()
    zustaendigkeit = main.select_one(".zustaendigkeit")
    assert "Betrieb der WLAN-Controller" in zustaendigkeit.get_text()
    assert "IT-Abteilung des Landkreises" in zustaendigkeit.get_text()
    assert "Systembetreuung der Schule" in zustaendigkeit.get_text()


def test_every_block_has_a_stable_anchor_from_its_block_id(client, konzept):
    page = soup(client.get("/handlungsfelder/wlan/"))
    for stream_block in konzept.wlan.umsetzungsplan:
        assert page.find(id=f"block-{stream_block.id}") is not None


def test_empty_parts_say_so_instead_of_vanishing(client, konzept):
    page = soup(client.get("/handlungsfelder/netzwerk/"))
    assert len(page.select("section.konzept-teil")) == 4
    assert len(page.select("section.konzept-teil p.empty")) == 4


def test_handlungsfeld_index_lists_live_handlungsfelder_only(client, konzept):
    konzept.add_handlungsfeld(title="Lizenzmanagement", slug="lizenzmanagement")
    draft = konzept.add_handlungsfeld(title="Geheimer Entwurf", slug="entwurf")
    draft.unpublish()
    response = client.get("/handlungsfelder/")
    assert response.status_code == 200
    titles = [h.get_text() for h in soup(response).select("main .card h2")]
    assert titles == ["Netzwerk", "WLAN", "Lizenzmanagement"]
    assert client.get("/handlungsfelder/entwurf/").status_code == 404


def test_sitzung_pages_render_participants_agenda_results_and_handlungsfelder(client, konzept):
    index = publish(SitzungIndexPageFactory(parent=konzept.start))
    sitzung = SitzungPageFactory(
        parent=index,
        title="10. Sitzung der Arbeitsgruppe",
        teilnehmende=[block("teilnahme", {"rolle": konzept.systembetreuung.pk, "personen": "Herr Huber", "anzahl": 3})],
        tagesordnung=[block("top", {"titel": "Abschlussberatung des Entwurfs", "erlaeuterung": ""})],
        ergebnisse=[block("paragraph", "<p>Der Entwurf wird dem Ausschuss empfohlen.</p>")],
    )
    sitzung.handlungsfelder.add(konzept.wlan)
    publish(sitzung)

    listing = soup(client.get("/arbeitsgruppe/"))
    assert "11.07.2019" in listing.find("main").get_text()
    detail = client.get("/arbeitsgruppe/" + sitzung.slug + "/")
    assert detail.status_code == 200
    text = soup(detail).find("main").get_text(" ", strip=True)
    assert "Systembetreuung der Schule Herr Huber (insgesamt 3 Personen)" in text
    assert "Abschlussberatung des Entwurfs" in text
    assert "Der Entwurf wird dem Ausschuss empfohlen." in text
    assert soup(detail).select_one("main a[href='/handlungsfelder/wlan/']") is not None


def test_beschluss_pages_render_body_version_and_dates(client, konzept):
    index = publish(BeschlussIndexPageFactory(parent=konzept.start))
    beschluss = publish(BeschlussPageFactory(parent=index))
    listing = soup(client.get("/beschluesse/")).find("main").get_text(" ", strip=True)
    assert "05.08.2019" in listing and "Kreis- und Schulausschuss" in listing and "Version 1.0" in listing
    detail = soup(client.get(beschluss.url)).find("main").get_text(" ", strip=True)
    assert "einstimmig" in detail and "In Kraft ab 01.09.2019" in detail


def test_content_page_of_the_host_renders_in_the_site_frame(client, konzept):
    from pages.models import ContentPage

    impressum = ContentPage(title="Impressum", slug="impressum", body=[block("paragraph", "<p>Landratsamt</p>")])
    konzept.start.add_child(instance=impressum)
    publish(impressum)
    page = soup(client.get("/impressum/"))
    assert page.find("h1").get_text() == "Impressum"
    assert "Landratsamt" in page.find("main").get_text()
    assert page.select_one("footer nav[aria-labelledby=footer-rechtliches]") is not None
