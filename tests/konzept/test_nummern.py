"""Citable Maßnahmen: numbers given once per Handlungsfeld, kept through edits, duplicates and translations, never
reused after a deletion; shown on the page, overview, school view and PDF text; found by the search; a permalink on
every block."""

from django.core.exceptions import ValidationError

from wagtail.models import Locale

import pytest

from handlungsfelder.konzept.nummern import Massnahmenzaehler, kuerzel_vorschlag
from handlungsfelder.models import HandlungsfeldPage
from handlungsfelder.sprachen.uebersetzung import uebersetzen

from ..client import soup
from ..factories import massnahme, publish
from ..pdf.test_pdf import built


def nummern(page) -> list[str]:
    page = HandlungsfeldPage.objects.get(pk=page.pk)
    return [item["value"]["nummer"] for item in page.umsetzungsplan.raw_data if item["type"] == "massnahme"]


def test_a_kuerzel_is_derived_from_the_slug_and_made_unique():
    assert kuerzel_vorschlag("netzwerk", set()) == "NT"
    assert kuerzel_vorschlag("it-sicherheit", set()) == "ITS"
    assert kuerzel_vorschlag("netzwerk", {"NT"}) == "NT2"


def test_every_massnahme_gets_a_number_when_first_saved(konzept):
    assert nummern(konzept.wlan) == ["WL-1", "WL-2"]
    assert HandlungsfeldPage.objects.get(pk=konzept.wlan.pk).kuerzel == "WL"


def test_numbers_stay_through_edits_and_moves_and_are_never_reused_after_a_deletion(konzept):
    wlan = HandlungsfeldPage.objects.get(pk=konzept.wlan.pk)
    erste, zweite = list(wlan.umsetzungsplan.raw_data)
    wlan.umsetzungsplan = [zweite, erste]
    publish(wlan)
    assert nummern(wlan) == ["WL-2", "WL-1"]
    wlan.umsetzungsplan = [erste]
    publish(wlan)
    wlan.umsetzungsplan = [erste, massnahme("Neue Maßnahme", "geplant", konzept.landkreis_it)]
    publish(wlan)
    assert nummern(wlan) == ["WL-1", "WL-3"]
    assert Massnahmenzaehler.objects.get(translation_key=wlan.translation_key).letzte_nummer == 3


def test_a_number_lost_from_the_data_comes_back_by_block_id_and_a_duplicate_gets_a_new_one(konzept):
    wlan = HandlungsfeldPage.objects.get(pk=konzept.wlan.pk)
    erste, zweite = (dict(item) for item in wlan.umsetzungsplan.raw_data)
    ohne_nummer = {**erste, "value": {**erste["value"], "nummer": ""}}
    kopie = {**zweite, "id": "kopie-der-zweiten", "value": dict(zweite["value"])}
    wlan.umsetzungsplan = [kopie, ohne_nummer, zweite]
    wlan.save_revision()
    revision = HandlungsfeldPage.objects.get(pk=wlan.pk).get_latest_revision().as_object()
    assert [item["value"]["nummer"] for item in revision.umsetzungsplan.raw_data] == ["WL-3", "WL-1", "WL-2"]


def test_a_translation_keeps_the_numbers(konzept):
    englisch = uebersetzen(konzept.wlan, Locale.objects.get(language_code="en"), {})
    assert nummern(englisch) == ["WL-1", "WL-2"]
    assert englisch.kuerzel == "WL"
    assert Massnahmenzaehler.objects.filter(translation_key=konzept.wlan.translation_key).count() == 1


def test_another_handlungsfeld_may_not_take_a_kuerzel(konzept):
    netzwerk = HandlungsfeldPage.objects.get(pk=konzept.netzwerk.pk)
    netzwerk.kuerzel = "WL"
    with pytest.raises(ValidationError):
        netzwerk.full_clean()


def test_the_number_is_shown_on_the_page_the_overview_the_school_view_and_in_the_pdf(client, konzept):
    seite = soup(client, "/handlungsfelder/wlan/")
    assert [n.get_text() for n in seite.select(".massnahme__nummer")] == ["WL-1", "WL-2"]
    uebersicht = soup(client, "/umsetzung/")
    assert "WL-2" in [n.get_text() for n in uebersicht.select(".massnahmen-tabelle .massnahme__nummer")]
    schule = soup(client, f"/schulen/{konzept.schulen[0].slug}/")
    assert "WL-1" in [n.get_text() for n in schule.select(".massnahme__nummer")]
    client.get("/konzept.pdf")
    pdf = " ".join(page.extract_text() for page in built(client).pages)
    assert "WL-1" in pdf and "WL-2" in pdf


def test_the_number_finds_its_massnahme_and_links_to_it(client, konzept):
    treffer = soup(client, "/suche/?q=WL-2").select("main h3 a")
    assert [a["href"] for a in treffer][:1] == ["/handlungsfelder/wlan/"]


def test_every_block_has_a_visible_permalink_with_an_accessible_label(client, konzept):
    seite = soup(client, "/handlungsfelder/wlan/")
    bloecke = seite.select(".block[id^=block-]")
    assert bloecke
    for block in bloecke:
        link = block.select_one(":scope > a.block__permalink")
        assert link["href"] == f"#{block['id']}"
        assert link["aria-label"] == "Link zu diesem Abschnitt"
