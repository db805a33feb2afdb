"""Excerpts: whole words, list items and paragraphs apart, every matching form marked, links to the Maßnahmen."""

from handlungsfelder.suche.text import Suchwoerter, ausschnitt, klartext

from ..factories import SitzungIndexPageFactory, SitzungPageFactory, block, massnahme, publish
from .test_search import results


def test_rich_text_keeps_paragraphs_and_list_items_apart():
    assert klartext("<ul><li>Switches tauschen</li><li>Access Points</li></ul>") == "Switches tauschen; Access Points"
    assert klartext("<p>Erste Runde.</p><p>One more</p>") == "Erste Runde. One more"
    assert klartext("<ul><li>Erste Runde.</li><li>Zweite</li></ul>") == "Erste Runde. Zweite"
    assert klartext("Zeile<br>zwei") == "Zeile zwei"


def test_an_excerpt_never_cuts_a_word():
    text = " ".join(["Glasfaseranbindung"] * 12 + ["Turnhallen"] + ["Netzwerkschrank"] * 12)
    excerpt = str(ausschnitt([(text, None, None)], Suchwoerter.aus("Turnhalle", "de")).text)
    words = excerpt.replace("<mark>", "").replace("</mark>", "").split()
    assert words[0] == "…" and words[-1] == "…"
    assert set(words[1:-1]) == {"Glasfaseranbindung", "Turnhallen", "Netzwerkschrank"}
    assert "<mark>Turnhallen</mark>" in excerpt


def test_an_excerpt_marks_every_form_of_the_searched_word_and_nothing_else():
    text = "Das Netzwerk und die Netzwerke, nicht die Netze."
    excerpt = str(ausschnitt([(text, None, None)], Suchwoerter.aus("Netzwerken", "de")).text)
    assert excerpt.count("<mark>") == 2
    assert "<mark>Netzwerk</mark> und die <mark>Netzwerke</mark>, nicht die Netze." in excerpt


def test_a_hit_in_a_massnahme_links_to_its_anchor(client, konzept):
    feld = konzept.add_handlungsfeld(
        title="Endgeräte",
        umsetzungsplan=[
            massnahme("Beamer für die Aula", "geplant", konzept.landkreis_it),
            massnahme("Tablets für die Grundschulen", "geplant", konzept.landkreis_it),
        ],
    )
    page = results(client, "Tablet")
    links = page.select(".suchergebnis__massnahmen a")
    assert [a["href"] for a in links] == [f"/handlungsfelder/{feld.slug}/#block-{feld.umsetzungsplan[1].id}"]
    assert links[0].get_text() == "Maßnahme „Tablets für die Grundschulen“"


def test_a_list_in_a_meeting_record_shows_its_items_apart(client, konzept):
    index = publish(SitzungIndexPageFactory(parent=konzept.start))
    publish(
        SitzungPageFactory(
            parent=index,
            ergebnisse=[block("paragraph", "<ul><li>Erste Runde.</li><li>Rahmenvertrag verlängert</li></ul>")],
        )
    )
    excerpt = results(client, "Rahmenvertrag").select_one(".suchergebnis__ausschnitt").get_text()
    assert "Erste Runde. Rahmenvertrag verlängert" in excerpt
