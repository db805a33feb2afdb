"""Inflected German forms find each other on SQLite as on PostgreSQL: stems indexed beside the text, stems asked for."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handlungsfelder.suche.wortstaemme import staemme, wortstamm

from ..factories import SitzungIndexPageFactory, SitzungPageFactory, block, massnahme, publish
from .test_search import results, titles


@pytest.fixture
def ausstattung(konzept):
    """The demo's words: a Maßnahme on "Tablets", one on the "Pausenhof", a Handlungsfeld "Netzwerk"."""
    konzept.add_handlungsfeld(
        title="Endgeräte",
        summary="Leihgeräte für alle Schulen.",
        umsetzungsplan=[
            massnahme("Tablets für die Grundschulen", "geplant", konzept.landkreis_it),
            massnahme("WLAN auf dem Pausenhof", "geplant", konzept.landkreis_it),
        ],
    )
    return konzept


@pytest.mark.parametrize(
    ("query", "expected", "marked"),
    [
        ("Netzwerke", ["Netzwerk"], None),
        ("Tablet", ["Endgeräte"], "Tablets"),
        ("Pausenhöfe", ["Endgeräte"], "Pausenhof"),
        ("Turnhalle", ["WLAN"], "Turnhallen"),
    ],
)
def test_search_finds_inflected_forms_on_every_database(client, ausstattung, query, expected, marked):
    page = results(client, query)
    assert titles(page) == expected
    if marked:
        assert marked in [mark.get_text() for mark in page.select(".suchergebnis mark")]


def test_search_finds_a_meeting_by_an_inflected_form(client, konzept):
    index = publish(SitzungIndexPageFactory(parent=konzept.start))
    publish(SitzungPageFactory(parent=index, ergebnisse=[block("paragraph", "<p>Die Netzwerke werden erneuert.</p>")]))
    assert len(titles(results(client, "Netzwerk"))) == 2


def test_search_still_needs_every_word(client, ausstattung):
    assert titles(results(client, "Tablets Grundschulen")) == ["Endgeräte"]
    assert titles(results(client, "Tablets Turnhallen")) == []


def test_stems_fold_case_umlauts_and_sharp_s():
    assert wortstamm("Pausenhöfe") == wortstamm("Pausenhof") == "pausenhof"
    assert wortstamm("Netzwerke") == wortstamm("Netzwerk")
    assert wortstamm("Tablet") == wortstamm("Tablets")
    assert wortstamm("Straße") == wortstamm("Strasse")
    assert staemme("Netzwerke und Netzwerk") == "netzwerk und"


def test_a_page_indexes_the_stems_of_its_title_and_text(konzept):
    text = konzept.wlan.suchstaemme().split()
    assert {"wlan", "turnhall", "flachendeck"} <= set(text)


@pytest.mark.django_db
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(min_size=1, max_size=40))
def test_any_query_with_its_stems_gives_a_normal_page(client, konzept, query):
    """Words of any script, digits, marks and ligatures: their stems reach the backend too and must not break it."""
    assert results(client, query).find("h1").get_text() == "Suche im IT-Konzept"
