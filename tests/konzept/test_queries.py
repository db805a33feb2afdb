"""Public pages run a fixed number of queries, however many blocks and Handlungsfelder there are."""

from wagtail.models import Locale

from handlungsfelder.sprachen.uebersetzung import uebersetzen

from ..client import count_queries
from ..factories import SchuleFactory, block, common_blocks, massnahme

# 24 measured (routing, view restrictions, menu, breadcrumbs, tags, one per chooser field, two for the language
# versions); the equality tests catch per-block or per-page queries, this bound catches a constant that creeps up.
HANDLUNGSFELD_PAGE_QUERY_BOUND = 24
# An English page looks up the English start page and wagtail-localize's last sync of its German original too.
TRANSLATION_QUERIES = 3


def grow_wlan(konzept, factor: int) -> None:
    schulen = [SchuleFactory() for _ in range(factor)]
    konzept.wlan.allgemeines = [b for _ in range(factor) for b in common_blocks(verweis_ziel=konzept.netzwerk)]
    konzept.wlan.umsetzungsplan = [
        massnahme(f"Maßnahme {i}", "geplant", konzept.landkreis_it, schulen=schulen) for i in range(10 * factor)
    ]
    konzept.wlan.zustaendigkeiten = [
        block(
            "zustaendigkeit",
            {
                "aufgabe": f"Aufgabe {i}",
                "verantwortlich": konzept.landkreis_it.pk,
                "unterstuetzt": [konzept.systembetreuung.pk],
                "informiert": [konzept.systembetreuung.pk],
            },
        )
        for i in range(5 * factor)
    ]
    konzept.wlan.save_revision().publish()
    for i in range(3 * factor):
        konzept.add_handlungsfeld(title=f"Weiteres Handlungsfeld {factor}-{i}")


def test_handlungsfeld_page_queries_do_not_grow_with_blocks_or_pages(client, konzept):
    grow_wlan(konzept, factor=1)
    small = count_queries(client, "/handlungsfelder/wlan/")
    grow_wlan(konzept, factor=8)
    large = count_queries(client, "/handlungsfelder/wlan/")
    assert konzept.wlan.umsetzungsplan and len(konzept.wlan.umsetzungsplan) == 80
    assert large == small
    assert large <= HANDLUNGSFELD_PAGE_QUERY_BOUND


def test_english_handlungsfeld_page_queries_do_not_grow_with_blocks_or_pages(client, konzept):
    englisch = Locale.objects.get(language_code="en")
    grow_wlan(konzept, factor=1)
    for page in (konzept.start, konzept.index, konzept.wlan):
        uebersetzen(page, englisch, {})
    small = count_queries(client, "/en/handlungsfelder/wlan/")
    grow_wlan(konzept, factor=4)
    uebersetzen(konzept.wlan, englisch, {})
    large = count_queries(client, "/en/handlungsfelder/wlan/")
    assert large == small
    assert large <= HANDLUNGSFELD_PAGE_QUERY_BOUND + TRANSLATION_QUERIES


def test_start_and_index_page_queries_do_not_grow_with_the_number_of_handlungsfelder(client, konzept):
    before = {url: count_queries(client, url) for url in ("/", "/handlungsfelder/")}
    for i in range(12):
        konzept.add_handlungsfeld(title=f"Handlungsfeld {i}").tags.add("Infrastruktur", "Betrieb")
    after = {url: count_queries(client, url) for url in ("/", "/handlungsfelder/")}
    assert after == before


# The plugin views read Maßnahmen through handlungsfelder.umsetzung.massnahmen: a fixed number of queries for any
# concept size (search: up to 20, one more per page type among the results).
PLUGIN_VIEW_QUERY_BOUND = 24


def test_overview_school_and_search_queries_do_not_grow_with_the_concept(client, konzept):
    schule = konzept.schulen[0]
    urls = (
        "/umsetzung/",
        "/umsetzung/?status=geplant&sortierung=-zeitraum",
        f"/schulen/{schule.slug}/",
        "/schulen/",
        "/suche/?q=Maßnahme",
        f"/suche/?q=Maßnahme&schule={schule.slug}&schlagwort=infrastruktur",
        "/schlagwoerter/infrastruktur/",
    )
    grow_wlan(konzept, factor=1)
    small = {url: count_queries(client, url) for url in urls}
    grow_wlan(konzept, factor=6)
    large = {url: count_queries(client, url) for url in urls}
    assert large == small
    assert max(large.values()) <= PLUGIN_VIEW_QUERY_BOUND, large
