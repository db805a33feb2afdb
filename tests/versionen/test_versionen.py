"""Public version history: only published revisions, archived versions, comparisons, concept versions, feed."""

import datetime
from xml.etree import ElementTree

import pytest

from handlungsfelder.models import Aenderungsnotiz, HandlungsfeldPage, Konzeptversion, Veroeffentlichung

from ..client import count_queries, soup
from ..freigabe.helpers import make_simple, submit, workflow_action

GEPLANT = {"status": "geplant"}


def massnahme(akteur, status: str) -> dict:
    return {
        "type": "massnahme",
        "id": "0b7e1c1e-0000-4000-8000-00000000abcd",
        "value": {
            "titel": "WLAN in Turnhallen",
            "beschreibung": "<p>Access Points in allen Turnhallen.</p>",
            "status": status,
            "zeitraum": "2027/28",
            "verantwortlich": akteur.pk,
            "alle_schulen": True,
            "schulen": [],
            "kosten": None,
        },
    }


def publish_version(page, user, text: str, status: str, note: str) -> HandlungsfeldPage:
    """Publish a version of the page directly, as the Redaktion may, with a change note."""
    page = HandlungsfeldPage.objects.get(pk=page.pk)
    page.allgemeines = [{"type": "paragraph", "value": f"<p>{text}</p>", "id": "0b7e1c1e-0000-4000-8000-000000000001"}]
    page.umsetzungsplan = [massnahme(page.landkreis_it if hasattr(page, "landkreis_it") else user.akteur, status)]
    revision = page.save_revision(user=user)
    Aenderungsnotiz.objects.create(revision=revision, text=note, autor=user)
    revision.publish(user=user)
    return HandlungsfeldPage.objects.get(pk=page.pk)


@pytest.fixture
def history(client, konzept, team):
    """WLAN with two direct publications, one through the workflow, one rejected, one pending and one draft."""
    redaktion = team["redaktion"]
    redaktion.akteur = konzept.landkreis_it
    wlan = make_simple(konzept.wlan)
    v1 = publish_version(wlan, redaktion, "Alle Räume haben WLAN.", "geplant", "Fassung 1")
    v2 = publish_version(
        wlan, redaktion, "Alle Räume haben WLAN. Auch die Turnhallen.", "umgesetzt", "Turnhallen fertig"
    )

    submit(client, team["systembetreuer"], v2, "Alle Räume haben WLAN. Per Workflow ergänzt.", "Workflow-Ergänzung")
    workflow_action(client, team["arbeitsgruppe"], v2, "approve")
    workflow_action(client, redaktion, v2, "approve")
    v3 = HandlungsfeldPage.objects.get(pk=wlan.pk)

    submit(client, team["systembetreuer"], v3, "ABGELEHNTER TEXT", "Abgelehnter Vorschlag")
    workflow_action(client, team["arbeitsgruppe"], v3, "reject", comment="Nein")
    rejected = HandlungsfeldPage.objects.get(pk=wlan.pk).latest_revision
    page = HandlungsfeldPage.objects.get(pk=wlan.pk)
    page.allgemeines = [{"type": "paragraph", "value": "<p>ENTWURF DER REDAKTION</p>"}]
    draft = page.save_revision(user=redaktion)
    client.logout()
    return {
        "page": HandlungsfeldPage.objects.get(pk=wlan.pk),
        "v1": v1.live_revision_id,
        "v2": v2.live_revision_id,
        "v3": v3.live_revision_id,
        "rejected": rejected.pk,
        "draft": draft.pk,
        "konzept": konzept,
    }


def test_handlungsfeld_page_links_to_its_versions(client, history):
    link = soup(client, "/handlungsfelder/wlan/").find("a", string=lambda s: s and "Versionen" in s)
    assert link["href"] == "/handlungsfelder/wlan/versionen/"


def test_history_lists_only_published_revisions_newest_first_with_note_and_trail(client, history):
    page = soup(client, "/handlungsfelder/wlan/versionen/")
    rows = page.select("table.versionen tbody tr")
    published = Veroeffentlichung.objects.filter(page_id=history["page"].pk).count()
    assert len(rows) == published >= 4
    text = page.find("main").get_text(" ", strip=True)
    assert text.index("Workflow-Ergänzung") < text.index("Turnhallen fertig") < text.index("Fassung 1")
    assert "Prüfung Arbeitsgruppe: arbeitsgruppe" in rows[0].get_text(" ", strip=True)
    assert "Freigabe Redaktion: redaktion" in rows[0].get_text(" ", strip=True)
    assert "Abgelehnter Vorschlag" not in text and "ABGELEHNT" not in text and "ENTWURF" not in text
    assert "Fassung" in rows[0].get_text() and "aktuell" in rows[0].get_text()


