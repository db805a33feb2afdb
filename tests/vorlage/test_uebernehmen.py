"""A municipality's concept made from the county's version 2.0 in the same installation, through the admin view:
its own site, groups and workflow, the county's own data left out, the provenance on its start page, and the
county's concept and groups untouched by everything the municipality does."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Page, PageLogEntry, Revision, Site

import pytest
from bs4 import BeautifulSoup

from handlungsfelder.bereiche.models import Konzeptrollen
from handlungsfelder.freigabe.rollen import ARBEITSGRUPPE, REDAKTION, SYSTEMBETREUER
from handlungsfelder.models import (
    Akteur,
    HandlungsfeldIndexPage,
    HandlungsfeldPage,
    KonzeptStartPage,
    Konzeptversion,
    SitzungPage,
    Veroeffentlichung,
)
from handlungsfelder.pdf.erstellen import aktuelle_fassung
from handlungsfelder.pdf.rendering import render_html
from handlungsfelder.vorlage.models import KonzeptHerkunft, SeitenHerkunft
from handlungsfelder.vorlage.uebernehmen import UebernahmeFehler, als_vorlage_uebernehmen

from ..client import count_queries, soup
from ..factories import AkteurFactory, KonzeptStartPageFactory, SitzungIndexPageFactory, SitzungPageFactory, publish
from ..freigabe.helpers import (
    edit_url,
    massnahme_form,
    member,
    public_text,
    simple_handlungsfeld_form,
    workflow_action,
)
from ..konzept.test_queries import QUERY_BOUND
from ..versionen.helpers import veroeffentlichen

pytestmark = pytest.mark.django_db

URL = reverse("handlungsfelder_vorlage_uebernehmen")
HOST = "it-konzept.peissenberg.example"
NAME = "Markt Peißenberg"
LANDKREIS = "IT-Konzept des Landkreises Weilheim-Schongau"
HINWEIS = f"Beruht auf dem {LANDKREIS}, Version 2.0 vom 01.03.2021."


@pytest.fixture
def admin(db):
    return get_user_model().objects.create_superuser("admin", "admin@lra.example", "pw")


@pytest.fixture
def landkreis(konzept, team):
    """The fixture's concept as the county's, with a meeting, adopted as version 2.0 and changed since."""
    start = KonzeptStartPage.objects.get(pk=konzept.start.pk)
    start.title = LANDKREIS
    publish(start)
    sitzungen = publish(SitzungIndexPageFactory(parent=start))
    publish(SitzungPageFactory(parent=sitzungen, title="Sitzung zum WLAN", handlungsfelder=[konzept.wlan]))
    version = Konzeptversion.objects.create(
        konzept=start,
        nummer="2.0",
        beschlossen_am=datetime.date(2021, 3, 1),
        in_kraft_ab=datetime.date(2021, 4, 1),
    )
    veroeffentlichen(konzept.netzwerk, team["redaktion"], "Seit Version 2.0 geändert.", "Nachtrag")
    konzept.version = version
    return konzept


def uebernehmen(client, user, quelle: str, name: str = NAME, hostname: str = HOST):
    client.force_login(user)
    return client.post(URL, {"quelle": quelle, "name": name, "hostname": hostname})


def gemeinde() -> KonzeptStartPage:
    return KonzeptStartPage.objects.get(title=f"IT-Konzept {NAME}")


def seiten_der(start: Page) -> list[Page]:
    return [seite.specific for seite in Page.objects.descendant_of(start, inclusive=True).order_by("path")]


def zustand(start: Page) -> list[tuple]:
    """What the county's pages are: content of each revision, their number, the live state."""
    return [
        (
            seite.pk,
            seite.live,
            seite.live_revision_id,
            seite.latest_revision_id,
            seite.has_unpublished_changes,
            list(Revision.objects.filter(object_id=str(seite.pk)).order_by("pk").values_list("pk", "content")),
        )
        for seite in Page.objects.descendant_of(start, inclusive=True).order_by("path")
    ]


def mitglieder() -> dict[str, set[str]]:
    return {
        gruppe.name: set(gruppe.user_set.values_list("username", flat=True))
        for gruppe in Group.objects.order_by("name")
    }


