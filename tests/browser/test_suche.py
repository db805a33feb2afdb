"""The search in a real browser on the demo: inflected forms found, a Maßnahme's link lands on it, suggestions
without hits; at phone and desktop width no horizontal overflow and no serious axe-core violation."""

from io import StringIO
from urllib.parse import quote

from django.core.management import call_command

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SEITEN = ["/suche/?q=WLAN", "/suche/?q=" + quote("Pausenhöfe"), "/suche/?q=Netzwek"]


@pytest.fixture
def site(live_server) -> str:
    call_command("load_demo", stdout=StringIO())
    return live_server.url


def test_search_pages_fit_a_phone_and_a_desktop_without_serious_axe_violations(browser, site, axe_script):
    problems = {}
    for width, height in [(390, 844), (1366, 900)]:
        # axe-core comes in as an inline script, which the site's policy rightly refuses.
        context = browser.new_context(viewport={"width": width, "height": height}, locale="de-DE", bypass_csp=True)
        page = context.new_page()
        for url in SEITEN:
            page.goto(site + url)
            breite = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
            if breite[0] > breite[1]:
                problems[(width, url)] = f"scrollWidth {breite[0]} > {breite[1]}"
            page.add_script_tag(path=str(axe_script))
            violations = page.evaluate("async () => (await axe.run(document)).violations")
            serious = [v["id"] for v in violations if v["impact"] in ("serious", "critical")]
            if serious:
                problems[(width, url)] = serious
        context.close()
    assert problems == {}


def test_a_reader_finds_an_inflected_form_and_lands_on_the_massnahme(page, site):
    page.goto(site + "/suche/?q=" + quote("Pausenhöfe"))
    assert page.locator(".suchergebnis h3 a").first.inner_text() == "WLAN"
    link = page.locator(".suchergebnis__massnahmen a").first
    assert "Pausenhöfen" in link.inner_text()
    link.click()
    anchor = page.url.split("#", 1)[1]
    assert anchor.startswith("block-")
    assert page.locator(f"[id='{anchor}']").is_visible()


def test_a_search_without_hits_leads_to_a_similar_word_that_finds_something(page, site):
    page.goto(site + "/suche/?q=Netzwek")
    assert "0 Treffer" in page.locator("#ergebnisse-heading").inner_text()
    page.locator(".suchvorschlaege a", has_text="Netzwerk").first.click()
    assert page.locator(".suchergebnis h3 a").first.inner_text() == "Netzwerk"
