"""The frame every public page shares: tag pages, previous/next, "Stand", header and menu without JavaScript."""

from ..client import soup
from ..factories import publish


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