def test_a_municipality_adopts_version_2_0_and_runs_its_own_approval_without_touching_the_county(
    client, admin, landkreis, team
):
    county_before = zustand(landkreis.start)
    groups_before = mitglieder()

    response = uebernehmen(client, admin, f"version-{landkreis.version.pk}")

    start = gemeinde()
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_explore", args=[start.pk])
    meldung = str(list(response.wsgi_request._messages)[0])
    assert "Sitzungen und Beschlüsse" in meldung and "bitte anpassen" in meldung
    assert "Gruppen der Kommune" in meldung and "noch leer" in meldung
    assert Site.objects.get(hostname=HOST).root_page_id == start.pk
    assert start.get_parent().pk == Page.get_first_root_node().pk
    assert not any(seite.live for seite in seiten_der(start))
    assert [seite.title for seite in seiten_der(start)] == [
        f"IT-Konzept {NAME}",
        "Handlungsfelder",
        "Netzwerk",
        "WLAN",
        "Arbeitsgruppe",
    ]
    herkunft = KonzeptHerkunft.objects.get(start_page=start)
    assert (herkunft.quelle_titel, herkunft.version_nummer, herkunft.version_datum) == (
        LANDKREIS,
        "2.0",
        datetime.date(2021, 3, 1),
    )
    assert herkunft.uebernommen_von == admin

    rollen = Konzeptrollen.objects.get(start_page=start)
    systembetreuer = member("sb-peissenberg", rollen.systembetreuer.name)
    arbeitsgruppe = member("ag-peissenberg", rollen.arbeitsgruppe.name)
    redaktion = member("red-peissenberg", rollen.redaktion.name)
    wlan = HandlungsfeldPage.objects.descendant_of(start).get(slug="wlan")
    for seite in (start, HandlungsfeldIndexPage.objects.descendant_of(start).get()):
        seite = seite.specific
        if isinstance(seite, KonzeptStartPage):
            seite.version = "1.0"
        seite.save_revision(user=redaktion).publish(user=redaktion)
    eigene_stelle = AkteurFactory(name="Bauamt des Marktes", konzept=start)

    client.force_login(systembetreuer)
    formular = simple_handlungsfeld_form(
        wlan,
        "Alle Klassenzimmer der Grundschule haben WLAN.",
        "An den Markt angepasst",
        umsetzungsplan=[massnahme_form(eigene_stelle, "1200.00")],
        **{"action-submit": "1"},
    )
    response = client.post(edit_url(wlan), formular)
    assert response.status_code == 302, response.content
    assert workflow_action(client, arbeitsgruppe, wlan, "approve").status_code == 302
    assert "Grundschule" not in public_text(client, f"http://{HOST}/handlungsfelder/wlan/")
    assert workflow_action(client, redaktion, wlan, "approve").status_code == 302

    wlan = HandlungsfeldPage.objects.get(pk=wlan.pk)
    assert wlan.live and not wlan.has_unpublished_changes
    veroeffentlicht = PageLogEntry.objects.filter(page=wlan, action="wagtail.publish").get()
    assert veroeffentlicht.user == redaktion
    assert Veroeffentlichung.objects.filter(page_id=wlan.pk).count() == 1
    client.logout()
    seite = client.get("/handlungsfelder/wlan/", HTTP_HOST=HOST)
    assert "Alle Klassenzimmer der Grundschule haben WLAN." in seite.content.decode()
    assert "Bauamt des Marktes" in seite.content.decode()
    assert HINWEIS in soup_at(client, "/", HOST).select_one("main").get_text(" ", strip=True)

    assert zustand(landkreis.start) == county_before
    assert mitglieder() == {
        **groups_before,
        rollen.systembetreuer.name: {"sb-peissenberg"},
        rollen.arbeitsgruppe.name: {"ag-peissenberg"},
        rollen.redaktion.name: {"red-peissenberg"},
        rollen.uebersetzung.name: set(),
    }
    for name in (SYSTEMBETREUER, ARBEITSGRUPPE, REDAKTION):
        assert {user.username for user in Group.objects.get(name=name).user_set.all()} == groups_before[name]
    kreisredaktion = team["redaktion"]
    assert not wlan.permissions_for_user(kreisredaktion).can_edit()
    assert not wlan.permissions_for_user(kreisredaktion).can_publish()
    client.force_login(kreisredaktion)
    assert client.get(edit_url(wlan)).status_code == 302
    assert client.post(edit_url(wlan), {"title": "Übernommen", "action-publish": "1"}).status_code == 302
    assert HandlungsfeldPage.objects.get(pk=wlan.pk).live_revision_id == wlan.live_revision_id
    assert landkreis.wlan.permissions_for_user(kreisredaktion).can_edit()


def soup_at(client, url: str, host: str):
    response = client.get(url, HTTP_HOST=host)
    assert response.status_code == 200, (url, response.status_code)
    return BeautifulSoup(response.content, "html.parser")


