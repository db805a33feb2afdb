"""A reader's way through the demo concept in a real browser, and axe-core on the pages most people see."""

import io
from io import StringIO
from pathlib import Path

from django.core.management import call_command

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from .axe import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

AXE_PAGES = [
    "/",
    "/handlungsfelder/wlan/",
    "/suche/?q=WLAN",
    "/versionen/",
    "/versionen/2.0/vergleich/aktuell/",
    "/schulen/gymnasium-penzberg/",
    "/en/",
    "/umsetzung/",
    "/en/umsetzung/",
    "/en/handlungsfelder/datenschutz/",
    "/en/handlungsfelder/netzwerk/",
]


def test_reader_uses_menu_search_school_page_and_pdf_download(page, site):
    call_command("pdf_erstellen", "--ohne-versionen", stdout=StringIO())  # what the background worker does
    page.goto(site + "/")
    assert "IT-Konzept" in page.inner_text("h1")
    page.click("header summary")
    page.click("header details a:text-is('WLAN')")
    page.wait_for_url("**/handlungsfelder/wlan/")
    assert page.inner_text("h1") == "WLAN"

    page.fill("header input[name=q]", "WLAN")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/suche/?q=WLAN")
    first = page.locator(".suchergebnis h3 a").first
    title = first.inner_text()
    assert page.locator(".suchergebnis mark").count() > 0
    first.click()
    page.wait_for_load_state()
    assert page.inner_text("h1") == title

    page.click("header a:text-is('Schulen')")
    page.click("main a:has-text('Gymnasium Penzberg')")
    page.wait_for_url("**/schulen/gymnasium-penzberg/")
    assert page.locator("main table caption").count() > 0
    assert "Supportregion" in page.inner_text("main")

    with page.expect_download() as download:
        page.click("footer a[href='/konzept.pdf']")
    content = Path(download.value.path()).read_bytes()
    assert content.startswith(b"%PDF")
    assert "WLAN" in PdfReader(io.BytesIO(content)).pages[1].extract_text()


def test_language_switcher_leads_from_a_german_handlungsfeld_to_its_english_page_and_back(page, site):
    page.goto(site + "/handlungsfelder/fortbildung/")
    assert page.get_attribute("html", "lang") == "de"
    page.click("header .sprachwahl a[hreflang=en]")
    page.wait_for_url("**/en/handlungsfelder/fortbildung/")
    assert page.get_attribute("html", "lang") == "en"
    assert page.inner_text("h1") == "Training"
    assert page.locator(".sprachhinweis").count() == 0
    page.click("header .sprachwahl a[hreflang=de]")
    page.wait_for_url(site + "/handlungsfelder/fortbildung/")
    assert page.inner_text("h1") == "Fortbildung"


def test_key_pages_have_no_serious_or_critical_axe_violations(browser, site, axe_script):
    # axe-core comes in as an inline script, which the site's policy rightly refuses.
    context = browser.new_context(locale="de-DE", bypass_csp=True)
    page = context.new_page()
    problems = {}
    for url in AXE_PAGES:
        page.goto(site + url)
        if serious := serious_violations(page, axe_script):
            problems[url] = serious
    context.close()
    assert problems == {}


def test_menu_opens_without_javascript_on_a_phone(browser, site):
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    phone = context.new_page()
    phone.goto(site + "/handlungsfelder/wlan/")
    phone.click("header summary")
    assert phone.locator("header details a:text-is('Netzwerk')").is_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


def test_reader_filters_the_overview_and_downloads_it_as_excel(page, site):
    page.goto(site + "/umsetzung/")
    page.select_option("select[name=status]", "umgesetzt")
    page.click("form.filter-form button[type=submit]")
    page.wait_for_url("**/umsetzung/?*status=umgesetzt*")
    shown = page.locator("table.massnahmen-tabelle tbody tr").count()
    with page.expect_download() as download:
        page.click("a:text-is('Als Excel')")
    assert download.value.suggested_filename == "massnahmen.xlsx"
    workbook = load_workbook(io.BytesIO(Path(download.value.path()).read_bytes()))
    rows = list(workbook["Maßnahmen"].iter_rows(values_only=True))[1:]
    assert len(rows) == shown > 0
    assert {row[4] for row in rows} == {"umgesetzt"}
    assert dict(workbook["Lizenz"].iter_rows(values_only=True))["Kennung"] == "dl-de/by-2-0"
