"""A search without hits says so in German and offers similar words, matching Handlungsfelder and the overview."""

from .test_search import results


def test_a_misspelt_word_gets_the_words_of_the_concept_it_resembles(client, konzept):
    page = results(client, "Netzwek")
    assert "0 Treffer" in page.find("h2").get_text()
    assert "Keine veröffentlichte Seite enthält alle Suchbegriffe zu „Netzwek“" in page.find("main").get_text()
    vorschlaege = page.select(".suchvorschlaege a")
    assert ("/suche/?q=Netzwerk", "Netzwerk") in [(a["href"], a.get_text()) for a in vorschlaege]
    assert ("/handlungsfelder/netzwerk/", "Netzwerk") in [(a["href"], a.get_text()) for a in vorschlaege]
    assert "/umsetzung/" in [a["href"] for a in vorschlaege]


def test_a_word_from_a_massnahme_is_suggested(client, konzept):
    page = results(client, "Turnhalen")
    assert "Turnhallen" in [a.get_text() for a in page.select(".suchvorschlaege a")]


def test_words_of_a_query_without_hits_are_offered_alone_when_they_find_something(client, konzept):
    page = results(client, "Turnhallen Quantencomputer")
    einzeln = [a.get_text() for a in page.select(".suchvorschlaege a") if a["href"].startswith("/suche/")]
    assert einzeln == ["Turnhallen"]


def test_a_filtered_search_without_hits_suggests_removing_the_filters(client, konzept):
    page = results(client, "Turnhallen", handlungsfeld="netzwerk")
    assert "Entfernen Sie Filter" in page.find("main").get_text()
