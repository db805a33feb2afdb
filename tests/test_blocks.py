"""Cross-field rules of the structured blocks give editors a message on the offending field."""

from wagtail.blocks.struct_block import StructBlockValidationError

import pytest

from handlungsfelder.blocks import TabelleBlock, ZustaendigkeitBlock


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
    from .factories import AkteurFactory

    akteur = AkteurFactory()
    block = ZustaendigkeitBlock()
    value = block.to_python(
        {"aufgabe": "Beschaffung", "verantwortlich": akteur.pk, "unterstuetzt": [akteur.pk], "informiert": []}
    )
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "unterstuetzt" in error.value.block_errors