def test_unpublished_revisions_are_unreachable_in_every_public_view(client, history):
    base = "/handlungsfelder/wlan/versionen/"
    for revision_id in (history["rejected"], history["draft"]):
        assert client.get(f"{base}{revision_id}/").status_code == 404
        assert client.get(f"{base}{history['v1']}/vergleich/{revision_id}/").status_code == 404
        assert client.get(f"{base}{revision_id}/vergleich/{history['v3']}/").status_code == 404
    Konzeptversion.objects.create(
        konzept=history["konzept"].start,
        nummer="9.9",
        beschlossen_am=datetime.date(2026, 1, 1),
        in_kraft_ab=datetime.date(2026, 2, 1),
    )
    for url in ("/versionen/9.9/", "/aenderungen.atom", base):
        body = client.get(url).content.decode()
        assert "ABGELEHNT" not in body and "ENTWURF DER REDAKTION" not in body and "Abgelehnter Vorschlag" not in body


def test_archived_version_renders_with_the_normal_template_marked_and_not_indexed(client, history):
    page = soup(client, f"/handlungsfelder/wlan/versionen/{history['v1']}/")
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    hinweis = page.select_one(".archiv-hinweis").get_text(" ", strip=True)
    assert hinweis.startswith("Fassung vom ")
    assert page.select_one(".archiv-hinweis a")["href"] == "/handlungsfelder/wlan/"
    assert "Alle Räume haben WLAN." in page.find("main").get_text()
    assert "Auch die Turnhallen" not in page.find("main").get_text()
    assert len(page.select("section.konzept-teil")) == 4


def test_diff_marks_the_inserted_sentence_and_the_changed_massnahme_status(client, history):
    page = soup(client, f"/handlungsfelder/wlan/versionen/{history['v1']}/vergleich/{history['v2']}/")
    assert "Auch die Turnhallen." in [ins.get_text().strip() for ins in page.select("ins")]
    status_field = [
        dd for dd in page.select(".diff-block--geaendert dd") if dd.find("del") and "geplant" in dd.get_text()
    ]
    assert status_field, "status change not shown"
    assert status_field[0].find("del").get_text() == "geplant"
    assert status_field[0].find("ins").get_text() == "umgesetzt"
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"


def test_comparison_in_reverse_order_redirects_to_the_stable_url(client, history):
    response = client.get(f"/handlungsfelder/wlan/versionen/{history['v2']}/vergleich/{history['v1']}/")
    assert response.status_code == 301
    assert response["Location"] == f"/handlungsfelder/wlan/versionen/{history['v1']}/vergleich/{history['v2']}/"
    chosen = client.get(f"/handlungsfelder/wlan/versionen/vergleich/?alt={history['v1']}&neu={history['v2']}")
    assert chosen["Location"] == f"/handlungsfelder/wlan/versionen/{history['v1']}/vergleich/{history['v2']}/"


def test_old_urls_keep_working_after_new_publications(client, history, team):
    urls = [
        f"/handlungsfelder/wlan/versionen/{history['v1']}/",
        f"/handlungsfelder/wlan/versionen/{history['v1']}/vergleich/{history['v2']}/",
    ]

    def main(url: str) -> str:
        return str(soup(client, url).find("main"))

    before = [main(url) for url in urls]
    team["redaktion"].akteur = history["konzept"].landkreis_it
    publish_version(history["page"], team["redaktion"], "Ganz neue Fassung.", "umgesetzt", "Später")
    assert [main(url) for url in urls] == before


@pytest.mark.parametrize(
    "url",
    [
        "/handlungsfelder/wlan/versionen/999999/",
        "/handlungsfelder/wlan/versionen/abc/",
        "/handlungsfelder/wlan/versionen/1/vergleich/999999/",
        "/handlungsfelder/wlan/versionen/vergleich/?alt=x&neu=%3Cscript%3E",
        "/handlungsfelder/wlan/versionen/vergleich/",
        "/versionen/0.0/",
        "/versionen/1.0/vergleich/0.0/",
    ],
)
def test_bad_ids_give_404(client, history, url):
    assert client.get(url).status_code == 404


def test_a_revision_of_another_page_gives_404(client, history):
    netzwerk = history["konzept"].netzwerk
    assert client.get(f"/handlungsfelder/wlan/versionen/{netzwerk.live_revision_id}/").status_code == 404
    url = f"/handlungsfelder/wlan/versionen/{history['v1']}/vergleich/{netzwerk.live_revision_id}/"
    assert client.get(url).status_code == 404


