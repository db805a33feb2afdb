"""Ranking: a page whose title holds the searched words first, Handlungsfelder before meetings and decisions."""

from ..factories import SitzungIndexPageFactory, SitzungPageFactory, block, publish
from .test_search import results, titles


def test_the_handlungsfeld_of_the_subject_leads_before_meetings_that_mention_it_often(client, konzept):
    index = publish(SitzungIndexPageFactory(parent=konzept.start))
    for i in range(4):
        publish(
            SitzungPageFactory(
                parent=index,
                title=f"Sitzung {i}",
                ergebnisse=[block("paragraph", "<p>WLAN. WLAN im Gymnasium, WLAN im Keller, WLAN überall.</p>")],
            )
        )
    publish(SitzungPageFactory(parent=index, title="WLAN-Sitzung", ergebnisse=[block("paragraph", "<p>WLAN</p>")]))
    found = titles(results(client, "WLAN"))
    assert found[0] == "WLAN"
    assert found[1] == "WLAN-Sitzung"
    assert sorted(found[2:]) == ["Sitzung 0", "Sitzung 1", "Sitzung 2", "Sitzung 3"]


def test_handlungsfelder_come_before_meetings_when_no_title_matches(client, konzept):
    index = publish(SitzungIndexPageFactory(parent=konzept.start))
    publish(
        SitzungPageFactory(
            parent=index, title="Sitzung", ergebnisse=[block("paragraph", "<p>Controller, Controller, Controller.</p>")]
        )
    )
    assert titles(results(client, "Controller")) == ["WLAN", "Sitzung"]


def test_the_ranking_spans_the_result_pages(client, konzept):
    index = publish(SitzungIndexPageFactory(parent=konzept.start))
    for i in range(11):
        publish(
            SitzungPageFactory(parent=index, title=f"Sitzung {i}", ergebnisse=[block("paragraph", "<p>WLAN WLAN</p>")])
        )
    assert titles(results(client, "WLAN"))[0] == "WLAN"
    assert "WLAN" not in titles(results(client, "WLAN", seite="2"))
