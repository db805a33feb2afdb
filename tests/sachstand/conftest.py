"""A concept published at controlled times: what the Sachstandsbericht reads is the publication history."""

import datetime
import io

from django.urls import reverse
from django.utils import timezone

import pytest
from openpyxl import load_workbook

from handlungsfelder.freigabe.rollen import REDAKTION
from handlungsfelder.models import HandlungsfeldPage, Veroeffentlichung

from ..factories import publish
from ..freigabe.helpers import member

URL = reverse("handlungsfelder_sachstandsbericht")


def tage_her(tage: int) -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=tage)


def zurueckdatieren(page, tage: int) -> None:
    """The page's last publication moved `tage` days back (noon), as if it had been published then."""
    letzte = Veroeffentlichung.objects.filter(page_id=page.pk).first()
    mittag = timezone.make_aware(datetime.datetime.combine(tage_her(tage), datetime.time(12)))
    Veroeffentlichung.objects.filter(pk=letzte.pk).update(veroeffentlicht_am=mittag)


def massnahmen_aendern(page: HandlungsfeldPage, aendern) -> HandlungsfeldPage:
    """The page with its Umsetzungsplan's raw blocks changed by `aendern(list) -> list`, not yet saved."""
    page = HandlungsfeldPage.objects.get(pk=page.pk)
    bloecke = [dict(item, value=dict(item["value"])) for item in page.umsetzungsplan.raw_data]
    page.umsetzungsplan = aendern(bloecke)
    return page


def status_setzen(page: HandlungsfeldPage, titel: str, status: str) -> HandlungsfeldPage:
    def aendern(bloecke):
        for item in bloecke:
            if item["type"] == "massnahme" and item["value"]["titel"] == titel:
                item["value"]["status"] = status
        return bloecke

    return massnahmen_aendern(page, aendern)


def params(stichtag: datetime.date, vergleich: datetime.date, format: str = "vorschau", **extra) -> dict:
    return {"stichtag": stichtag.isoformat(), "vergleich": vergleich.isoformat(), "format": format, **extra}


def workbook(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.spreadsheetml")
    return load_workbook(io.BytesIO(response.content))


def rows(sheet) -> list[tuple]:
    return [tuple(cell.value for cell in row) for row in sheet.iter_rows()]


@pytest.fixture
def geschichte(konzept):
    """Netzwerk and WLAN published 60 days ago ("WLAN in Turnhallen" geplant), then, 10 days ago, WLAN again with
    it "umgesetzt"."""
    for page in (konzept.netzwerk, konzept.wlan):
        zurueckdatieren(page, 60)
    publish(status_setzen(konzept.wlan, "WLAN in Turnhallen", "umgesetzt"))
    zurueckdatieren(konzept.wlan, 10)
    return konzept


@pytest.fixture
def redaktion(client, db):
    client.force_login(member("redaktion", REDAKTION))
    return client