def test_point_in_time_view_of_version_one_shows_its_text_after_later_edits(client, history, team):
    version = Konzeptversion.objects.create(
        konzept=history["konzept"].start,
        nummer="1.0",
        beschlossen_am=datetime.date(2019, 8, 5),
        in_kraft_ab=datetime.date(2019, 9, 1),
    )
    assert version.seiten.count() >= 4
    team["redaktion"].akteur = history["konzept"].landkreis_it
    publish_version(history["page"], team["redaktion"], "Text nach Version 1.0.", "umgesetzt", "Nach 1.0")
    Konzeptversion.objects.create(
        konzept=history["konzept"].start,
        nummer="1.1",
        beschlossen_am=datetime.date(2021, 12, 6),
        in_kraft_ab=datetime.date(2022, 1, 1),
    )

    old = soup(client, "/versionen/1.0/").find("main").get_text(" ", strip=True)
    assert "Per Workflow ergänzt." in old and "Text nach Version 1.0." not in old
    assert "beschlossen am 05.08.2019, in Kraft ab 01.09.2019" in old
    new = soup(client, "/versionen/1.1/").find("main").get_text(" ", strip=True)
    assert "Text nach Version 1.0." in new

    listing = soup(client, "/versionen/")
    assert [a.get_text() for a in listing.select("tbody th a")] == ["Version 1.1", "Version 1.0"]
    diff = soup(client, "/versionen/1.0/vergleich/1.1/")
    assert [a.get_text() for a in diff.select("section[aria-labelledby=uebersicht-heading] ul a")] == ["WLAN"]
    assert "Text nach Version 1.0." in [ins.get_text().strip() for ins in diff.select("ins")]
    assert "Netzwerk" in diff.select_one("section[aria-labelledby=uebersicht-heading] .meta").get_text()


def test_redaktion_records_a_concept_version_in_the_admin(client, history, team):
    client.force_login(team["redaktion"])
    response = client.post(
        "/admin/snippets/handlungsfelder/konzeptversion/add/",
        {
            "konzept": history["konzept"].start.pk,
            "nummer": "2.1",
            "beschlossen_am": "2026-07-20",
            "gremium": "Kreis- und Schulausschuss",
            "beschluss_referenz": "KSA 20.07.2026, TOP 3",
            "in_kraft_ab": "2026-09-01",
        },
    )
    assert response.status_code == 302
    version = Konzeptversion.objects.get(nummer="2.1")
    assert version.seiten.get(page=history["page"]).revision_id == history["v3"]


@pytest.mark.parametrize("nummer", ["aktuell", "Vergleich"])
def test_a_version_number_that_is_a_word_of_the_addresses_is_refused(client, history, team, nummer):
    client.force_login(team["redaktion"])
    response = client.post(
        "/admin/snippets/handlungsfelder/konzeptversion/add/",
        {
            "konzept": history["konzept"].start.pk,
            "nummer": nummer,
            "beschlossen_am": "2026-07-20",
            "gremium": "Kreis- und Schulausschuss",
            "in_kraft_ab": "2026-09-01",
        },
    )
    assert response.status_code == 200
    assert "ist in den Adressen der Versionen vergeben" in response.content.decode()
    assert not Konzeptversion.objects.filter(nummer=nummer).exists()


def test_feed_lists_published_changes_with_note_and_diff_link(client, history):
    response = client.get("/aenderungen.atom")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    atom = "{http://www.w3.org/2005/Atom}"
    entries = ElementTree.fromstring(response.content).findall(f"{atom}entry")
    assert entries and "WLAN" in entries[0].findtext(f"{atom}title")
    assert entries[0].findtext(f"{atom}summary") == "Workflow-Ergänzung"
    link = entries[0].find(f"{atom}link").get("href")
    assert link.endswith(f"/handlungsfelder/wlan/versionen/{history['v2']}/vergleich/{history['v3']}/")
    assert client.get(link.replace("http://testserver", "")).status_code == 200
    start = soup(client, "/")
    assert start.find("link", attrs={"type": "application/atom+xml"})["href"] == "/aenderungen.atom"


def test_feed_is_answered_in_one_piece(client, history):
    """Each piece a WSGI server gets from a response is one write to the reader's connection."""
    response = client.get("/aenderungen.atom")
    assert len(list(response)) == 1
    assert b"".join(response).startswith(b'<?xml version="1.0" encoding="utf-8"?>')


