"""The county's own data left out of adopted content: pure functions on raw StreamField data."""

from handlungsfelder.vorlage.bereinigen import felder_bereinigen, teil_bereinigen

MASSNAHME = {
    "type": "massnahme",
    "id": "m-1",
    "value": {
        "nummer": "NW-4",
        "titel": "Glasfaser",
        "beschreibung": "<p>1 Gbit/s</p>",
        "status": "geplant",
        "zeitraum": "2027",
        "verantwortlich": 7,
        "alle_schulen": True,
        "schulen": [{"type": "item", "value": 3, "id": "s-1"}],
        "kosten": "12000.00",
    },
}
ZUSTAENDIGKEIT = {
    "type": "zustaendigkeit",
    "id": "z-1",
    "value": {
        "aufgabe": "Beschaffung",
        "verantwortlich": 7,
        "unterstuetzt": [{"type": "item", "value": 8, "id": "u-1"}],
        "informiert": [{"type": "item", "value": 9, "id": "i-1"}],
    },
}
SUPPORT = {
    "type": "support_level",
    "id": "s-1",
    "value": {
        "stufe": "1",
        "wer": 7,
        "aufgaben": "<p>Passwort</p>",
        "erreichbarkeit": "0881 681-0",
        "servicezeiten": "Mo–Fr",
    },
}
ABSATZ = {"type": "paragraph", "id": "p-1", "value": "<p>Der Landkreis stellt bereit.</p>"}


def test_massnahme_loses_schools_costs_and_responsible_party_but_keeps_its_text_number_and_id():
    (block,) = teil_bereinigen([MASSNAHME])
    assert block["id"] == "m-1"
    assert block["value"] == {
        **MASSNAHME["value"],
        "verantwortlich": None,
        "alle_schulen": False,
        "schulen": [],
        "kosten": None,
    }


def test_responsibilities_and_support_levels_lose_every_role_and_the_county_contact():
    zustaendigkeit, support = teil_bereinigen([ZUSTAENDIGKEIT, SUPPORT])
    assert zustaendigkeit["value"] == {
        "aufgabe": "Beschaffung",
        "verantwortlich": None,
        "unterstuetzt": [],
        "informiert": [],
    }
    assert support["value"] == {**SUPPORT["value"], "wer": None, "erreichbarkeit": ""}
    assert [zustaendigkeit["id"], support["id"]] == ["z-1", "s-1"]


def test_texts_stay_untouched_and_the_source_is_not_changed():
    raw = [ABSATZ, MASSNAHME]
    bereinigt = teil_bereinigen(raw)
    assert bereinigt[0] == ABSATZ
    assert MASSNAHME["value"]["kosten"] == "12000.00"
    assert MASSNAHME["value"]["schulen"] == [{"type": "item", "value": 3, "id": "s-1"}]
    assert bereinigt[1]["value"] is not MASSNAHME["value"]


def test_empty_or_missing_stream_gives_an_empty_list():
    assert teil_bereinigen([]) == []
    assert teil_bereinigen(None) == []


def test_page_fields_lose_the_contact_and_version_and_have_every_stream_cleaned():
    felder = {
        "title": "IT-Konzept",
        "kontakt": 4,
        "version": "2.0",
        "summary": "Netz",
        "umsetzungsplan": [MASSNAHME],
        "allgemeines": [ABSATZ],
        "betriebsmodell": [],
    }
    bereinigt = felder_bereinigen(felder)
    assert bereinigt["kontakt"] is None
    assert bereinigt["version"] == ""
    assert bereinigt["title"] == "IT-Konzept" and bereinigt["summary"] == "Netz"
    assert bereinigt["umsetzungsplan"][0]["value"]["kosten"] is None
    assert bereinigt["allgemeines"] == [ABSATZ]
    assert bereinigt["betriebsmodell"] == []
    assert felder["kontakt"] == 4
