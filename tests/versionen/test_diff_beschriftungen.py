"""The public comparison of two versions shows what readers see: amounts in German number format, labels of
choices and yes/no, never the stored values."""

import pytest
from bs4 import BeautifulSoup

from handlungsfelder.models import HandlungsfeldPage

MASSNAHME_ID = "0b7e1c1e-0000-4000-8000-00000000beef"


def publish_massnahme(page, akteur, status: str, kosten: str, alle_schulen: bool) -> int:
    page = HandlungsfeldPage.objects.get(pk=page.pk)
    page.umsetzungsplan = [
        {
            "type": "massnahme",
            "id": MASSNAHME_ID,
            "value": {
                "nummer": "WL-1",
                "titel": "WLAN in Turnhallen",
                "beschreibung": "<p>Access Points in allen Turnhallen.</p>",
                "status": status,
                "zeitraum": "2027/28",
                "verantwortlich": akteur.pk,
                "alle_schulen": alle_schulen,
                "schulen": [],
                "kosten": kosten,
            },
        }
    ]
    revision = page.save_revision()
    revision.publish()
    return revision.pk


@pytest.mark.django_db
def test_the_public_diff_shows_amounts_labels_and_yes_no_not_stored_values(client, konzept):
    alt = publish_massnahme(konzept.wlan, konzept.landkreis_it, "in_umsetzung", "640000.00", False)
    neu = publish_massnahme(konzept.wlan, konzept.landkreis_it, "umgesetzt", "700000.50", True)
    response = client.get(f"/handlungsfelder/wlan/versionen/{alt}/vergleich/{neu}/")
    assert response.status_code == 200
    main = BeautifulSoup(response.content, "html.parser").find("main")
    felder = {dt.get_text(strip=True): dt.find_next_sibling("dd") for dt in main.select(".diff-felder dt")}

    kosten = felder["Kostenschätzung (EUR)"]
    assert (kosten.find("del").get_text(), kosten.find("ins").get_text()) == ("640.000,00", "700.000,50")
    status = felder["Status"]
    assert (status.find("del").get_text(), status.find("ins").get_text()) == ("in Umsetzung", "umgesetzt")
    schulen = felder["Betrifft alle Schulen"]
    assert (schulen.find("del").get_text(), schulen.find("ins").get_text()) == ("nein", "ja")
    text = main.get_text(" ", strip=True)
    assert "640000.00" not in text and "in_umsetzung" not in text and "False" not in text
