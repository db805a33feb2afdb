"""What readers use to find their way and to read what they found: links to meetings and decisions, the tag
index, breadcrumbs on the versions, the page title, the printed page, versions not yet in force, participants,
the overview's totals and filters, the sitemap."""

import datetime

from django.core.cache import cache
from django.utils import timezone

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from handlungsfelder.models import HandlungsfeldPage, Konzeptversion, Veroeffentlichung
from handlungsfelder.sprachen.uebersetzung import uebersetzen

from ..client import soup
from ..factories import (
    BeschlussIndexPageFactory,
    SitzungIndexPageFactory,
    SitzungPageFactory,
    block,
    massnahme,
    publish,
)


def test_footer_and_start_page_link_the_meetings_and_the_decisions(client, konzept):
    publish(SitzungIndexPageFactory(parent=konzept.start, title="Arbeitsgruppe", slug="arbeitsgruppe"))
    publish(BeschlussIndexPageFactory(parent=konzept.start))
    for url in ("/", "/umsetzung/", "/handlungsfelder/wlan/"):
        footer = [a["href"] for a in soup(client, url).select("footer a")]
        assert "/arbeitsgruppe/" in footer and "/beschluesse/" in footer, url
    start = soup(client, "/").select_one("main section[aria-labelledby=verzeichnisse-heading]")
    assert [a["href"] for a in start.select("a")] == ["/arbeitsgruppe/", "/beschluesse/"]


def test_tag_index_lists_every_tag_of_the_public_handlungsfelder_with_its_count(client, konzept):
    betrieb = konzept.add_handlungsfeld(title="Netzwerkbetrieb")
    betrieb.tags.add("Infrastruktur", "Betrieb")
    publish(betrieb)
    entwurf = konzept.add_handlungsfeld(title="Entwurf")
    entwurf.tags.add("Geheim")
    publish(entwurf).unpublish()
    page = soup(client, "/schlagwoerter/")
    eintraege = [li.get_text(" ", strip=True) for li in page.select("ul.schlagwortliste li")]
    assert eintraege == ["Betrieb (1 Handlungsfeld)", "Infrastruktur (2 Handlungsfelder)"]
    assert page.select_one("a[href='/schlagwoerter/infrastruktur/']") is not None
    assert page.select_one("nav.breadcrumbs").get_text(" ", strip=True) == "Startseite Schlagwörter"
    assert "/schlagwoerter/" in [a["href"] for a in page.select("footer a")]
    tag_page = soup(client, "/schlagwoerter/betrieb/").select_one("nav.breadcrumbs a[href='/schlagwoerter/']")
    assert tag_page is not None
    english = soup(client, "/en/schlagwoerter/")
    assert english.select_one("h1").get_text() == "Tags"


def _version(konzept, nummer: str, in_kraft_ab: datetime.date, **kwargs) -> Konzeptversion:
    return Konzeptversion.objects.create(
        konzept=konzept.start,
        nummer=nummer,
        beschlossen_am=datetime.date(2024, 4, 22),
        in_kraft_ab=in_kraft_ab,
        **kwargs,
    )


def _crumbs(page) -> str:
    return page.select_one("nav.breadcrumbs").get_text(" > ", strip=True)


