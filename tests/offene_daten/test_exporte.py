"""CSV and Excel downloads of the overview's table: its filters, German columns, the licence, no formulas."""

import csv
import io
from decimal import Decimal

from django.test import override_settings

import pytest
from openpyxl import load_workbook

from ..client import soup
from ..factories import massnahme

pytestmark = pytest.mark.django_db

KOPF = [
    "Nummer",
    "Handlungsfeld",
    "Maßnahme",
    "Beschreibung",
    "Status",
    "Zeitraum",
    "Verantwortlich",
    "Schulen",
    "Kostenschätzung (EUR)",
    "Adresse",
]
DL_DE = "Datenlizenz Deutschland – Namensnennung – Version 2.0"


def csv_zeilen(response) -> list[list[str]]:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="massnahmen.csv"'
    assert response.content.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))


def mappe(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert response["Content-Disposition"] == 'attachment; filename="massnahmen.xlsx"'
    return load_workbook(io.BytesIO(response.content))


def test_csv_has_german_columns_every_maßnahme_and_the_licence(client, konzept):
    kopf, *zeilen = csv_zeilen(client.get("/umsetzung/massnahmen.csv"))
    assert kopf == [*KOPF, "Lizenz", "Lizenz-URL"]
    assert [zeile[2] for zeile in zeilen] == ["Access Points in allen Klassenzimmern", "WLAN in Turnhallen"]
    zugang, turnhallen = zeilen
    assert zugang[1] == "WLAN" and zugang[4] == "umgesetzt" and zugang[6] == "IT-Abteilung des Landkreises"
    assert zugang[7] == "Gymnasium Weilheim, Realschule Penzberg"
    assert zugang[3] == "Beschreibung: Access Points in allen Klassenzimmern."
    assert zugang[9].startswith("http://testserver/handlungsfelder/wlan/#block-")
    assert turnhallen[7] == "alle Schulen" and turnhallen[8] == "85000,00"
    assert {(zeile[10], zeile[11]) for zeile in zeilen} == {(DL_DE, "https://www.govdata.de/dl-de/by-2-0")}


def test_excel_has_the_table_as_numbers_and_a_licence_sheet(client, konzept):
    arbeitsmappe = mappe(client.get("/umsetzung/massnahmen.xlsx?status=geplant"))
    assert arbeitsmappe.sheetnames == ["Maßnahmen", "Lizenz"]
    kopf, *zeilen = arbeitsmappe["Maßnahmen"].iter_rows(values_only=True)
    assert list(kopf) == KOPF
    [turnhallen] = zeilen
    assert turnhallen[2] == "WLAN in Turnhallen" and turnhallen[4] == "geplant" and turnhallen[7] == "alle Schulen"
    assert Decimal(str(turnhallen[8])) == Decimal("85000")
    lizenz = dict(arbeitsmappe["Lizenz"].iter_rows(values_only=True))
    assert lizenz["Lizenz"] == DL_DE and lizenz["Lizenztext"] == "https://www.govdata.de/dl-de/by-2-0"
    assert lizenz["Quelle"] == "IT-Konzept für die Schulen"
    assert lizenz["Adresse"] == "http://testserver/umsetzung/?status=geplant"


@override_settings(
    HANDLUNGSFELDER_DATENLIZENZ={"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}
)
def test_the_licence_setting_reaches_both_exports(client, konzept):
    kopf, erste, *_rest = csv_zeilen(client.get("/umsetzung/massnahmen.csv"))
    assert erste[-2:] == ["CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"]
    lizenz = dict(mappe(client.get("/umsetzung/massnahmen.xlsx"))["Lizenz"].iter_rows(values_only=True))
    assert lizenz["Lizenz"] == "CC BY 4.0"


def test_text_a_spreadsheet_would_evaluate_is_escaped(client, konzept):
    boese = ['=HYPERLINK("http://boese.example","Klick")', "+1+2", "-3+4", "@SUMME(A1)"]
    konzept.add_handlungsfeld(
        title="Formeln",
        slug="formeln",
        umsetzungsplan=[massnahme(titel, "geplant", konzept.landkreis_it) for titel in boese],
    )
    _kopf, *zeilen = csv_zeilen(client.get("/umsetzung/massnahmen.csv?handlungsfeld=formeln"))
    assert [zeile[2] for zeile in zeilen] == [f"'{titel}" for titel in boese]
    tabelle = mappe(client.get("/umsetzung/massnahmen.xlsx?handlungsfeld=formeln"))["Maßnahmen"]
    zellen = [tabelle.cell(row=zeile, column=3) for zeile in range(2, 6)]
    assert [zelle.value for zelle in zellen] == [f"'{titel}" for titel in boese]
    assert {zelle.data_type for zelle in zellen} == {"s"}


def test_the_overview_links_both_downloads_with_its_filters(client, konzept):
    schule = konzept.schulen[0].slug
    seite = soup(client, f"/umsetzung/?status=umgesetzt&schule={schule}&sortierung=-titel&seite=1")
    csv_link = seite.find("a", string="Als CSV")["href"]
    excel_link = seite.find("a", string="Als Excel")["href"]
    assert csv_link == f"/umsetzung/massnahmen.csv?status=umgesetzt&schule={schule}&sortierung=-titel"
    assert excel_link == f"/umsetzung/massnahmen.xlsx?status=umgesetzt&schule={schule}&sortierung=-titel"
    _kopf, *zeilen = csv_zeilen(client.get(csv_link))
    assert [zeile[2] for zeile in zeilen] == ["Access Points in allen Klassenzimmern"]
    lizenz = seite.find("a", rel="license")
    assert lizenz.get_text() == DL_DE and lizenz["href"] == "https://www.govdata.de/dl-de/by-2-0"
    assert soup(client, "/umsetzung/").find("a", string="Als CSV")["href"] == "/umsetzung/massnahmen.csv"


@pytest.mark.parametrize(
    "url", ["/umsetzung/massnahmen.csv?status=fertig", "/umsetzung/massnahmen.xlsx?schule=nirgends"]
)
def test_a_bad_filter_is_a_400_that_names_it(client, konzept, url):
    response = client.get(url)
    assert response.status_code == 400
    assert response.content.decode().startswith("Ungültiger Filter „")


def test_english_export_has_english_columns(client, konzept):
    kopf, *_zeilen = csv_zeilen(client.get("/en/umsetzung/massnahmen.csv"))
    assert kopf[2] != "Maßnahme"
