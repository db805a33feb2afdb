"""Every kind of change the public can see empties the page cache once committed: the next reader sees it at once."""

import datetime

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Locale, Site

import pytest

from handlungsfelder.models import HandlungsfeldPage, Konzeptversion
from handlungsfelder.sprachen.uebersetzung import uebersetzen
from pages.models import RechtlicheSeiten

from ..factories import HandlungsfeldPageFactory, publish

pytestmark = pytest.mark.usefixtures("seitencache")


def text(client, url: str) -> str:
    return client.get(url).content.decode()


def test_publish(client, konzept, committed):
    assert "Flächendeckendes WLAN" in text(client, "/handlungsfelder/wlan/")
    with committed():
        konzept.wlan.summary = "WLAN auch im Schulhof."
        publish(konzept.wlan)
    assert "WLAN auch im Schulhof." in text(client, "/handlungsfelder/wlan/")


def test_new_page_appears_in_the_menu_of_every_cached_page(client, konzept, committed):
    assert "Medienbildung" not in text(client, "/handlungsfelder/netzwerk/")
    with committed():
        konzept.add_handlungsfeld(title="Medienbildung", slug="medienbildung")
    assert "Medienbildung" in text(client, "/handlungsfelder/netzwerk/")


def test_unpublish(client, konzept, committed):
    assert client.get("/handlungsfelder/wlan/").status_code == 200
    with committed():
        konzept.wlan.unpublish()
    assert client.get("/handlungsfelder/wlan/").status_code == 404


def test_move(client, konzept, committed):
    unter = publish(HandlungsfeldPageFactory(parent=konzept.index, title="Infrastruktur", slug="infrastruktur"))
    client.get("/handlungsfelder/wlan/")
    with committed():
        HandlungsfeldPage.objects.get(pk=konzept.wlan.pk).move(unter, pos="last-child")
    moved = client.get("/handlungsfelder/wlan/")
    assert moved.status_code == 301
    assert moved["Location"].endswith("/handlungsfelder/infrastruktur/wlan/")


def test_delete(client, konzept, committed):
    assert "Netzwerk" in text(client, "/handlungsfelder/")
    with committed():
        HandlungsfeldPage.objects.get(pk=konzept.netzwerk.pk).delete()
    assert client.get("/handlungsfelder/netzwerk/").status_code == 404
    assert 'href="/handlungsfelder/netzwerk/"' not in text(client, "/handlungsfelder/")


def test_scheduled_publication(client, konzept, committed):
    page = HandlungsfeldPage.objects.get(pk=konzept.wlan.pk)
    page.summary = "Zeitgesteuert veröffentlicht."
    page.save_revision(approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1))
    assert "Zeitgesteuert veröffentlicht." not in text(client, "/handlungsfelder/wlan/")
    with committed():
        call_command("publish_scheduled")
    assert "Zeitgesteuert veröffentlicht." in text(client, "/handlungsfelder/wlan/")


@pytest.mark.parametrize("field", ["schule", "akteur", "kontakt", "dienstleister", "region"])
def test_reference_data_edit(client, konzept, committed, field):
    schule = konzept.schulen[0]
    url, target, attribute = {
        "schule": (f"/schulen/{schule.slug}/", schule, "name"),
        "akteur": ("/handlungsfelder/wlan/", konzept.landkreis_it, "name"),
        "kontakt": ("/", konzept.start.kontakt, "name"),
        "dienstleister": (f"/schulen/{schule.slug}/", None, "name"),
        "region": (f"/schulen/{schule.slug}/", schule.region, "name"),
    }[field]
    if target is None:
        from ..factories import DienstleisterFactory

        target = DienstleisterFactory(region=schule.region, name="Systemhaus Alt")
    neu = f"Geänderter Name {field}"
    assert neu not in text(client, url)
    with committed():
        setattr(target, attribute, neu)
        target.save()
    assert neu in text(client, url)


def test_concept_version_recorded(client, konzept, committed):
    # "Version 9.1", not "9.1" alone: a time's seconds and microseconds ("…:59.102006") can read "9.1", too
    assert "Version 9.1" not in text(client, "/versionen/")
    with committed():
        Konzeptversion.objects.create(
            konzept=konzept.start,
            nummer="9.1",
            beschlossen_am=datetime.date(2026, 1, 1),
            in_kraft_ab=datetime.date(2026, 2, 1),
        )
    assert "Version 9.1" in text(client, "/versionen/")


def test_site_settings_legal_pages(client, konzept, committed):
    """The footer links the legal pages: one link more once the setting names the page."""
    impressum = konzept.add_handlungsfeld(title="Impressumsseite", slug="impressum")
    link = '<a href="/handlungsfelder/impressum/">Impressumsseite</a>'
    before = text(client, "/umsetzung/").count(link)
    with committed():
        einstellungen = RechtlicheSeiten.for_site(Site.objects.get(is_default_site=True))
        einstellungen.impressum = impressum
        einstellungen.save()
    assert text(client, "/umsetzung/").count(link) == before + 1


def test_site_edit(client, konzept, committed):
    site = Site.objects.get(is_default_site=True)
    assert client.get("/handlungsfelder/wlan/").status_code == 200
    with committed():
        site.root_page = konzept.index
        site.save()
    assert client.get("/handlungsfelder/wlan/").status_code == 404


def test_translation_published(client, konzept, committed):
    english = "Wireless network in every classroom."
    assert english not in text(client, "/en/handlungsfelder/wlan/")
    englisch = Locale.objects.get(language_code="en")
    with committed():
        uebersetzen(konzept.start, englisch, {})
        uebersetzen(konzept.index, englisch, {})
        uebersetzen(konzept.wlan, englisch, {"Flächendeckendes WLAN in allen Unterrichtsräumen.": english})
    assert english in text(client, "/en/handlungsfelder/wlan/")