def test_versions_and_comparisons_have_breadcrumbs(client, konzept):
    _version(konzept, "1.0", datetime.date(2024, 5, 1))
    _version(konzept, "2.0", datetime.date(2024, 6, 1))
    assert _crumbs(soup(client, "/versionen/")) == "Startseite > Versionen des IT-Konzepts"
    assert _crumbs(soup(client, "/versionen/2.0/")) == "Startseite > Versionen des IT-Konzepts > Version 2.0"
    vergleich = soup(client, "/versionen/1.0/vergleich/2.0/")
    assert _crumbs(vergleich) == "Startseite > Versionen des IT-Konzepts > Version 1.0 und 2.0"
    wlan = HandlungsfeldPage.objects.get(pk=konzept.wlan.pk)
    wlan.summary = "Neu zusammengefasst."
    publish(wlan)
    alt, neu = Veroeffentlichung.objects.filter(page_id=wlan.pk).order_by("pk").values_list("revision_id", flat=True)
    assert _crumbs(soup(client, "/handlungsfelder/wlan/versionen/")).endswith("> WLAN > Versionen")
    diff = soup(client, f"/handlungsfelder/wlan/versionen/{alt}/vergleich/{neu}/")
    assert _crumbs(diff).endswith("> WLAN > Versionen > Vergleich")
    assert diff.select_one("nav.breadcrumbs a[href='/handlungsfelder/wlan/versionen/']") is not None
    fassung = soup(client, f"/handlungsfelder/wlan/versionen/{alt}/")
    assert _crumbs(fassung).endswith("> WLAN > Versionen > Fassung vom " + timezone.localdate().strftime("%d.%m.%Y"))


def test_start_page_title_names_the_site_once(client, konzept):
    titel = soup(client, "/").title.get_text()
    assert titel == konzept.start.title
    assert soup(client, "/umsetzung/").title.get_text() == f"Stand der Umsetzung – {konzept.start.title}"


def test_printed_page_names_the_concept_its_publisher_and_its_address(client, konzept):
    page = BeautifulSoup(client.get("/handlungsfelder/wlan/", HTTP_HOST="schulen.example.org").content, "html.parser")
    kopf, fuss = page.select(".druckzeile")
    assert kopf.has_attr("hidden") and fuss.has_attr("hidden")
    assert konzept.start.title in kopf.get_text() and konzept.start.kontakt.organisation in kopf.get_text()
    assert fuss.get_text().endswith("http://schulen.example.org/handlungsfelder/wlan/")


def test_a_version_not_yet_in_force_says_so_and_the_committee_is_named_once(client, konzept):
    heute = timezone.localdate()
    _version(
        konzept,
        "2.0",
        heute - datetime.timedelta(days=1),
        beschluss_referenz="Kreis- und Schulausschuss, Sitzung vom 22.04.2024, TOP 3",
    )
    _version(konzept, "3.0", heute + datetime.timedelta(days=30))
    zeilen = {
        row.select_one("th").get_text(strip=True): row.get_text(" ", strip=True)
        for row in soup(client, "/versionen/").select("tbody tr")
    }
    assert "noch nicht in Kraft" in zeilen["Version 3.0"]
    assert "noch nicht in Kraft" not in zeilen["Version 2.0"]
    assert zeilen["Version 2.0"].count("Kreis- und Schulausschuss") == 1
    assert "Noch nicht in Kraft." in soup(client, "/versionen/3.0/").select_one(".archiv-hinweis").get_text()
    assert "Noch nicht in Kraft." not in soup(client, "/versionen/2.0/").select_one(".archiv-hinweis").get_text()


def test_page_cache_keeps_a_page_for_one_day_only(client, konzept, settings, monkeypatch):
    """A label decided against today's date ("noch nicht in Kraft") is never served from yesterday's cache."""
    settings.SEITENCACHE = True
    cache.clear()
    heute = timezone.localdate()
    _version(konzept, "3.0", heute + datetime.timedelta(days=1))
    assert "noch nicht in Kraft" in soup(client, "/versionen/").get_text()
    monkeypatch.setattr(timezone, "localdate", lambda *args: heute + datetime.timedelta(days=1))
    assert "noch nicht in Kraft" not in soup(client, "/versionen/").get_text()
    cache.clear()


