"""Block lists of the data files as the StreamField data Wagtail stores, validated by the blocks themselves."""

import copy
import json
from itertools import zip_longest

from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models

from wagtail import blocks
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.rich_text import features as feature_registry

from .daten import DemoDataError

SPALTEN = ("spalte_1", "spalte_2", "spalte_3", "spalte_4")


def editor_html(html: str, features=None) -> str:
    """Rich text as the editor stores it (with data-block-key), so opening and saving a demo page changes nothing.

    Otherwise every save from the editor would differ from the demo data and count as a content change,
    which sends a proposal under review back to its first step.
    """
    converter = ContentstateConverter(features=features or feature_registry.get_default_features())
    return converter.to_database_format(converter.from_database_format(html))


def _zellen(zellen, where: str) -> dict:
    if not isinstance(zellen, list) or len(zellen) > len(SPALTEN):
        raise DemoDataError(f"{where}: erwartet eine Liste mit höchstens {len(SPALTEN)} Zellen, nicht {zellen!r}")
    return dict(zip_longest(SPALTEN, zellen, fillvalue=""))


def _kurzform(type_name: str, value, where: str):
    """The shorthands of data/README.md, expanded to the block's own value."""
    if type_name == "heading" and isinstance(value, str):
        return {"text": value}
    if type_name == "tabelle" and isinstance(value, dict) and "kopf" in value:
        value = dict(value)
        kopf, zeilen = value.pop("kopf"), value.pop("zeilen", [])
        if not isinstance(zeilen, list):
            raise DemoDataError(f"{where}: zeilen muss eine Liste sein")
        return value | _zellen(kopf, f"{where}, kopf") | {"zeilen": [_zellen(z, f"{where}, zeilen") for z in zeilen]}
    if type_name == "massnahme" and isinstance(value, dict):
        return {"alle_schulen": "schulen" not in value} | value
    return value


def _json(value) -> object:
    """The value as it comes back from the JSON column, to compare stored and re-serialised stream data."""
    return json.loads(json.dumps(value, cls=DjangoJSONEncoder))


class Bloecke:
    """Turns block lists into stream data; `refs` maps keys in the data (school, akteur, Handlungsfeld) to pks."""

    def __init__(self) -> None:
        self.refs: dict[type[models.Model], dict[str, int]] = {}

    def stream(self, model: type[models.Model], field_name: str, items, where: str) -> list[dict]:
        """`- <type>: <value>` items as the JSON Wagtail itself stores, after validating them with the blocks."""
        stream_block = model._meta.get_field(field_name).stream_block
        if not isinstance(items, list):
            raise DemoDataError(f"{where}: erwartet eine Liste von Blöcken, nicht {items!r}")
        raw = []
        for position, item in enumerate(items, start=1):
            here = f"{where}, Block {position}"
            if not isinstance(item, dict) or len(item) != 1:
                raise DemoDataError(f"{here}: erwartet „- <Blocktyp>: <Wert>“, nicht {item!r}")
            [(type_name, value)] = item.items()
            child_block = stream_block.child_blocks.get(type_name)
            if child_block is None:
                raise DemoDataError(f"{here}: unbekannter Blocktyp {type_name!r}")
            here = f"{here} ({type_name})"
            raw.append(
                {"type": type_name, "value": self._resolve(child_block, _kurzform(type_name, value, here), here)}
            )
        try:
            value = stream_block.clean(stream_block.to_python(raw))
        except ValidationError as error:
            detail = error.as_json_data() if hasattr(error, "as_json_data") else error.messages
            detail = json.dumps(detail, ensure_ascii=False, default=str)
            raise DemoDataError(f"{where} (Blocknummern ab 0): {detail}") from error
        except (TypeError, ValueError, ArithmeticError) as error:
            raise DemoDataError(f"{where}: ungültiger Wert ({error})") from error
        # get_prep_value adds the ids Wagtail gives stream children and ListBlock items ({"type": "item", ...}).
        return stream_block.get_prep_value(value)

    def _resolve(self, block: blocks.Block, value, where: str):
        """Replace akteur keys, school slugs and Handlungsfeld slugs by primary keys, following the block tree."""
        if isinstance(block, blocks.StructBlock):
            if not isinstance(value, dict):
                raise DemoDataError(f"{where}: erwartet Angaben „Feld: Wert“, nicht {value!r}")
            unknown = set(value) - set(block.child_blocks)
            if unknown:
                raise DemoDataError(f"{where}: unbekannte Felder {sorted(unknown)}")
            return {
                name: self._resolve(block.child_blocks[name], child_value, f"{where}, {name}")
                for name, child_value in value.items()
            }
        if isinstance(block, blocks.RichTextBlock) and isinstance(value, str):
            return editor_html(value, block.features)
        if isinstance(block, blocks.ListBlock):
            if not isinstance(value, list | None):
                raise DemoDataError(f"{where}: erwartet eine Liste, nicht {value!r}")
            return [self._resolve(block.child_block, item, where) for item in value or []]
        if isinstance(block, blocks.ChooserBlock) and value not in (None, ""):
            keys = self.refs.get(block.target_model)
            if keys is None:
                raise DemoDataError(f"{where}: Verweise auf {block.target_model.__name__} sind nicht vorgesehen")
            if value not in keys:
                raise DemoDataError(f"{where}: unbekannter Schlüssel {value!r} für {block.target_model.__name__}")
            return keys[value]
        return value


def pruefe_seite(page: Page) -> None:
    """Re-read a page's stream fields and convert each child, so broken raw data raises.

    A chooser whose object is missing converts to None and so no longer matches the stored pk.
    """
    if not page.live or page.live_revision_id is None:
        raise DemoDataError(f"Seite {page.url_path} ist nicht mit einer Revision veröffentlicht")
    for field in page._meta.get_fields():
        if not isinstance(field, StreamField):
            continue
        stream = getattr(page, field.name)
        stored = _json(copy.deepcopy(stream.get_prep_value()))
        for position, child in enumerate(stream):
            if _json(child.get_prep_value()) != stored[position]:
                raise DemoDataError(
                    f"Seite {page.url_path}, {field.name}, Block {position + 1} ({child.block_type}): "
                    "gespeicherte Daten lassen sich nicht verlustfrei lesen"
                )
