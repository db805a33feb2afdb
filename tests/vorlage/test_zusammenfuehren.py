"""The three-way merge on its own: the source's changes where the local text is untouched, local changes kept,
conflicts named by part and block, blocks added and removed upstream, what readers cannot see ignored."""

import pytest

from handlungsfelder.models import HandlungsfeldPage
from handlungsfelder.vorlage.zusammenfuehren import Konflikt, stream_zusammenfuehren, zusammenfuehren

pytestmark = pytest.mark.django_db

UMSETZUNGSPLAN = HandlungsfeldPage._meta.get_field("umsetzungsplan").stream_block


def absatz(block_id: str, text: str) -> dict:
    return {"type": "paragraph", "value": f"<p>{text}</p>", "id": block_id}


def massnahme(block_id: str, beschreibung: str, verantwortlich=None, status: str = "geplant") -> dict:
    return {
        "type": "massnahme",
        "id": block_id,
        "value": {
            "nummer": "WL-1",
            "titel": "WLAN in Turnhallen",
            "beschreibung": f"<p>{beschreibung}</p>",
            "status": status,
            "zeitraum": "Schuljahr 2027/28",
            "verantwortlich": verantwortlich,
            "alle_schulen": False,
            "schulen": [],
            "kosten": None,
        },
    }


def seite(allgemeines=(), umsetzungsplan=(), title="WLAN", summary="WLAN in allen Räumen.") -> HandlungsfeldPage:
    return HandlungsfeldPage(
        title=title, summary=summary, allgemeines=list(allgemeines), umsetzungsplan=list(umsetzungsplan)
    )


def texte(stream: list[dict]) -> list[str]:
    return [block["value"] for block in stream]


def merge(basis, vorlage, lokal):
    return zusammenfuehren(HandlungsfeldPage, basis, vorlage, lokal)


def test_a_block_untouched_here_takes_the_sources_version_and_a_local_change_stays():
    basis = seite([absatz("a", "Alt A"), absatz("b", "Alt B")])
    vorlage = seite([absatz("a", "Neu A"), absatz("b", "Alt B")])
    lokal = seite([absatz("a", "Alt A"), absatz("b", "Eigenes B")])
    ergebnis = merge(basis, vorlage, lokal)
    assert texte(ergebnis.werte["allgemeines"]) == ["<p>Neu A</p>", "<p>Eigenes B</p>"]
    assert ergebnis.konflikte == []


def test_both_changing_one_paragraph_keeps_the_local_text_and_names_part_and_block():
    basis = seite([absatz("a", "Alle Räume haben WLAN.")])
    vorlage = seite([absatz("a", "Alle Räume und Turnhallen haben WLAN.")])
    lokal = seite([absatz("a", "Alle Räume im Rathaus haben WLAN.")])
    ergebnis = merge(basis, vorlage, lokal)
    assert texte(ergebnis.werte["allgemeines"]) == ["<p>Alle Räume im Rathaus haben WLAN.</p>"]
    assert ergebnis.konflikte == [
        Konflikt("Allgemeines/Aktuelles", "Absatz „Alle Räume im Rathaus haben WLAN.“", ergebnis.konflikte[0].grund)
    ]
    assert "unterschiedlich geändert" in str(ergebnis.konflikte[0])


def test_the_same_change_on_both_sides_is_no_conflict():
    basis = seite([absatz("a", "Alt")])
    beide = seite([absatz("a", "Neu")])
    ergebnis = merge(basis, beide, seite([absatz("a", "Neu")]))
    assert texte(ergebnis.werte["allgemeines"]) == ["<p>Neu</p>"] and ergebnis.konflikte == []


def test_stored_markup_the_reader_cannot_see_is_no_local_change():
    """The editor's Draftail adds block keys to every paragraph it saves; the text is still the source's."""
    basis = seite([absatz("a", "Alt")])
    vorlage = seite([absatz("a", "Neu")])
    lokal = seite([{"type": "paragraph", "value": '<p data-block-key="x1">Alt</p>', "id": "a"}])
    ergebnis = merge(basis, vorlage, lokal)
    assert texte(ergebnis.werte["allgemeines"]) == ["<p>Neu</p>"] and ergebnis.konflikte == []


