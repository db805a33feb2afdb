"""Cold public views run at most ten queries each, the same number however large the concept grows: blocks on a
page, links to other Handlungsfelder, Handlungsfelder, publications of a page. What a publication fixes (the parts,
the menu, the lists, comparisons) is stored once per publication (`handlungsfelder.konzept.darstellung`)."""

import datetime

from django.utils import translation

from wagtail.models import Locale, Page, Site

import pytest

from handlungsfelder.konzept.darstellung import seiten_url
from handlungsfelder.models import HandlungsfeldPage, KonzeptStartPage, Konzeptversion, Veroeffentlichung
from handlungsfelder.sprachen.uebersetzung import uebersetzen
from pages.models import ContentPage, RechtlicheSeiten

from ..client import count_queries, soup
from ..factories import (
    BeschlussIndexPageFactory,
    BeschlussPageFactory,
    SitzungIndexPageFactory,
    SitzungPageFactory,
    block,
    common_blocks,
    massnahme,
    publish,
)

# Site, active locale, start page, the page by its url_path (in a translation: in the original's tree too) and as its
# type, view restrictions, the stored output with the frame (the host's legal links stored in it), the language
# versions (with wagtail-localize's last sync): 8 for a German page, a view adds its own reading. An English page
# costs one more before the plugin routes: Wagtail looks up the English start page (`Page.localized`); the fallback of
# an untranslated page no more. Measured: 10 at most, English included.
QUERY_BOUND = 10


def version(konzept, nummer: str) -> Konzeptversion:
    return Konzeptversion.objects.create(
        konzept=konzept.start,
        nummer=nummer,
        beschlossen_am=datetime.date(2024, 1, 1),
        in_kraft_ab=datetime.date(2024, 2, 1),
    )


def publications(page) -> list[int]:
    """Revision ids of the page's publications, oldest first."""
    return list(Veroeffentlichung.objects.filter(page_id=page.pk).order_by("pk").values_list("revision_id", flat=True))


@pytest.fixture
def szene(client, konzept):
    """The fixture's concept with a meeting, a decision, an English translation and concept version 1.0, read
    once (the first request ever creates the host's settings row, a change like any other). As in the demo: the
    start page has blocks (a link to a Handlungsfeld among them), the footer links the host's legal pages, and
    "WLAN" is found in pages of four types."""
    start = KonzeptStartPage.objects.get(pk=konzept.start.pk)
    start.body = common_blocks(verweis_ziel=konzept.netzwerk)
    publish(start)
    sitzungen = publish(SitzungIndexPageFactory(parent=konzept.start))
    publish(
        SitzungPageFactory(
            parent=sitzungen, title="Sitzung zum WLAN", slug="erste-sitzung", handlungsfelder=[konzept.wlan]
        )
    )
    beschluesse = publish(BeschlussIndexPageFactory(parent=konzept.start))
    publish(BeschlussPageFactory(parent=beschluesse, title="Beschluss zum WLAN", slug="beschluss-1-0"))
    rechtliches = RechtlicheSeiten.for_site(Site.objects.get(is_default_site=True))
    for feld, titel in (("impressum", "Impressum"), ("datenschutz", "Datenschutz"), ("barrierefreiheit", "Barrieren")):
        seite = ContentPage(title=titel, slug=feld, body=[block("paragraph", f"<p>{titel}: auch das WLAN.</p>")])
        konzept.start.add_child(instance=seite)
        setattr(rechtliches, feld, publish(seite))
    rechtliches.save()
    englisch = Locale.objects.get(language_code="en")
    for page in (konzept.start, konzept.index, konzept.wlan):
        uebersetzen(page, englisch, {})
    version(konzept, "1.0")
    client.get("/")
    return konzept


def urls(konzept, nummer: str = "1.0") -> list[str]:
    """Every public view, the history of WLAN between its first and its last publication and concept version
    `nummer` compared with 1.0."""
    erste, letzte = publications(konzept.wlan)[0], publications(konzept.wlan)[-1]
    schule = konzept.schulen[0].slug
    return [
        "/",
        "/handlungsfelder/",
        "/handlungsfelder/wlan/",
        "/suche/?q=WLAN",
        f"/suche/?q=Maßnahme&schule={schule}&schlagwort=infrastruktur&handlungsfeld=wlan",
        "/umsetzung/",
        "/umsetzung/?status=geplant&sortierung=-zeitraum",
        "/schulen/",
        f"/schulen/{schule}/",
        "/schlagwoerter/",
        "/schlagwoerter/infrastruktur/",
        "/handlungsfelder/wlan/versionen/",
        f"/handlungsfelder/wlan/versionen/{erste}/",
        f"/handlungsfelder/wlan/versionen/{erste}/vergleich/{letzte}/",
        "/versionen/",
        f"/versionen/{nummer}/",
        f"/versionen/1.0/vergleich/{nummer}/",
        "/versionen/1.0/vergleich/aktuell/",
        "/aenderungen.atom",
        "/sitemap.xml",
        "/arbeitsgruppe/",
        "/arbeitsgruppe/erste-sitzung/",
        "/beschluesse/",
        "/beschluesse/beschluss-1-0/",
        "/impressum/",
    ]


