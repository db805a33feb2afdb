"""What a reader of /en/ sees: the whole concept (untranslated Handlungsfelder in German, marked and linked to their
fallback address), counts of every Maßnahme, tags, legal links and the contact in English, a natural date."""

import datetime

from django.utils import timezone

from taggit.models import Tag
from wagtail.models import Site

from bs4 import BeautifulSoup

from handlungsfelder.models import HandlungsfeldPage, SchlagwortUebersetzung, Schule
from handlungsfelder.pdf.erstellen import aktuelle_fassung
from handlungsfelder.pdf.rendering import render_html
from handlungsfelder.sprachen.schlagwoerter import bezeichnung
from handlungsfelder.sprachen.uebersetzung import uebersetzen
from pages.models import ContentPage, RechtlicheSeiten

from ..client import soup
from ..factories import block, publish

NICHT_UEBERSETZT = "has not been translated into English yet"


def karten(seite) -> dict[str, object]:
    """Title → its link, of every card of a start page or index."""
    return {a.get_text(strip=True): a for a in seite.select(".card-list .card h2 a, .card-list .card h3 a")}


def test_menu_start_page_and_index_list_every_handlungsfeld_untranslated_ones_marked_german(client, englisches_konzept):
    for url in ("/en/", "/en/handlungsfelder/"):
        seite = soup(client, url)
        menu = {a.get_text(strip=True): a for a in seite.select(".main-nav__menu a")}
        assert set(menu) == {"Network", "WLAN"}, url
        assert menu["WLAN"]["href"] == "/en/handlungsfelder/wlan/"
        assert (menu["WLAN"]["lang"], menu["WLAN"]["hreflang"]) == ("de", "de")
        assert not menu["Network"].has_attr("lang")
        assert menu["WLAN"].find_next_sibling("span", class_="sprachmarke").get_text(strip=True) == "in German"
        assert menu["Network"].find_next_sibling("span", class_="sprachmarke") is None
        liste = karten(seite)
        assert set(liste) == {"Network", "WLAN"}, url
        assert liste["WLAN"]["href"] == "/en/handlungsfelder/wlan/" and liste["WLAN"]["lang"] == "de"
        wlan_karte = liste["WLAN"].find_parent("li")
        assert wlan_karte.select_one("p[lang=de]").get_text() == "Flächendeckendes WLAN in allen Unterrichtsräumen."


def test_the_german_list_marks_nothing(client, englisches_konzept):
    seite = soup(client, "/handlungsfelder/")
    assert set(karten(seite)) == {"Netzwerk", "WLAN"}
    assert not seite.select("main [lang], .main-nav [lang], .sprachmarke")


def test_the_fallback_address_serves_the_german_page_with_the_notice(client, englisches_konzept):
    seite = soup(client, "/en/handlungsfelder/wlan/")
    assert NICHT_UEBERSETZT in seite.get_text()
    assert seite.find("h1").get_text(strip=True) == "WLAN"
    assert seite.select_one("main div[lang=de] h1")
    krumen = [(a.get_text(), a["href"]) for a in seite.select(".breadcrumbs a")]
    assert krumen == [("Start page", "/en/"), ("Fields of action", "/en/handlungsfelder/")]


def test_the_english_overview_counts_every_massnahme_and_says_how_many_are_german(client, englisches_konzept, englisch):
    uebersetzen(englisches_konzept.landkreis_it, englisch, {"IT-Abteilung des Landkreises": "County IT department"})
    deutsch = soup(client, "/umsetzung/").select(".massnahmen-tabelle tbody tr")
    seite = soup(client, "/en/umsetzung/")
    zeilen = seite.select(".massnahmen-tabelle tbody tr")
    assert len(zeilen) == len(deutsch) == 2
    summary = seite.select_one("p.summary").get_text(" ", strip=True)
    assert "comprises 2 measures" in summary
    assert "2 of them are not translated yet and are shown in German." in summary
    titel = zeilen[0].select_one("th a")
    assert titel["href"].startswith("/en/handlungsfelder/wlan/#block-") and titel["lang"] == "de"
    assert "County IT department" in zeilen[0].get_text()
    fortschritt = {a.get_text(strip=True): a for a in seite.select("table:not(.massnahmen-tabelle) th a")}
    assert fortschritt["WLAN"]["href"] == "/en/handlungsfelder/wlan/"


def test_the_english_school_view_lists_the_german_massnahmen_that_apply(client, englisches_konzept, englisch):
    schule = englisches_konzept.schulen[0]
    englische = uebersetzen(schule, englisch, {})
    assert isinstance(englische, Schule)
    seite = soup(client, f"/en/schulen/{englische.slug}/")
    titel = [a.get_text(strip=True) for a in seite.select(".schul-massnahmen tbody th a")]
    assert titel == ["Access Points in allen Klassenzimmern", "WLAN in Turnhallen"]
    caption = seite.select_one(".schul-massnahmen caption a")
    assert caption["href"] == "/en/handlungsfelder/wlan/" and caption["lang"] == "de"


