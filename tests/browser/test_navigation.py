"""A reader's way to the meetings, decisions and tags, the overview's jump to its results, and the printed page,
in a real browser on the demo; axe-core on the pages this added."""

from io import StringIO

from django.core.management import call_command

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

AXE_PAGES = ["/schlagwoerter/", "/versionen/", "/arbeitsgruppe/2018-02-27-auftaktveranstaltung/", "/umsetzung/"]


@pytest.fixture
def site(live_server) -> str:
    call_command("load_demo", stdout=StringIO())
    return live_server.url


def test_reader_reaches_meetings_decisions_and_tags_from_the_footer(page, site):
    page.goto(site + "/")
    page.click("footer a:text-is('Arbeitsgruppe')")
    page.wait_for_url("**/arbeitsgruppe/")
    assert page.inner_text("h1") == "Arbeitsgruppe"
    page.click("footer a:text-is('Beschlüsse')")
    page.wait_for_url("**/beschluesse/")
    page.click("footer a:text-is('Schlagwörter')")
    page.wait_for_url("**/schlagwoerter/")
    erstes = page.locator("main .schlagwortliste a").first
    name = erstes.inner_text()
    erstes.click()
    page.wait_for_url("**/schlagwoerter/*/")
    assert page.inner_text("h1") == name


def test_overview_filter_jumps_to_the_results_and_the_chart_follows(page, site):
    page.goto(site + "/umsetzung/")
    alle_balken = page.locator(".diagramm .diagramm__label").count()
    page.select_option("select[name=status]", "zurueckgestellt")
    page.click("form.filter-form button[type=submit]")
    page.wait_for_url("**/umsetzung/?**#ergebnisse")
    assert page.locator(".diagramm .diagramm__label").count() < alle_balken
    assert page.evaluate("document.getElementById('ergebnisse').getBoundingClientRect().top") < 50


def test_printed_page_names_the_county_and_its_address(page, site):
    page.goto(site + "/handlungsfelder/wlan/")
    assert not page.locator(".druckzeile").first.is_visible()
    page.emulate_media(media="print")
    assert "Weilheim-Schongau" in page.inner_text(".druckzeile--kopf")
    assert page.inner_text(".druckzeile--fuss").endswith(site + "/handlungsfelder/wlan/")


def test_added_pages_have_no_serious_or_critical_axe_violations(browser, site, axe_script):
    context = browser.new_context(locale="de-DE", bypass_csp=True)
    page = context.new_page()
    problems = {}
    for url in AXE_PAGES:
        page.goto(site + url)
        page.add_script_tag(path=str(axe_script))
        violations = page.evaluate("async () => (await axe.run(document)).violations")
        serious = [v["id"] for v in violations if v["impact"] in ("serious", "critical")]
        if serious:
            problems[url] = serious
    context.close()
    assert problems == {}
