"""A municipality's concept beside the county's (`konzept`): own site, roles, school and Akteur."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model

from wagtail.models import Page, Site

import pytest

from handlungsfelder.bereiche.anlegen import eigene_rollen_anlegen
from handlungsfelder.bereiche.models import Konzeptrollen
from handlungsfelder.models import Akteur, HandlungsfeldPage, KonzeptStartPage, Region, Schule

from ..factories import HandlungsfeldIndexPageFactory, HandlungsfeldPageFactory, KonzeptStartPageFactory, publish

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