def test_a_masznahme_merges_field_by_field_so_an_own_responsible_party_and_a_new_description_both_stay(konzept):
    eigene_stelle = konzept.landkreis_it.pk
    basis = [massnahme("m", "Access Points.")]
    vorlage = [massnahme("m", "Access Points in allen Turnhallen.")]
    lokal = [massnahme("m", "Access Points.", verantwortlich=eigene_stelle)]
    ergebnis, konflikte = stream_zusammenfuehren(UMSETZUNGSPLAN, "Umsetzungsplan", basis, vorlage, lokal)
    assert konflikte == []
    assert ergebnis[0]["value"]["beschreibung"] == "<p>Access Points in allen Turnhallen.</p>"
    assert ergebnis[0]["value"]["verantwortlich"] == eigene_stelle


def test_a_masznahme_field_both_changed_is_a_conflict_named_with_its_label():
    basis = [massnahme("m", "Access Points.")]
    vorlage = [massnahme("m", "Access Points in allen Turnhallen.", status="in_umsetzung")]
    lokal = [massnahme("m", "Access Points im Rathaus.")]
    ergebnis, konflikte = stream_zusammenfuehren(UMSETZUNGSPLAN, "Umsetzungsplan", basis, vorlage, lokal)
    assert [str(k) for k in konflikte] == [
        "Umsetzungsplan, Maßnahme „WLAN in Turnhallen“ (Beschreibung): in der Vorlage und hier unterschiedlich geändert"
    ]
    assert ergebnis[0]["value"]["beschreibung"] == "<p>Access Points im Rathaus.</p>"
    assert ergebnis[0]["value"]["status"] == "in_umsetzung"


def test_blocks_added_upstream_go_in_after_their_predecessor_and_local_additions_stay():
    basis = seite([absatz("a", "A"), absatz("b", "B")])
    vorlage = seite([absatz("neu-1", "Neu vorn"), absatz("a", "A"), absatz("neu-2", "Neu nach A"), absatz("b", "B")])
    lokal = seite([absatz("a", "A"), absatz("eigen", "Eigener Absatz"), absatz("b", "B")])
    ergebnis = merge(basis, vorlage, lokal)
    assert [block["id"] for block in ergebnis.werte["allgemeines"]] == ["neu-1", "a", "neu-2", "eigen", "b"]
    assert ergebnis.konflikte == []


def test_a_block_removed_upstream_goes_unless_it_was_changed_here():
    basis = seite([absatz("a", "A"), absatz("b", "B")])
    vorlage = seite([])
    lokal = seite([absatz("a", "A"), absatz("b", "B geändert")])
    ergebnis = merge(basis, vorlage, lokal)
    assert texte(ergebnis.werte["allgemeines"]) == ["<p>B geändert</p>"]
    assert [str(k) for k in ergebnis.konflikte] == [
        "Allgemeines/Aktuelles, Absatz „B geändert“: in der Vorlage entfernt, hier geändert"
    ]


def test_a_block_removed_here_stays_removed_and_a_change_upstream_to_it_is_named():
    basis = seite([absatz("a", "A"), absatz("b", "B")])
    vorlage = seite([absatz("a", "A"), absatz("b", "B neu")])
    ergebnis = merge(basis, vorlage, seite([absatz("a", "A")]))
    assert texte(ergebnis.werte["allgemeines"]) == ["<p>A</p>"]
    assert [str(k) for k in ergebnis.konflikte] == [
        "Allgemeines/Aktuelles, Absatz „B neu“: hier entfernt, in der Vorlage geändert"
    ]


def test_title_and_summary_merge_as_texts():
    basis = seite(title="WLAN", summary="Alt")
    vorlage = seite(title="WLAN und Turnhallen", summary="Neu aus der Vorlage")
    lokal = seite(title="WLAN", summary="Eigene Kurzbeschreibung")
    ergebnis = merge(basis, vorlage, lokal)
    assert ergebnis.werte["title"] == "WLAN und Turnhallen"
    assert ergebnis.werte["summary"] == "Eigene Kurzbeschreibung"
    assert [str(k) for k in ergebnis.konflikte] == [
        "Kurzbeschreibung: in der Vorlage und hier unterschiedlich geändert"
    ]
