"""The Redaktion opens "Sachstandsbericht" in the admin's reports menu and gets a PDF or an Excel file; others get
nothing, and a bad date is a German form error, never a 500."""

import io

from django.urls import reverse

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from handlungsfelder.freigabe.rollen import ARBEITSGRUPPE, SYSTEMBETREUER

from ..freigabe.helpers import member
from .conftest import URL, params, rows, tage_her, workbook


def fehler(response) -> str:
    assert response.status_code == 400
    return " ".join(BeautifulSoup(response.content, "html.parser").select_one("form").get_text(" ").split())


def test_the_form_proposes_today_and_the_menu_leads_to_it(redaktion, geschichte):
    response = redaktion.get(URL)
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert html.select_one("[name=stichtag]")["value"] == tage_her(0).strftime("%Y-%m-%d")
    assert html.select_one("[name=vergleich]")["value"] == tage_her(60).strftime("%Y-%m-%d"), "first publication"
    assert {radio["value"] for radio in html.select("[name=format]")} == {"pdf", "excel", "vorschau"}
    assert "Sachstandsbericht" in redaktion.get(reverse("wagtailadmin_home")).content.decode()
    assert URL in redaktion.get(reverse("wagtailadmin_home")).content.decode()


def test_the_pdf_has_the_cover_and_names_the_newly_done_measure(redaktion, geschichte):
    response = redaktion.get(URL, params(tage_her(0), tage_her(30), format="pdf"))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert f'filename="sachstandsbericht-{tage_her(0):%Y-%m-%d}.pdf"' in response["Content-Disposition"]
    reader = PdfReader(io.BytesIO(response.content))
    cover = " ".join(reader.pages[0].extract_text().split())
    assert "Sachstandsbericht zum IT-Konzept" in cover
    assert f"Stand {tage_her(0):%d.%m.%Y}" in cover
    assert f"Verglichen mit dem Stand vom {tage_her(30):%d.%m.%Y}" in cover
    assert "Erstellt am " in cover
    text = " ".join(" ".join(page.extract_text() for page in reader.pages[1:]).split())
    assert "Neu umgesetzt (1)" in text and "WLAN in Turnhallen" in text
    assert "Kosten je Handlungsfeld und Jahr" in text and "85.000" in text


def test_the_excel_lists_every_measure_with_both_states(redaktion, geschichte):
    response = redaktion.get(URL, params(tage_her(0), tage_her(30), format="excel"))
    assert f'filename="sachstandsbericht-{tage_her(0):%Y-%m-%d}.xlsx"' in response["Content-Disposition"]
    book = workbook(response)
    assert book.sheetnames == ["Maßnahmen", "Änderungen", "Kosten"]
    massnahmen = rows(book["Maßnahmen"])
    assert massnahmen[0] == (
        "Nummer",
        "Handlungsfeld",
        "Titel",
        f"Status am {tage_her(0):%d.%m.%Y}",
        f"Status am {tage_her(30):%d.%m.%Y}",
        "Änderung",
        "Zeitraum",
        "Verantwortlich",
        "Schulen",
        "Kostenschätzung (EUR)",
    )
    nummer, *rest = next(row for row in massnahmen if row[2] == "WLAN in Turnhallen")
    assert nummer and nummer.endswith("-2")
    assert rest == [
        "WLAN",
        "WLAN in Turnhallen",
        "umgesetzt",
        "geplant",
        "Neu umgesetzt",
        "Schuljahr 2020/21",
        "IT-Abteilung des Landkreises",
        "alle Schulen",
        85000,
    ]
    access_points = next(row for row in massnahmen if row[2] == "Access Points in allen Klassenzimmern")
    assert access_points[5] is None and access_points[8] == "Gymnasium Weilheim, Realschule Penzberg"


@pytest.mark.parametrize("gruppe", [SYSTEMBETREUER, ARBEITSGRUPPE])
def test_other_roles_neither_see_the_menu_entry_nor_get_a_report(client, geschichte, gruppe):
    client.force_login(member("andere", gruppe))
    assert client.get(URL).status_code == 403
    assert client.get(URL, params(tage_her(0), tage_her(30), format="excel")).status_code == 403
    assert URL not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_without_login_the_admin_asks_for_one(client, geschichte):
    response = client.get(URL, params(tage_her(0), tage_her(30), format="pdf"))
    assert response.status_code == 302 and reverse("wagtailadmin_login") in response["Location"]


@pytest.mark.parametrize(
    ("stichtag", "vergleich", "meldung"),
    [
        (tage_her(-1), tage_her(30), "Der Stichtag darf nicht in der Zukunft liegen."),
        (tage_her(30), tage_her(10), "Der Vergleichsstand muss vor dem Stichtag liegen."),
        (tage_her(30), tage_her(30), "Der Vergleichsstand muss vor dem Stichtag liegen."),
        (tage_her(0), tage_her(61), f"Das erste Handlungsfeld wurde am {tage_her(60):%d.%m.%Y} veröffentlicht"),
        (tage_her(70), tage_her(80), f"Das erste Handlungsfeld wurde am {tage_her(60):%d.%m.%Y} veröffentlicht"),
    ],
)
def test_a_bad_date_is_a_german_form_error(redaktion, geschichte, stichtag, vergleich, meldung):
    assert meldung in fehler(redaktion.get(URL, params(stichtag, vergleich, format="pdf")))


@pytest.mark.parametrize(
    "falsch",
    [
        {"stichtag": "gestern"},
        {"stichtag": "31.02.2026"},
        {"vergleich": ""},
        {"format": "docx"},
        {"konzept": "999999"},
        {"konzept": "abc"},
    ],
)
def test_nonsense_in_the_address_is_a_form_error_never_a_500(redaktion, geschichte, falsch):
    text = fehler(redaktion.get(URL, {**params(tage_her(0), tage_her(30), format="pdf"), **falsch}))
    assert any(wort in text for wort in ("gültig", "ausgefüllt", "Auswahl")), text


def test_a_concept_without_any_publication_is_explained(redaktion, konzept):
    from handlungsfelder.models import Veroeffentlichung

    Veroeffentlichung.objects.all().delete()
    assert "noch kein Handlungsfeld veröffentlicht" in fehler(redaktion.get(URL, params(tage_her(0), tage_her(3))))