def test_the_english_search_finds_an_untranslated_handlungsfeld_in_german(client, englisches_konzept):
    seite = soup(client, "/en/suche/?q=Turnhallen")
    treffer = seite.select(".suchergebnis h3 a")
    assert [a.get_text(strip=True) for a in treffer] == ["WLAN"]
    assert treffer[0]["href"] == "/en/handlungsfelder/wlan/" and treffer[0]["lang"] == "de"


def test_tags_are_named_in_the_readers_language_wherever_they_appear(client, englisches_konzept, englisch):
    tag = Tag.objects.get(name="Infrastruktur")
    assert bezeichnung(tag, "en") == "Infrastruktur"
    client.get("/en/handlungsfelder/")  # stored before the translation: the translation renews it
    SchlagwortUebersetzung.objects.create(tag=tag, locale=englisch, name="Infrastructure")
    assert bezeichnung(tag, "en") == "Infrastructure" and bezeichnung(tag, "de") == "Infrastruktur"
    for url in ("/en/handlungsfelder/", "/en/handlungsfelder/wlan/", "/en/schlagwoerter/infrastruktur/"):
        links = soup(client, url).select("main a.tag")
        assert [(a.get_text(), a["href"]) for a in links] == [("Infrastructure", "/en/schlagwoerter/infrastruktur/")]
    tag_seite = soup(client, "/en/schlagwoerter/infrastruktur/")
    assert tag_seite.find("h1").get_text() == "Infrastructure"
    assert "Tag “Infrastructure”" in tag_seite.title.get_text()
    assert [a.get_text() for a in soup(client, "/handlungsfelder/").select("main a.tag")] == ["Infrastruktur"]
    assert soup(client, "/schlagwoerter/infrastruktur/").find("h1").get_text() == "Infrastruktur"


def legal_pages(konzept) -> dict[str, ContentPage]:
    rechtliches = RechtlicheSeiten.for_site(Site.objects.get(is_default_site=True))
    seiten = {}
    for feld, titel in (("impressum", "Impressum"), ("datenschutz", "Datenschutz")):
        seite = ContentPage(title=titel, slug=feld, body=[block("paragraph", f"<p>{titel}</p>")])
        konzept.start.add_child(instance=seite)
        seiten[feld] = publish(seite)
        setattr(rechtliches, feld, seite)
    rechtliches.save()
    return seiten


def footer_links(client, url: str) -> list[tuple]:
    links = soup(client, url).select("#footer-rechtliches + ul a")[:-1]  # the last one is the admin login
    return [(a.get_text(), a["href"], a.get("hreflang")) for a in links]


def test_legal_links_are_english_and_lead_to_the_english_page_once_translated(client, englisches_konzept, englisch):
    seiten = legal_pages(englisches_konzept)
    assert footer_links(client, "/en/") == [
        ("Legal notice", "/en/impressum/", "de"),
        ("Privacy policy", "/en/datenschutz/", "de"),
    ]
    assert NICHT_UEBERSETZT in soup(client, "/en/impressum/").get_text()
    uebersetzen(seiten["impressum"], englisch, {"Impressum": "Imprint"})
    assert footer_links(client, "/en/") == [
        ("Imprint", "/en/impressum/", None),
        ("Privacy policy", "/en/datenschutz/", "de"),
    ]
    assert footer_links(client, "/") == [("Impressum", "/impressum/", None), ("Datenschutz", "/datenschutz/", None)]


def test_the_contacts_role_is_the_translated_one(client, englisches_konzept, englisch):
    kontakt = englisches_konzept.start.kontakt
    uebersetzen(kontakt, englisch, {"Projektleitung IT-Konzept": "Project lead IT concept"})
    for url in ("/en/", "/en/umsetzung/"):
        assert "Project lead IT concept" in soup(client, url).select_one("footer address").get_text(), url
    assert "Project lead IT concept" in soup(client, "/en/").select_one(".contact-box").get_text()
    assert "Projektleitung IT-Konzept" in soup(client, "/").select_one("footer address").get_text()


def test_the_date_of_the_last_update_reads_naturally_in_english(client, englisches_konzept):
    zeitpunkt = timezone.make_aware(datetime.datetime(2026, 12, 1, 12, 0))
    HandlungsfeldPage.objects.filter(pk=englisches_konzept.wlan.pk).update(last_published_at=zeitpunkt)
    assert soup(client, "/en/handlungsfelder/wlan/").select_one("p.stand").get_text() == "Last updated: 1 December 2026"
    assert soup(client, "/handlungsfelder/wlan/").select_one("p.stand").get_text() == "Stand: 01.12.2026"


def test_the_english_pdf_holds_every_handlungsfeld_the_german_ones_marked(englisches_konzept, englisch):
    englische_start = englisches_konzept.start.get_translation(englisch).specific
    html = BeautifulSoup(render_html(aktuelle_fassung(englische_start)), "html.parser")
    titel = {h2.find("span").get_text(): h2 for h2 in html.select("article.handlungsfeld h2")}
    assert set(titel) == {"Network", "WLAN"}
    assert titel["WLAN"].find("span")["lang"] == "de" and not titel["Network"].find("span").has_attr("lang")
    assert titel["WLAN"].select_one(".sprachmarke").get_text() == "in German"
