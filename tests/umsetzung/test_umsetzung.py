"""The implementation overview: every Maßnahme in one table, filters, sorting and the progress chart."""

from ..client import soup
from ..factories import massnahme, publish


def test_overview_lists_every_massnahme_and_filters_by_status(client, konzept):
    all_rows = soup(client, "/umsetzung/").select(".massnahmen-tabelle tbody tr")
    assert [r.th.a.get_text(strip=True) for r in all_rows] == [
        "Access Points in allen Klassenzimmern",
        "WLAN in Turnhallen",
    ]
    geplant = soup(client, "/umsetzung/?status=geplant").select(".massnahmen-tabelle tbody tr")
    assert [r.th.a.get_text(strip=True) for r in geplant] == ["WLAN in Turnhallen"]


def test_overview_filters_by_school_period_responsible_and_handlungsfeld(client, konzept):
    def rows(query: str) -> list[str]:
        return [
            th.a.get_text(strip=True)
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
        return soup(client, "/umsetzung/?" + query).select_one(".massnahmen-tabelle tbody th a").get_text(strip=True)

    assert first("sortierung=titel") == "Access Points in allen Klassenzimmern"
    assert first("sortierung=-titel") == "WLAN in Turnhallen"
    header = soup(client, "/umsetzung/?sortierung=status").select_one("th[aria-sort]")
    assert header["aria-sort"] == "ascending" and "Status" in header.get_text()


def test_overview_ignores_unknown_filter_values_with_a_message(client, konzept):
    page = soup(client, "/umsetzung/?status=<script>&sortierung=%27;--&schule=x")
    assert "unbekannten Wert" in page.find("main").get_text()
    assert len(page.select(".massnahmen-tabelle tbody tr")) == 2


def test_overview_chart_labels_are_html_beside_text_free_bars_and_numbers_in_a_table(client, konzept):
    page = soup(client, "/umsetzung/")
    zeilen = page.select("figure.diagramm .diagramm__zeile")
    assert len(zeilen) == 2
    assert all(zeile.select_one(".diagramm__label").get_text(strip=True) for zeile in zeilen)
    assert all(zeile.select_one("svg[aria-hidden=true]") and not zeile.svg.find("text") for zeile in zeilen)
    assert page.select_one(".diagramm__zeile svg rect")
    wlan_row = [r for r in page.select("table.zahlen tbody tr") if r.th.get_text(strip=True) == "WLAN"][0]
    assert [td.get_text() for td in wlan_row.select("td")] == [
        "1",
        "0",
        "1",
        "0",
        "2",
        "50",
        "85.000 (1 von 2 geschätzt)",
    ]


def test_stored_rows_follow_a_publication_and_renamed_school(client, konzept, django_capture_on_commit_callbacks):
    """The rows are stored once per change of the public state; the next reader sees each change at once."""

    def row(titel: str) -> str:
        rows = soup(client, "/umsetzung/").select(".massnahmen-tabelle tbody tr")
        return next(r for r in rows if r.th.a.get_text(strip=True) == titel).get_text(" ", strip=True)

    assert "geplant" in row("WLAN in Turnhallen")
    schule = konzept.schulen[0]
    with django_capture_on_commit_callbacks(execute=True):
        konzept.wlan.umsetzungsplan = [
            massnahme("WLAN in Turnhallen", "umgesetzt", konzept.landkreis_it, schulen=[schule]),
        ]
        publish(konzept.wlan)
    assert "umgesetzt" in row("WLAN in Turnhallen")
    with django_capture_on_commit_callbacks(execute=True):
        schule.kurzname = "Umbenannte Schule"
        schule.save()
    assert "Umbenannte Schule" in row("WLAN in Turnhallen")


def test_overview_pages_keep_filters_and_sorting_and_answer_a_bad_page_number(client, konzept, monkeypatch):
    monkeypatch.setattr("handlungsfelder.umsetzung.views.MASSNAHMEN_PER_PAGE", 1)

    def titles(page) -> list[str]:
        return [th.a.get_text(strip=True) for th in page.select(".massnahmen-tabelle tbody th")]

    first = soup(client, "/umsetzung/?sortierung=-titel")
    assert titles(first) == ["WLAN in Turnhallen"]
    assert "Maßnahmen 1 bis 1 von 2 angezeigt." in first.select_one("[role=status]").get_text()
    (nav,) = first.select("nav.pagination")
    assert nav.find_parent("section").h2.get_text() == "Alle Maßnahmen"
    assert "Seite 1 von 2" in nav.get_text()
    weiter = nav.select_one("a[rel=next]")["href"]
    assert "sortierung=-titel" in weiter and "seite=2" in weiter
    second = soup(client, "/umsetzung/" + weiter)
    assert titles(second) == ["Access Points in allen Klassenzimmern"]
    # A column header starts the new order on its first page.
    assert all("seite=" not in a["href"] for a in second.select(".massnahmen-tabelle thead a"))
    for bad in ("seite=x", "seite=-1", "seite=999"):
        response = client.get(f"/umsetzung/?sortierung=-titel&{bad}")
        assert response.status_code == 200
        assert len(titles(soup(client, f"/umsetzung/?sortierung=-titel&{bad}"))) == 1
