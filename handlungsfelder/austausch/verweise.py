"""References inside stored page content: chooser blocks, links in rich text, foreign keys. A concept that moves to
another installation meets other ids there, so every reference is found on export and rewritten on import."""

import json
import re
from collections.abc import Callable

from django.db import models

from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Page

# (model, old id) -> new id, or None where the reference has no counterpart.
Abbildung = Callable[[type[models.Model], int], int | None]

TAG = re.compile(r"<(?:a|embed)\b[^>]*>", re.IGNORECASE)
ATTRIBUT = re.compile(r'\b(linktype|embedtype|id)="([^"]*)"')


def rich_text_model(art: str) -> type[models.Model] | None:
    """The model behind Wagtail's rich-text link and embed types."""
    return {"page": Page, "document": get_document_model(), "image": get_image_model()}.get(art)


def rich_text_umschreiben(html: str, abbilden: Abbildung) -> str:
    """Links to pages and documents (and embedded images) in stored rich text, pointed at the new ids; a link whose
    target did not come along keeps its text and loses the link."""

    def tag(match: re.Match) -> str:
        text = match.group(0)
        attribute = dict(ATTRIBUT.findall(text))
        model = rich_text_model(attribute.get("linktype") or attribute.get("embedtype") or "")
        if model is None or not attribute.get("id", "").isdigit():
            return text
        neu = abbilden(model, int(attribute["id"]))
        if neu is None:
            return "<a>" if text.lower().startswith("<a") else ""
        return text.replace(f'id="{attribute["id"]}"', f'id="{neu}"', 1)

    return TAG.sub(tag, html or "")


def _ist_verpackt(item) -> bool:
    return isinstance(item, dict) and item.get("type") == "item" and "value" in item


def block_umschreiben(block: blocks.Block, raw, abbilden: Abbildung):
    """A block's stored (raw JSON) value with every reference rewritten; unknown stream children are dropped."""
    if raw is None:
        return None
    if isinstance(block, blocks.StreamBlock):
        return [
            {**child, "value": block_umschreiben(block.child_blocks[child["type"]], child.get("value"), abbilden)}
            for child in raw
            if child.get("type") in block.child_blocks
        ]
    if isinstance(block, blocks.ListBlock):
        return [
            {**item, "value": block_umschreiben(block.child_block, item["value"], abbilden)}
            if _ist_verpackt(item)
            else block_umschreiben(block.child_block, item, abbilden)
            for item in raw
        ]
    if isinstance(block, blocks.StructBlock):
        return {
            name: block_umschreiben(block.child_blocks[name], value, abbilden) if name in block.child_blocks else value
            for name, value in raw.items()
        }
    if isinstance(block, blocks.ChooserBlock):
        return abbilden(block.model_class, int(raw)) if str(raw).isdigit() else None
    if isinstance(block, blocks.RichTextBlock):
        return rich_text_umschreiben(raw, abbilden)
    return raw


def feld_umschreiben(feld: models.Field, wert, abbilden: Abbildung):
    """One field's serialised value (as in `serializable_data()`) with its references rewritten."""
    if wert in (None, "", []):
        return wert
    if isinstance(feld, StreamField):
        return block_umschreiben(feld.stream_block, json.loads(wert) if isinstance(wert, str) else wert, abbilden)
    if isinstance(feld, RichTextField):
        return rich_text_umschreiben(wert, abbilden)
    if isinstance(feld, ParentalManyToManyField):
        return [neu for alt in wert if (neu := abbilden(feld.related_model, int(alt))) is not None]
    if isinstance(feld, models.ForeignKey):
        return abbilden(feld.related_model, int(wert))
    return wert


def sammeln(model: type[models.Model], felder: dict) -> set[tuple[type[models.Model], int]]:
    """Every (model, id) the serialised fields of one object refer to."""
    gefunden: set[tuple[type[models.Model], int]] = set()

    def merken(ziel, alt: int) -> int:
        gefunden.add((ziel, alt))
        return alt

    for name, wert in felder.items():
        feld = model._meta.get_field(name)
        feld_umschreiben(feld, wert, merken)
    return gefunden