def test_meeting_participants_show_names_and_numbers_of_persons(client, konzept):
    sitzungen = publish(SitzungIndexPageFactory(parent=konzept.start))
    publish(
        SitzungPageFactory(
            parent=sitzungen,
            slug="sitzung",
            teilnehmende=[
                block("teilnahme", {"rolle": konzept.landkreis_it.pk, "personen": "", "anzahl": 7}),
                block("teilnahme", {"rolle": konzept.systembetreuung.pk, "personen": "Anna Huber", "anzahl": 3}),
            ],
        )
    )
    rows = [row.get_text(" ", strip=True) for row in soup(client, "/arbeitsgruppe/sitzung/").select("tbody tr")]
    assert rows == [
        "IT-Abteilung des Landkreises 7 Personen",
        "Systembetreuung der Schule Anna Huber (insgesamt 3 Personen)",
    ]


def test_overview_totals_costs_and_its_chart_follows_the_filters(client, konzept):
    netzwerk = HandlungsfeldPage.objects.get(pk=konzept.netzwerk.pk)
    netzwerk.umsetzungsplan = [
        massnahme("Switches", "geplant", konzept.landkreis_it, alle_schulen=True, kosten="1000.00"),
        massnahme("Kabel", "umgesetzt", konzept.landkreis_it, alle_schulen=True, kosten="500.00"),
    ]
    publish(netzwerk)
    page = soup(client, "/umsetzung/")
    zeilen = {row.select_one("th").get_text(strip=True): row for row in page.select("table.zahlen tbody tr")}
    assert zeilen["Netzwerk"].select("td")[-1].get_text(strip=True) == "1.500"
    assert zeilen["WLAN"].select("td")[-1].get_text(" ", strip=True) == "85.000 (1 von 2 geschätzt)"
    summe = page.select_one("table.zahlen tfoot tr")
    assert summe.select("td")[-1].get_text(" ", strip=True) == "86.500 (3 von 4 geschätzt)"
    assert page.select_one("form.filter-form")["action"] == "#ergebnisse"
    assert page.select_one("#ergebnisse") is not None

    gefiltert = soup(client, "/umsetzung/?status=geplant")
    balken = [text.get_text() for text in gefiltert.select(".diagramm .diagramm__label")]
    assert balken == ["Netzwerk", "WLAN"]
    summe = gefiltert.select_one("table.zahlen tfoot tr").get_text(" ", strip=True)
    assert summe.startswith("Summe 2 0 0 0 2") and "86.000" in summe
    nur_wlan = soup(client, "/umsetzung/?handlungsfeld=wlan")
    assert [text.get_text() for text in nur_wlan.select(".diagramm .diagramm__label")] == ["WLAN"]


@pytest.mark.filterwarnings("ignore::bs4.XMLParsedAsHTMLWarning")
def test_sitemap_lists_every_language_with_alternates_at_the_requested_host(client, konzept):
    for page in (konzept.start, konzept.index, konzept.wlan):
        uebersetzen(page, Locale.objects.get(language_code="en"), {})
    response = client.get("/sitemap.xml", HTTP_HOST="schulen.example.org")
    xml = BeautifulSoup(response.content, "html.parser")
    orte = [loc.get_text() for loc in xml.find_all("loc")]
    assert "http://schulen.example.org/handlungsfelder/wlan/" in orte
    assert "http://schulen.example.org/en/handlungsfelder/wlan/" in orte
    assert not any("localhost" in ort for ort in orte)
    wlan = next(
        url for url in xml.find_all("url") if url.loc.get_text().endswith("//schulen.example.org/handlungsfelder/wlan/")
    )
    alternates = {link["hreflang"]: link["href"] for link in wlan.find_all("xhtml:link")}
    assert alternates == {
        "de": "http://schulen.example.org/handlungsfelder/wlan/",
        "en": "http://schulen.example.org/en/handlungsfelder/wlan/",
        "x-default": "http://schulen.example.org/handlungsfelder/wlan/",
    }
    netzwerk = next(url for url in xml.find_all("url") if url.loc.get_text().endswith("/netzwerk/"))
    assert netzwerk.find_all("xhtml:link") == []
