"""Shared fixtures: a small published concept tree on the default site, a municipality's concept beside it."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model

from wagtail.models import Page, Site

import pytest

from handlungsfelder.bereiche.anlegen import eigene_rollen_anlegen
from handlungsfelder.bereiche.models import Konzeptrollen
from handlungsfelder.freigabe.rollen import ARBEITSGRUPPE, REDAKTION, SYSTEMBETREUER
from handlungsfelder.models import Akteur, HandlungsfeldIndexPage, HandlungsfeldPage, KonzeptStartPage, Region, Schule

from .factories import (
    AkteurFactory,
    HandlungsfeldIndexPageFactory,
    HandlungsfeldPageFactory,
    KontaktFactory,
    KonzeptStartPageFactory,
    SchuleFactory,
    block,
    common_blocks,
    document,
    make_site_root,
    massnahme,
    publish,
)
from .freigabe.helpers import member


@dataclass
class Konzept:
    start: KonzeptStartPage
    index: HandlungsfeldIndexPage
    netzwerk: HandlungsfeldPage
    wlan: HandlungsfeldPage
    landkreis_it: Akteur
    systembetreuung: Akteur
    schulen: list[Schule]

    def add_handlungsfeld(self, **kwargs) -> HandlungsfeldPage:
        return publish(HandlungsfeldPageFactory(parent=self.index, **kwargs))


@pytest.fixture
def team(db) -> dict:
    """One member of each approval group, as the approval tests drive the workflow with them."""
    return {
        "systembetreuer": member("systembetreuer", SYSTEMBETREUER),
        "arbeitsgruppe": member("arbeitsgruppe", ARBEITSGRUPPE),
        "redaktion": member("redaktion", REDAKTION),
    }


@pytest.fixture
def konzept(db) -> Konzept:
    """Start page (site root) > Handlungsfelder > Netzwerk, WLAN; all published, WLAN with every block type."""
    root = Page.get_first_root_node()
    start = KonzeptStartPageFactory(parent=root, kontakt=KontaktFactory())
    make_site_root(start)
    index = HandlungsfeldIndexPageFactory(parent=start)
    landkreis_it = AkteurFactory(name="IT-Abteilung des Landkreises")
    systembetreuung = AkteurFactory(name="Systembetreuung der Schule", art="schule")
    schulen = [SchuleFactory(kurzname="Gymnasium Weilheim"), SchuleFactory(kurzname="Realschule Penzberg")]
    netzwerk = HandlungsfeldPageFactory(parent=index, title="Netzwerk", slug="netzwerk")
    wlan = HandlungsfeldPageFactory(
        parent=index,
        title="WLAN",
        slug="wlan",
        summary="Flächendeckendes WLAN in allen Unterrichtsräumen.",
        allgemeines=common_blocks(verweis_ziel=netzwerk, dokument=document()),
        umsetzungsplan=[
            massnahme("Access Points in allen Klassenzimmern", "umgesetzt", landkreis_it, schulen=schulen),
            massnahme("WLAN in Turnhallen", "geplant", landkreis_it, alle_schulen=True, kosten="85000.00"),
        ],
        betriebsmodell=[
            block(
                "support_level",
                {
                    "stufe": "1",
                    "wer": systembetreuung.pk,
                    "aufgaben": "<p>Erste Fehleranalyse an der Schule.</p>",
                    "erreichbarkeit": "Systembetreuung im Lehrerzimmer",
                    "servicezeiten": "Unterrichtstage 7:30–13:00 Uhr",
                },
            )
        ],
        zustaendigkeiten=[
            block(
                "zustaendigkeit",
                {
                    "aufgabe": "Betrieb der WLAN-Controller",
                    "verantwortlich": landkreis_it.pk,
                    "unterstuetzt": [systembetreuung.pk],
                    "informiert": [],
                },
            )
        ],
    )
    wlan.tags.add("Infrastruktur")
    for page in (start, index, netzwerk, wlan):
        publish(page)
    return Konzept(
        start=KonzeptStartPage.objects.get(pk=start.pk),
        index=HandlungsfeldIndexPage.objects.get(pk=index.pk),
        netzwerk=HandlungsfeldPage.objects.get(pk=netzwerk.pk),
        wlan=HandlungsfeldPage.objects.get(pk=wlan.pk),
        landkreis_it=landkreis_it,
        systembetreuung=systembetreuung,
        schulen=schulen,
    )


HOST = "peissenberg.example"


@dataclass
class Gemeinde:
    start: KonzeptStartPage
    wlan: HandlungsfeldPage
    rollen: Konzeptrollen
    schule: Schule
    akteur: Akteur
    team: dict


def _mitglied(username: str, group):
    user = get_user_model().objects.create_user(username, f"{username}@peissenberg.example", "pw")
    user.groups.add(group)
    return user


@pytest.fixture
def gemeinde(konzept) -> Gemeinde:
    """A municipality's concept beside the county's: own site (`HOST`), roles, Handlungsfeld WLAN, school, Akteur."""
    start = KonzeptStartPageFactory(
        parent=Page.get_first_root_node(), title="IT-Konzept Markt Peißenberg", slug="peissenberg"
    )
    Site.objects.create(hostname=HOST, port=80, root_page=start, site_name="Markt Peißenberg")
    rollen = eigene_rollen_anlegen(start, "Markt Peißenberg")
    index = HandlungsfeldIndexPageFactory(parent=start)
    wlan = publish(
        HandlungsfeldPageFactory(
            parent=index,
            title="WLAN",
            slug="wlan",
            kuerzel="WL",
            summary="WLAN in den Grund- und Mittelschulen des Marktes.",
            allgemeines=[{"type": "paragraph", "value": "<p>Die Grundschule erhält WLAN.</p>"}],
        )
    )
    region = Region.objects.create(name="Peißenberg", slug="peissenberg", konzept=start)
    schule = Schule.objects.create(
        name="Grundschule Peißenberg",
        kurzname="GS Peißenberg",
        slug="gs-peissenberg",
        schulart="grundschule",
        ort="Peißenberg",
        region=region,
        konzept=start,
    )
    akteur = Akteur.objects.create(name="Bauamt des Marktes", art="sachaufwandstraeger", konzept=start)
    publish(start)
    team = {
        "systembetreuer": _mitglied("sb-peissenberg", rollen.systembetreuer),
        "arbeitsgruppe": _mitglied("ag-peissenberg", rollen.arbeitsgruppe),
        "redaktion": _mitglied("red-peissenberg", rollen.redaktion),
    }
    return Gemeinde(start=start, wlan=wlan, rollen=rollen, schule=schule, akteur=akteur, team=team)
