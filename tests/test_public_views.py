"""Per-school view, implementation overview, tag pages, previous/next and "Stand" as the public sees them."""

from bs4 import BeautifulSoup

from .factories import DienstleisterFactory, SchuleFactory, massnahme, publish


def soup(client, url: str, status: int = 200) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == status
    return BeautifulSoup(response.content, "html.parser")


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
        "Netzschrank erneuern",
        "Access Points in allen Klassenzimmern",
        "WLAN in Turnhallen (alle Schulen)",
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


def test_overview_lists_every_massnahme_and_filters_by_status(client, konzept):
    all_rows = soup(client, "/umsetzung/").select(".massnahmen-tabelle tbody tr")
    assert [r.th.get_text(strip=True) for r in all_rows] == [
        "Access Points in allen Klassenzimmern",
        "WLAN in Turnhallen",
    ]
    geplant = soup(client, "/umsetzung/?status=geplant").select(".massnahmen-tabelle tbody tr")
    assert [r.th.get_text(strip=True) for r in geplant] == ["WLAN in Turnhallen"]


def test_overview_filters_by_school_period_responsible_and_handlungsfeld(client, konzept):
    def rows(query: str) -> list[str]:
        return [
            th.get_text(strip=True)
            for th in soup(client, "/umsetzung/?" + query).select(".massnahmen-tabelle tbody th")
        ]

    schule = konzept.schulen[0]
    assert rows(f"schule={schule.slug}") == ["Access Points in allen Klassenzimmern", "WLAN in Turnhallen"]
    assert rows("handlungsfeld=netzwerk") == []
    assert rows("zeitraum=Schuljahr+2020/21&handlungsfeld=wlan") == [
        "Access Points in allen Klassenzimmern",
        "WLAN in Turnhallen",
    ]
    assert rows(f"verantwortlich={konzept.landkreis_it.pk}&status=umgesetzt") == [
        "Access Points in allen Klassenzimmern"
    ]


def test_overview_sorts_by_a_column_both_ways(client, konzept):
    def first(query: str) -> str:
        return soup(client, "/umsetzung/?" + query).select_one(".massnahmen-tabelle tbody th").get_text(strip=True)

    assert first("sortierung=titel") == "Access Points in allen Klassenzimmern"
    assert first("sortierung=-titel") == "WLAN in Turnhallen"
    header = soup(client, "/umsetzung/?sortierung=status").select_one("th[aria-sort]")
    assert header["aria-sort"] == "ascending" and "Status" in header.get_text()


def test_overview_ignores_unknown_filter_values_with_a_message(client, konzept):
    page = soup(client, "/umsetzung/?status=<script>&sortierung=%27;--&schule=x")
    assert "unbekannten Wert" in page.find("main").get_text()
    assert len(page.select(".massnahmen-tabelle tbody tr")) == 2


def test_overview_chart_is_an_svg_image_with_its_numbers_also_in_a_table(client, konzept):
    page = soup(client, "/umsetzung/")
    svg = page.select_one("figure.diagramm svg[role=img]")
    assert svg.find("title").get_text() and svg.find("desc").get_text()
    assert len(svg.select("g")) == 2
    wlan_row = [r for r in page.select("table.zahlen tbody tr") if r.th.get_text(strip=True) == "WLAN"][0]
    assert [td.get_text() for td in wlan_row.select("td")] == ["1", "0", "1", "0", "2", "50"]


def test_tag_page_lists_the_live_handlungsfelder_with_that_tag(client, konzept):
    betrieb = konzept.add_handlungsfeld(title="Netzwerkbetrieb")
    betrieb.tags.add("Infrastruktur")
    publish(betrieb)
    page = soup(client, "/schlagwoerter/infrastruktur/")
    assert [h.get_text() for h in page.select("main .card h2")] == ["WLAN", "Netzwerkbetrieb"]
    wlan_tags = soup(client, "/handlungsfelder/wlan/").select("p.tags a")
    assert [a["href"] for a in wlan_tags] == ["/schlagwoerter/infrastruktur/"]
    assert "Seite nicht gefunden" in soup(client, "/schlagwoerter/unbekannt/", status=404).get_text()


def test_handlungsfeld_links_to_the_previous_and_next_handlungsfeld(client, konzept):
    dritte = konzept.add_handlungsfeld(title="Lizenzen", slug="lizenzen")
    pager = soup(client, "/handlungsfelder/wlan/").select_one("nav.pager")
    assert pager.select_one("a[rel=prev]")["href"] == "/handlungsfelder/netzwerk/"
    assert pager.select_one("a[rel=next]")["href"] == dritte.url
    first = soup(client, "/handlungsfelder/netzwerk/").select_one("nav.pager")
    assert first.select_one("a[rel=prev]") is None and first.select_one("a[rel=next]") is not None


def test_every_public_page_shows_its_stand(client, konzept):
    for url in (
        "/",
        "/handlungsfelder/",
        "/handlungsfelder/wlan/",
        "/suche/?q=WLAN",
        "/schulen/",
        f"/schulen/{konzept.schulen[0].slug}/",
        "/umsetzung/",
        "/schlagwoerter/infrastruktur/",
    ):
        stands = soup(client, url).select("p.stand")
        assert len(stands) == 1, url
        assert stands[0].get_text().startswith("Stand: "), url


def test_header_menu_search_and_pdf_link_work_without_javascript(client, konzept):
    page = soup(client, "/")
    assert page.select_one("header details.main-nav__menu > summary") is not None
    assert page.select_one("header form[role=search][action='/suche/'] input[name=q]") is not None
    assert page.find("script") is None
    assert page.select_one("footer a[href='/konzept.pdf'][download]") is not None