def test_the_adopted_pages_hold_no_county_school_cost_role_or_contact_and_keep_text_and_block_ids(
    client, admin, landkreis
):
    uebernehmen(client, admin, f"version-{landkreis.version.pk}")
    start = gemeinde()
    wlan = HandlungsfeldPage.objects.descendant_of(start).get(slug="wlan")
    quelle = HandlungsfeldPage.objects.get(pk=landkreis.wlan.pk)

    assert start.kontakt is None and start.version == "bitte anpassen"
    assert start.intro == landkreis.start.intro
    assert [b.id for b in wlan.umsetzungsplan] == [b.id for b in quelle.umsetzungsplan]
    assert wlan.kuerzel == quelle.kuerzel
    for block in wlan.umsetzungsplan:
        assert list(block.value["schulen"]) == [] and not block.value["alle_schulen"]
        assert block.value["kosten"] is None and block.value["verantwortlich"] is None
        assert block.value["nummer"]
    (stufe,) = wlan.betriebsmodell
    assert stufe.value["wer"] is None and stufe.value["erreichbarkeit"] == ""
    assert stufe.value["aufgaben"].source == "<p>Erste Fehleranalyse an der Schule.</p>"
    (zustaendigkeit,) = wlan.zustaendigkeiten
    assert zustaendigkeit.value["verantwortlich"] is None and list(zustaendigkeit.value["unterstuetzt"]) == []
    assert zustaendigkeit.value["aufgabe"] == "Betrieb der WLAN-Controller"
    assert [b.block_type for b in wlan.allgemeines] == [b.block_type for b in quelle.allgemeines]
    verweis = next(b for b in wlan.allgemeines if b.block_type == "handlungsfeld_verweis")
    assert verweis.value["seite"].pk == HandlungsfeldPage.objects.descendant_of(start).get(slug="netzwerk").pk
    assert not SitzungPage.objects.descendant_of(start).exists()
    assert not Akteur.objects.filter(konzept=start).exists()
    dokument = next(b for b in wlan.allgemeines if b.block_type == "dokument").value["dokument"]
    quelldokument = next(b for b in quelle.allgemeines if b.block_type == "dokument").value["dokument"]
    assert dokument.pk != quelldokument.pk
    assert dokument.collection == Konzeptrollen.objects.get(start_page=start).sammlung

    netzwerk = HandlungsfeldPage.objects.descendant_of(start).get(slug="netzwerk")
    assert "Seit Version 2.0 geändert." not in str(netzwerk.allgemeines.raw_data)
    herkunft = {h.page_id: h for h in SeitenHerkunft.objects.all()}
    assert set(herkunft) == {seite.pk for seite in seiten_der(start)}
    version = dict(landkreis.version.seiten.values_list("page_id", "revision_id"))
    assert herkunft[netzwerk.pk].quelle_id == landkreis.netzwerk.pk
    assert herkunft[netzwerk.pk].quelle_revision_id == version[landkreis.netzwerk.pk]
    assert (
        herkunft[netzwerk.pk].quelle_revision_id
        != HandlungsfeldPage.objects.get(pk=landkreis.netzwerk.pk).live_revision_id
    )

    html = soup_at(client, "/", "localhost").get_text(" ", strip=True)
    assert "Beruht auf" not in html


def test_the_current_state_is_adopted_with_its_live_revisions_and_the_date_of_adoption(client, admin, landkreis):
    uebernehmen(client, admin, f"aktuell-{landkreis.start.pk}")
    start = gemeinde()
    netzwerk = HandlungsfeldPage.objects.descendant_of(start).get(slug="netzwerk")
    assert "Seit Version 2.0 geändert." in str(netzwerk.allgemeines.raw_data)
    herkunft = SeitenHerkunft.objects.get(page=netzwerk)
    assert herkunft.quelle_revision_id == HandlungsfeldPage.objects.get(pk=landkreis.netzwerk.pk).live_revision_id
    assert KonzeptHerkunft.objects.get(start_page=start).version is None

    start.version = "1.0"
    start.save_revision().publish()
    heute = datetime.date.today().strftime("%d.%m.%Y")
    text = soup_at(client, "/", HOST).select_one("main").get_text(" ", strip=True)
    assert f"Beruht auf dem {LANDKREIS}, Stand vom {heute}." in text
    versionen = soup_at(client, "/versionen/", HOST).select_one("main").get_text(" ", strip=True)
    assert f"Beruht auf dem {LANDKREIS}, Stand vom {heute}." in versionen
    assert "Noch keine Version festgehalten." in versionen
    deckblatt = BeautifulSoup(render_html(aktuelle_fassung(KonzeptStartPage.objects.get(pk=start.pk))), "html.parser")
    assert f"Beruht auf dem {LANDKREIS}, Stand vom {heute}." in deckblatt.select_one(".cover").get_text(" ", strip=True)


