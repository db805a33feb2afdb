"""Search at /suche/: published pages only, excerpts with marked terms, filters, pagination, any input without a 500."""

from wagtail.models import PageViewRestriction

import pytest
from bs4 import BeautifulSoup

from ..factories import SchuleFactory, SitzungIndexPageFactory, SitzungPageFactory, block, massnahme, publish


def results(client, query: str = "", **params) -> BeautifulSoup:
    response = client.get("/suche/", {"q": query, **params})
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def titles(page: BeautifulSoup) -> list[str]:
    return [h.get_text(strip=True) for h in page.select(".suchergebnis h3")]


def test_search_finds_a_massnahme_marks_the_term_and_links_to_its_block(client, konzept):
    page = results(client, "Turnhallen")
    assert titles(page) == ["WLAN"]
    assert page.select_one(".suchergebnis mark").get_text() == "Turnhallen"
    link = page.select_one(".suchergebnis__massnahmen a")
    assert link["href"] == f"/handlungsfelder/wlan/#block-{konzept.wlan.umsetzungsplan[1].id}"
    assert link.get_text() == "Maßnahme „WLAN in Turnhallen“"


def test_search_finds_meeting_records(client, konzept):
    index = publish(SitzungIndexPageFactory(parent=konzept.start))
    publish(
        SitzungPageFactory(parent=index, ergebnisse=[block("paragraph", "<p>Der Rahmenvertrag wird verlängert.</p>")])
    )
    assert len(titles(results(client, "Rahmenvertrag"))) == 1


def test_search_finds_an_inflected_german_form_from_the_umsetzungsplan(client, konzept):
    konzept.add_handlungsfeld(
        title="Internetanbindung",
        umsetzungsplan=[massnahme("Neue Glasfaserleitung zum Schulzentrum", "geplant", konzept.landkreis_it)],
    )
    page = results(client, "Glasfaserleitungen")
    assert titles(page) == ["Internetanbindung"]
    assert page.select_one(".suchergebnis mark").get_text() == "Glasfaserleitung"


def test_search_never_shows_unpublished_private_or_draft_content(client, konzept):
    entwurf = konzept.add_handlungsfeld(title="Entwurf", summary="Geheimwort im Entwurf.")
    entwurf.unpublish()
    privat = konzept.add_handlungsfeld(title="Intern", summary="Geheimwort intern.")
    PageViewRestriction.objects.create(page=privat, restriction_type=PageViewRestriction.LOGIN)
    konzept.netzwerk.summary = "Geheimwort nur im Entwurf einer veröffentlichten Seite."
    konzept.netzwerk.save_revision()
    assert titles(results(client, "Geheimwort")) == []


def test_search_filters_by_handlungsfeld_tag_and_school(client, konzept):
    schule = SchuleFactory(slug="mittelschule-peiting")
    endgeraete = konzept.add_handlungsfeld(
        title="Endgeräte",
        summary="Tablets für Schulen.",
        umsetzungsplan=[massnahme("Tablets für die Mittelschule", "geplant", konzept.landkreis_it, schulen=[schule])],
    )
    endgeraete.tags.add("Ausstattung")
    publish(endgeraete)
    konzept.netzwerk.summary = "Tablets im Netzwerk."
    publish(konzept.netzwerk)
    assert sorted(titles(results(client, "Tablets"))) == ["Endgeräte", "Netzwerk"]
    assert titles(results(client, "Tablets", handlungsfeld="netzwerk")) == ["Netzwerk"]
    assert titles(results(client, "Tablets", schule="mittelschule-peiting")) == ["Endgeräte"]
    assert titles(results(client, "Tablets", schlagwort="ausstattung")) == ["Endgeräte"]
    assert titles(results(client, "Tablets", schlagwort="infrastruktur")) == []


def test_search_paginates_and_survives_a_bad_page_number(client, konzept):
    for i in range(12):
        konzept.add_handlungsfeld(title=f"Feld {i}", summary="Ein Beamer in jedem Raum.")
    first = results(client, "Beamer")
    assert len(titles(first)) == 10
    assert "12 Treffer" in first.find("h2").get_text()
    assert len(titles(results(client, "Beamer", seite="2"))) == 2
    assert len(titles(results(client, "Beamer", seite="abc"))) == 10


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "<script>alert(1)</script>",
        '"',
        "'",
        "%",
        ";",
        'WLAN"; DROP TABLE x; --',
        "AND",
        "NOT OR NEAR",
        "*",
        "^WLAN",
        "x" * 5000,
        "WLAN " * 400,
        "\x00",
        "Netz-werk (WLAN)",
    ],
)
def test_search_answers_odd_input_with_a_normal_page(client, konzept, query):
    page = results(client, query)
    assert page.find("h1").get_text() == "Suche im IT-Konzept"
    assert "<script>" not in str(page.find("main"))


def test_search_says_when_the_query_was_cut_or_had_no_words(client, konzept):
    assert "gekürzt" in results(client, "WLAN " * 100).find("main").get_text()
    assert "Suchbegriff aus Buchstaben" in results(client, "%;'").find("main").get_text()


def test_search_ignores_an_unknown_filter_value_with_a_message(client, konzept):
    page = results(client, "WLAN", handlungsfeld="gibt-es-nicht")
    assert "unbekannten Wert" in page.find("main").get_text()
    assert titles(page) == ["WLAN"]


def test_search_without_hits_says_so(client, konzept):
    page = results(client, "Quantencomputer")
    assert "0 Treffer" in page.find("h2").get_text()
    assert "Keine veröffentlichte Seite" in page.find("main").get_text()
