"""Every public page type fits a phone (390 px) and a desktop (1366 px) without sideways scrolling, axe-core stays
clean on them, and the diff of an edited paragraph marks the inserted sentence readably on a phone."""

from django.urls import reverse

import pytest

from handlungsfelder.freigabe.rollen import ARBEITSGRUPPE, REDAKTION, SYSTEMBETREUER
from handlungsfelder.models import (
    BeschlussPage,
    HandlungsfeldPage,
    HandlungsfeldPageTag,
    SitzungPage,
    Veroeffentlichung,
)

from ..freigabe.helpers import make_simple, member, release_in_two_steps, submit
from .axe import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}
LANGES_WORT = "Sachaufwandsträgerschaftsfunknetzinfrastrukturausstattungsrichtlinie"
NEUER_SATZ = f"Die {LANGES_WORT} des Landkreises gilt ab dem Schuljahr 2027/28 für jede Schule."
ABSATZ = "Alle Unterrichts- und Fachräume haben WLAN."
OVERFLOW = "document.documentElement.scrollWidth - window.innerWidth"
# The page's width, the widths of header and footer, the header's height.
FRAME = """[document.documentElement.scrollWidth]
    .concat(['.site-header', '.site-footer'].map(s => document.querySelector(s).offsetWidth))
    .concat([document.querySelector('.site-header').offsetHeight])"""


def publish_edited_paragraph(page: HandlungsfeldPage) -> tuple[int, int]:
    """Appends NEUER_SATZ to the page's first paragraph and publishes it; the revisions before and after."""
    page = HandlungsfeldPage.objects.get(pk=page.pk)
    before = page.live_revision_id
    absatz = next(child for child in page.allgemeines if child.block_type == "paragraph")
    absatz.value = type(absatz.value)(absatz.value.source.replace("</p>", f" {NEUER_SATZ}</p>", 1))
    page.save_revision().publish()
    return before, HandlungsfeldPage.objects.get(pk=page.pk).live_revision_id


def public_pages() -> list[str]:
    """One address of every public page type of the demo, an edited paragraph's diff among them."""
    wlan = HandlungsfeldPage.objects.get(slug="wlan", locale__language_code="de")
    alt, neu = publish_edited_paragraph(wlan)
    assert Veroeffentlichung.objects.filter(page_id=wlan.pk, revision_id=neu).exists()
    tag = HandlungsfeldPageTag.objects.select_related("tag").first().tag
    return [
        "/",
        "/handlungsfelder/",
        wlan.url,
        wlan.subpage_url("versionen"),
        wlan.subpage_url("vergleich", alt, neu),
        wlan.subpage_url("fassung", alt),
        reverse("handlungsfelder:konzeptversionen"),
        reverse("handlungsfelder:konzeptversion", args=["2.0"]),
        reverse("handlungsfelder:konzept_vergleich", args=["1.1", "2.0"]),
        reverse("handlungsfelder:umsetzung"),
        reverse("handlungsfelder:schulen"),
        reverse("handlungsfelder:schule", args=["gymnasium-penzberg"]),
        reverse("handlungsfelder:suche") + "?q=WLAN",
        reverse("handlungsfelder:schlagwort", args=[tag.slug]),
        "/arbeitsgruppe/",
        SitzungPage.objects.live().filter(locale__language_code="de").first().url,
        "/beschluesse/",
        BeschlussPage.objects.live().filter(locale__language_code="de").first().url,
        "/en/handlungsfelder/wlan/",
        "/impressum/",
        "/gibt-es-nicht/",
    ]


def test_every_public_page_type_fits_a_phone_and_a_desktop_and_has_no_serious_axe_violations(browser, site, axe_script):
    """Also on a phone: the header stays compact (at most 120 of 844 px) and spans the width with the footer."""
    pages = public_pages()
    problems, axe = [], {}
    for viewport in (PHONE, DESKTOP):
        context = browser.new_context(locale="de-DE", viewport=viewport, bypass_csp=True)
        page = context.new_page()
        for url in pages:
            response = page.goto(site + url)
            assert response.status == (404 if url == "/gibt-es-nicht/" else 200), url
            breite, kopf, fuss, kopf_hoehe = page.evaluate(FRAME)
            if breite > viewport["width"]:
                problems.append(f"{viewport['width']} {url}: {breite} px breit")
            if kopf != breite or fuss != breite:
                problems.append(f"{viewport['width']} {url}: Kopf {kopf} px, Fuß {fuss} px von {breite} px")
            if viewport is PHONE and kopf_hoehe > 120:
                problems.append(f"{viewport['width']} {url}: Kopf {kopf_hoehe} px hoch")
            if viewport is PHONE and (serious := serious_violations(page, axe_script)):
                axe[url] = serious
        context.close()
    assert problems == []
    assert axe == {}


def test_progress_chart_labels_keep_reading_size_on_a_phone(browser, live_server, konzept):
    """Measured as drawn: text inside a scaled SVG keeps its computed font size but shrinks on the screen."""
    context = browser.new_context(locale="de-DE", viewport=PHONE)
    page = context.new_page()
    page.goto(live_server.url + reverse("handlungsfelder:umsetzung"))
    heights = page.eval_on_selector_all(
        ".diagramm :is(text, .diagramm__label, .diagramm__wert)",
        "texts => texts.map(text => text.getBoundingClientRect().height)",
    )
    assert len(heights) == 4 and min(heights) >= 12
    assert page.evaluate(OVERFLOW) <= 0
    context.close()


def test_a_paragraph_changed_through_the_workflow_shows_its_new_sentence_marked_on_a_phone(
    browser, live_server, konzept, client
):
    """Acceptance: published through submit and the two approvals, the public diff marks the added sentence with
    <ins>, visibly, and the page fits 390 px."""
    systembetreuer = member("systembetreuer", SYSTEMBETREUER)
    arbeitsgruppe = member("arbeitsgruppe", ARBEITSGRUPPE)
    redaktion = member("redaktion", REDAKTION)
    wlan = make_simple(konzept.wlan)
    # The first proposal gives the paragraph the block id the edit form posts again with the second.
    assert submit(client, systembetreuer, wlan, ABSATZ, "Fachräume ergänzt").status_code == 302
    release_in_two_steps(client, arbeitsgruppe, redaktion, wlan, ABSATZ)
    alt = HandlungsfeldPage.objects.get(pk=wlan.pk).live_revision_id
    assert submit(client, systembetreuer, wlan, f"{ABSATZ} {NEUER_SATZ}", "Richtlinie ergänzt").status_code == 302
    release_in_two_steps(client, arbeitsgruppe, redaktion, wlan, NEUER_SATZ)
    wlan = HandlungsfeldPage.objects.get(pk=wlan.pk)

    context = browser.new_context(locale="de-DE", viewport=PHONE)
    page = context.new_page()
    page.goto(live_server.url + wlan.subpage_url("vergleich", alt, wlan.live_revision_id))
    block = page.locator(".diff-block--geaendert")
    assert block.count() == 1
    inserted = block.locator("ins")
    assert page.evaluate(OVERFLOW) <= 0
    assert inserted.count() == 1 and inserted.is_visible()
    box = inserted.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    assert inserted.evaluate("ins => getComputedStyle(ins).textDecorationLine") == "underline"
    assert inserted.inner_text() == NEUER_SATZ
    context.close()
