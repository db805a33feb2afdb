"""Shared fixtures: a small published concept tree on the default site."""

from dataclasses import dataclass

from wagtail.models import Page

import pytest

from handlungsfelder.freigabe.rollen import ARBEITSGRUPPE, REDAKTION, SYSTEMBETREUER
from handlungsfelder.models import Akteur, HandlungsfeldIndexPage, HandlungsfeldPage, KonzeptStartPage, Schule

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