# English pages: translated ones, the fallback of an untranslated Handlungsfeld (Netzwerk) and the views, which list
# the untranslated Handlungsfelder in German beside the translated ones.
ENGLISCH = [
    "/en/",
    "/en/handlungsfelder/",
    "/en/handlungsfelder/wlan/",
    "/en/handlungsfelder/netzwerk/",
    "/en/umsetzung/",
    "/en/suche/?q=WLAN",
    "/en/schlagwoerter/",
    "/en/schlagwoerter/infrastruktur/",
]


def zaehlen(client, adressen: list[str]) -> dict[str, int]:
    return {url: count_queries(client, url) for url in adressen}


def wlan_mit(konzept, bloecke: int = 0, verweise: list | None = None) -> None:
    """Publish WLAN (and its English translation) with `bloecke` blocks, a multiple of ten of every kind
    (Maßnahmen and roles included), and a link to each page of `verweise`."""
    wlan = HandlungsfeldPage.objects.get(pk=konzept.wlan.pk)
    runden = max(bloecke // 10, 1)
    wlan.allgemeines = [b for _ in range(runden) for b in common_blocks()] + [
        block("handlungsfeld_verweis", {"seite": ziel.pk, "text": ""}) for ziel in verweise or []
    ]
    wlan.umsetzungsplan = [
        massnahme(f"Maßnahme {i}", "geplant", konzept.landkreis_it, schulen=konzept.schulen) for i in range(runden * 3)
    ]
    wlan.betriebsmodell = []
    wlan.zustaendigkeiten = [
        block(
            "zustaendigkeit",
            {
                "aufgabe": f"Aufgabe {i}",
                "verantwortlich": konzept.landkreis_it.pk,
                "unterstuetzt": [konzept.systembetreuung.pk],
                "informiert": [],
            },
        )
        for i in range(runden * 3)
    ]
    publish(wlan)
    uebersetzen(wlan, Locale.objects.get(language_code="en"), {})


def test_every_public_view_runs_at_most_ten_queries(client, szene):
    treffer = soup(client, "/suche/?q=WLAN").select(".suchergebnis h3 a")
    assert {"WLAN", "Sitzung zum WLAN", "Beschluss zum WLAN", "Impressum"} <= {a.get_text() for a in treffer}
    assert soup(client, "/").select_one("footer a[href='/impressum/']").get_text() == "Impressum"
    counts = zaehlen(client, urls(szene))
    assert max(counts.values()) <= QUERY_BOUND, counts
    english = zaehlen(client, ENGLISCH)
    assert max(english.values()) <= QUERY_BOUND, english


def test_addresses_from_the_stored_frame_are_wagtails_own(rf, szene):
    """`seiten_url` builds what `Page.get_url` builds from the site's root paths, in every language and for a slug
    with letters beyond ASCII."""
    szene.add_handlungsfeld(title="Schulträger", slug="schulträger-übergreifend")
    for sprache in ("de", "en"):
        with translation.override(sprache):
            request = rf.get("/")
            for seite in Page.objects.live().filter(depth__gt=1):
                assert seiten_url(request, seite) == seite.get_url(request), seite.url_path


def test_queries_are_the_same_for_10_and_120_blocks(client, szene):
    wlan_mit(szene, bloecke=10)
    version(szene, "klein")
    klein = zaehlen(client, [*urls(szene, "klein"), *ENGLISCH])
    wlan_mit(szene, bloecke=120)
    version(szene, "gross")
    gross = zaehlen(client, [*urls(szene, "gross"), *ENGLISCH])
    wlan = HandlungsfeldPage.objects.get(pk=szene.wlan.pk)
    assert sum(len(part.blocks) for part in wlan.parts()) == 120
    assert list(gross.values()) == list(klein.values()), (klein, gross)


def test_queries_are_the_same_for_0_and_60_links_to_other_handlungsfelder(client, szene):
    ziele = [szene.add_handlungsfeld(title=f"Ziel {i}") for i in range(60)]
    wlan_mit(szene, verweise=[])
    version(szene, "ohne")
    ohne = zaehlen(client, [*urls(szene, "ohne"), *ENGLISCH])
    wlan_mit(szene, verweise=ziele)
    version(szene, "mit")
    mit = zaehlen(client, [*urls(szene, "mit"), *ENGLISCH])
    assert soup(client, "/handlungsfelder/wlan/").select("p.verweis a")[59].get_text() == "Ziel 59"
    assert list(mit.values()) == list(ohne.values()), (ohne, mit)


def test_queries_are_the_same_for_13_and_150_handlungsfelder(client, szene):
    for i in range(11):
        szene.add_handlungsfeld(title=f"Handlungsfeld {i}").tags.add("Infrastruktur")
    version(szene, "13")
    wenige = zaehlen(client, [*urls(szene, "13"), *ENGLISCH])
    for i in range(11, 148):
        szene.add_handlungsfeld(title=f"Handlungsfeld {i}")
    version(szene, "150")
    viele = zaehlen(client, [*urls(szene, "150"), *ENGLISCH])
    assert HandlungsfeldPage.objects.live().filter(locale__language_code="de").count() == 150
    assert list(viele.values()) == list(wenige.values()), (wenige, viele)


def test_history_and_comparison_queries_are_the_same_for_10_and_200_publications(client, szene):
    wlan = HandlungsfeldPage.objects.get(pk=szene.wlan.pk)

    def veroeffentlichen(bis: int) -> None:
        while len(publications(wlan)) < bis:
            wlan.summary = f"Fassung {len(publications(wlan))}"
            wlan.save_revision().publish()

    def historie() -> dict[str, int]:
        erste, letzte = publications(wlan)[0], publications(wlan)[-1]
        basis = "/handlungsfelder/wlan/versionen/"
        return zaehlen(client, [basis, f"{basis}{erste}/", f"{basis}{letzte}/", f"{basis}{erste}/vergleich/{letzte}/"])

    veroeffentlichen(10)
    zehn = historie()
    veroeffentlichen(200)
    zweihundert = historie()
    assert len(soup(client, "/handlungsfelder/wlan/versionen/").select("table.versionen tbody tr")) == 200
    assert list(zweihundert.values()) == list(zehn.values()), (zehn, zweihundert)
    assert max(zweihundert.values()) <= QUERY_BOUND


def test_a_publication_is_served_at_once_and_a_draft_never(client, szene):
    netzwerk = HandlungsfeldPage.objects.get(pk=szene.netzwerk.pk)
    wlan_mit(szene, verweise=[netzwerk])
    for url in ("/handlungsfelder/wlan/", "/", "/handlungsfelder/", "/handlungsfelder/netzwerk/"):
        assert client.get(url).status_code == 200  # stored now

    netzwerk.title = "Netzwerk und Verkabelung"
    netzwerk.summary = "Neue Kurzbeschreibung."
    publish(netzwerk)
    assert soup(client, "/handlungsfelder/wlan/").select_one("p.verweis a").get_text() == "Netzwerk und Verkabelung"
    assert "Netzwerk und Verkabelung" in soup(client, "/").select_one("nav.main-nav").get_text()
    assert "Neue Kurzbeschreibung." in soup(client, "/handlungsfelder/").get_text()
    assert "Neue Kurzbeschreibung." in soup(client, "/handlungsfelder/netzwerk/").get_text()

    netzwerk.summary = "ENTWURF, NICHT ÖFFENTLICH"
    netzwerk.save_revision()
    for url in ("/handlungsfelder/netzwerk/", "/handlungsfelder/", "/", "/handlungsfelder/wlan/"):
        assert "ENTWURF" not in client.get(url).content.decode()

    netzwerk.unpublish()
    assert soup(client, "/handlungsfelder/wlan/").select("p.verweis") == []
    assert "Netzwerk und Verkabelung" not in soup(client, "/").select_one("nav.main-nav").get_text()
    assert client.get("/handlungsfelder/netzwerk/").status_code == 404


def test_reference_data_changes_are_served_at_once(client, szene):
    assert "IT-Abteilung des Landkreises" in client.get("/handlungsfelder/wlan/").content.decode()
    szene.landkreis_it.name = "Kreis-IT"
    szene.landkreis_it.save()
    assert "Kreis-IT" in client.get("/handlungsfelder/wlan/").content.decode()
    kontakt = szene.start.kontakt
    kontakt.name = "Erika Beispiel"
    kontakt.save()
    assert "Erika Beispiel" in soup(client, "/umsetzung/").select_one("footer").get_text()