def test_history_and_diff_queries_do_not_grow_with_the_number_of_revisions(client, history, team):
    urls = [
        "/handlungsfelder/wlan/versionen/",
        f"/handlungsfelder/wlan/versionen/{history['v1']}/vergleich/{history['v2']}/",
    ]
    before = [count_queries(client, url) for url in urls]
    team["redaktion"].akteur = history["konzept"].landkreis_it
    for i in range(8):
        publish_version(history["page"], team["redaktion"], f"Fassung {i}.", "umgesetzt", f"Runde {i}")
    assert [count_queries(client, url) for url in urls] == before


def _version(history, nummer: str, beschlossen: datetime.date) -> Konzeptversion:
    return Konzeptversion.objects.create(
        konzept=history["konzept"].start,
        nummer=nummer,
        beschlossen_am=beschlossen,
        in_kraft_ab=beschlossen + datetime.timedelta(days=30),
    )


def test_an_adopted_version_compares_with_today_in_german_and_english(client, history, team):
    _version(history, "1.0", datetime.date(2019, 8, 5))
    team["redaktion"].akteur = history["konzept"].landkreis_it
    publish_version(history["page"], team["redaktion"], "Text nach Version 1.0.", "umgesetzt", "Nach 1.0")

    heute = soup(client, "/versionen/1.0/vergleich/aktuell/")
    assert "Text nach Version 1.0." in [ins.get_text().strip() for ins in heute.select("ins")]
    text = heute.find("main").get_text(" ", strip=True)
    assert "Änderungen seit Version 1.0" in text and "beschlossen am 05.08.2019, in Kraft ab 04.09.2019" in text
    assert heute.select_one("meta[name=robots]")["content"] == "noindex"
    englisch = soup(client, "/en/versionen/1.0/vergleich/aktuell/")
    assert "Text nach Version 1.0." in [ins.get_text().strip() for ins in englisch.select("ins")]
    assert "Changes since version 1.0" in englisch.find("main").get_text(" ", strip=True)
    links = [a["href"] for a in soup(client, "/versionen/").select("main a")]
    assert "/versionen/1.0/vergleich/aktuell/" in links
    assert "/versionen/1.0/vergleich/aktuell/" in [a["href"] for a in soup(client, "/versionen/1.0/").select("a")]
    assert client.get("/versionen/9.9/vergleich/aktuell/").status_code == 404


def test_the_picker_on_versionen_leads_to_the_comparison_of_any_two_versions(client, history):
    _version(history, "1.0", datetime.date(2019, 8, 5))
    _version(history, "1.1", datetime.date(2021, 12, 6))
    form = soup(client, "/versionen/").select_one("form.versionen-auswahl")
    assert form["method"] == "get" and form["action"] == "/versionen/vergleich/"
    assert [o["value"] for o in form.select("select[name=neu] option")] == ["aktuell", "1.1", "1.0"]
    assert [o["value"] for o in form.select("select[name=alt] option")] == ["1.1", "1.0"]

    response = client.get("/versionen/vergleich/", {"alt": "1.0", "neu": "1.1"})
    assert response.status_code == 302 and response["Location"] == "/versionen/1.0/vergleich/1.1/"
    umgekehrt = client.get("/versionen/vergleich/", {"alt": "1.1", "neu": "1.0"})
    assert umgekehrt["Location"] == "/versionen/1.0/vergleich/1.1/"
    assert client.get("/versionen/vergleich/", {"alt": "1.1", "neu": "aktuell"})["Location"] == (
        "/versionen/1.1/vergleich/aktuell/"
    )
    assert client.get("/en/versionen/vergleich/", {"alt": "1.0", "neu": "1.1"})["Location"] == (
        "/en/versionen/1.0/vergleich/1.1/"
    )


@pytest.mark.parametrize(
    "query, meldung",
    [
        ({"alt": "1.0", "neu": "1.0"}, "Bitte zwei verschiedene Fassungen wählen."),
        ({"alt": "7.7", "neu": "aktuell"}, "7.7 ist keine gültige Auswahl"),
        ({}, "Dieses Feld muss ausgefüllt werden."),
    ],
)
def test_bad_input_to_the_picker_gives_400_with_a_clear_message(client, history, query, meldung):
    _version(history, "1.0", datetime.date(2019, 8, 5))
    seite = soup(client, "/versionen/vergleich/?" + "&".join(f"{k}={v}" for k, v in query.items()), status=400)
    assert meldung in seite.find("main").get_text(" ", strip=True)
    assert seite.select_one("form.versionen-auswahl")
