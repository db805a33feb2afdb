"""Cross-field rules of the structured blocks give editors a message on the offending field."""

import json

from wagtail.blocks.struct_block import StructBlockValidationError

import pytest

from handlungsfelder.konzept.blocks import TabelleBlock, ZustaendigkeitBlock
from handlungsfelder.models import HandlungsfeldPage

from ..factories import AkteurFactory


def test_table_row_with_a_value_in_a_column_without_heading_is_refused():
    block = TabelleBlock()
    value = block.to_python(
        {
            "beschriftung": "Ausstattung",
            "spalte_1": "Raum",
            "spalte_2": "",
            "zeilen": [{"spalte_1": "Klassenzimmer", "spalte_2": "Beamer"}],
        }
    )
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "spalte_2" in error.value.block_errors


def test_table_renders_only_columns_that_have_a_heading():
    value = TabelleBlock().to_python(
        {"beschriftung": "B", "spalte_1": "A", "spalte_3": "C", "zeilen": [{"spalte_1": "1", "spalte_3": "3"}]}
    )
    assert value.header() == ["A", "C"]
    assert value.body() == [["1", "3"]]


@pytest.mark.django_db
def test_responsible_party_cannot_also_support_itself():
    akteur = AkteurFactory()
    block = ZustaendigkeitBlock()
    value = block.to_python(
        {"aufgabe": "Beschaffung", "verantwortlich": akteur.pk, "unterstuetzt": [akteur.pk], "informiert": []}
    )
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "unterstuetzt" in error.value.block_errors


@pytest.mark.django_db
def test_an_unchanged_massnahme_with_costs_does_not_count_as_a_change():
    """Regression: costs loaded as str and posted as Decimal made every reviewer's save a new revision."""
    field = HandlungsfeldPage._meta.get_field("umsetzungsplan")
    raw = [
        {
            "type": "massnahme",
            "id": "5b1a8d2e-0000-4000-8000-000000000001",
            "value": {
                "nummer": "WL-1",
                "titel": "WLAN in Turnhallen",
                "beschreibung": "<p>Access Points.</p>",
                "status": "geplant",
                "zeitraum": "2027/28",
                "verantwortlich": AkteurFactory().pk,
                "alle_schulen": True,
                "schulen": [],
                "kosten": "96000.00",
            },
        }
    ]
    as_loaded = field.to_python(json.dumps(raw))
    as_posted = field.stream_block.clean(field.stream_block.to_python(raw))
    assert not field.formfield().has_changed(as_loaded, as_posted)