def nichts_angelegt(seiten_vorher: int, sites_vorher: int, gruppen_vorher: int) -> None:
    assert Page.objects.count() == seiten_vorher
    assert Site.objects.count() == sites_vorher
    assert Group.objects.count() == gruppen_vorher
    assert not KonzeptHerkunft.objects.exists() and not SeitenHerkunft.objects.exists()


@pytest.mark.parametrize(
    "quelle, hostname, meldung",
    [
        ("version-{version}", "localhost", "Den Hostnamen „localhost“ hat schon eine andere Website"),
        ("version-999999", HOST, "Diesen Stand oder diese Version gibt es nicht."),
        ("version-abc", HOST, "Diesen Stand oder diese Version gibt es nicht."),
        ("version-{version}", "nicht gültig/", "ist kein gültiger Hostname"),
    ],
)
def test_bad_input_is_refused_with_a_message_and_creates_nothing(client, admin, landkreis, quelle, hostname, meldung):
    Site.objects.filter(is_default_site=True).update(hostname="localhost")
    vorher = (Page.objects.count(), Site.objects.count(), Group.objects.count())
    response = uebernehmen(client, admin, quelle.format(version=landkreis.version.pk), hostname=hostname)
    assert response.status_code == 400
    assert meldung in response.content.decode()
    nichts_angelegt(*vorher)


def test_a_taken_slug_is_refused(client, admin, landkreis):
    uebernehmen(client, admin, f"version-{landkreis.version.pk}")
    vorher = (Page.objects.count(), Site.objects.count(), Group.objects.count())
    response = uebernehmen(client, admin, f"version-{landkreis.version.pk}", hostname="anders.example")
    assert response.status_code == 400
    assert "Die Kurzadresse „it-konzept-markt-peißenberg“ hat schon eine Seite" in response.content.decode()
    assert (Page.objects.count(), Site.objects.count(), Group.objects.count()) == vorher


def test_only_a_superuser_may_adopt_and_sees_the_entries(client, admin, landkreis, team):
    vorher = (Page.objects.count(), Site.objects.count(), Group.objects.count())
    client.force_login(team["redaktion"])
    assert client.get(URL).status_code == 302
    response = uebernehmen(client, team["redaktion"], f"version-{landkreis.version.pk}")
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert "Sie haben leider keinen Zugang zu diesem Bereich." in client.get(response["Location"]).content.decode()
    nichts_angelegt(*vorher)
    assert URL not in client.get(reverse("wagtailadmin_home")).content.decode()
    assert URL not in client.get(edit_url(landkreis.start)).content.decode()

    client.force_login(admin)
    assert URL in client.get(reverse("wagtailadmin_home")).content.decode()
    knopf = soup(client, edit_url(landkreis.start)).select_one(f"a[href^='{URL}']")
    assert knopf["href"] == f"{URL}?quelle={landkreis.start.pk}"
    assert "Als Vorlage übernehmen" in knopf.get_text()
    formular = soup(client, knopf["href"])
    gewaehlt = formular.select_one("select[name=quelle] option[selected]")
    assert gewaehlt["value"] == f"aktuell-{landkreis.start.pk}"
    optionen = [o.get_text(strip=True) for o in formular.select("select[name=quelle] option") if o["value"]]
    assert optionen == ["Aktueller veröffentlichter Stand", "Version 2.0 vom 01.03.2021"]
    assert [gruppe["label"] for gruppe in formular.select("select[name=quelle] optgroup")] == [LANDKREIS]


def test_the_provenance_notice_costs_the_start_page_no_query(client, admin, landkreis):
    uebernehmen(client, admin, f"version-{landkreis.version.pk}")
    start = gemeinde()
    start.version = "1.0"
    start.save_revision().publish()
    client.logout()
    landkreis_anzahl = count_queries(client, "/")
    client.defaults["HTTP_HOST"] = HOST
    assert HINWEIS in soup(client, "/").select_one("main").get_text(" ", strip=True)
    assert count_queries(client, "/") == landkreis_anzahl <= QUERY_BOUND


def test_a_version_of_another_concept_is_refused_by_the_function_too(admin, landkreis):
    andere = KonzeptStartPageFactory(parent=Page.get_first_root_node(), title="IT-Konzept Penzberg", slug="penzberg")
    with pytest.raises(UebernahmeFehler, match="Diese Version gehört nicht zu „IT-Konzept Penzberg“"):
        als_vorlage_uebernehmen(andere, landkreis.version, NAME, HOST, admin)
    assert not Site.objects.filter(hostname=HOST).exists()
