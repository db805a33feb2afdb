"""Differences between two stored versions of a Handlungsfeld: blocks matched by id, text compared word by word.

Rendered from the revisions' own block data (never Wagtail's admin compare views), as HTML with <ins>/<del>.
"""

import re
from dataclasses import dataclass, field
from decimal import Decimal
from difflib import SequenceMatcher
from itertools import zip_longest

from django.utils.formats import number_format
from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from wagtail import blocks

# A number with its separators is one word ("640.000,00"), so a changed amount reads as old and new amount.
TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+|[^\w\s]|\s+")
EDGES = re.compile(r"(\s*)(.*?)(\s*)", re.DOTALL)
BLOCK_END = re.compile(r"</(p|li|h[1-6])>|<br\s*/?>", re.IGNORECASE)


def plain_text(html: str) -> str:
    """Rich text as plain text, one line per paragraph or list item."""
    text = strip_tags(BLOCK_END.sub("\n", html))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def _marked(tag: str, tokens: list[str]) -> str:
    """Changed words in <ins> or <del>; the spaces around them stay outside, so no blank is underlined."""
    before, core, after = EDGES.fullmatch("".join(tokens)).groups()
    marked = f"<{tag}>{escape(core)}</{tag}>" if core else ""
    return f"{escape(before)}{marked}{escape(after)}"


def text_diff(old: str, new: str) -> SafeString:
    """Word-level difference of two texts as escaped HTML with <ins> and <del>."""
    a, b = TOKEN.findall(old or ""), TOKEN.findall(new or "")
    parts = []
    for op, i1, i2, j1, j2 in SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            parts.append(escape("".join(a[i1:i2])))
            continue
        if i2 > i1 and j2 > j1:
            parts.append(f"<del>{escape(''.join(a[i1:i2]))}</del><ins>{escape(''.join(b[j1:j2]))}</ins>")
        elif i2 > i1:
            parts.append(_marked("del", a[i1:i2]))
        else:
            parts.append(_marked("ins", b[j1:j2]))
    return mark_safe("".join(parts))


def display_text(block: blocks.Block, value) -> str:
    """A block value as the reader sees it, for comparison: labels for choices, names for chosen objects, amounts
    in the reader's number format."""
    if value is None or value == "":
        return ""
    if isinstance(block, blocks.RichTextBlock):
        return plain_text(value.source if hasattr(value, "source") else str(value))
    if isinstance(block, blocks.ChoiceBlock):
        return str(dict(block.field.choices).get(value, value))
    if isinstance(block, blocks.DecimalBlock):
        return number_format(Decimal(value), decimal_pos=block.field.decimal_places, force_grouping=True)
    if isinstance(block, blocks.BooleanBlock):
        return str(_("ja")) if value else str(_("nein"))
    if isinstance(block, blocks.ListBlock):
        items = [display_text(block.child_block, item) for item in value]
        separator = "\n" if isinstance(block.child_block, blocks.StructBlock) else ", "
        return separator.join(item for item in items if item)
    if isinstance(block, blocks.StructBlock):
        return " | ".join(
            text for name, child in block.child_blocks.items() if (text := display_text(child, value.get(name)))
        )
    if isinstance(block, blocks.PageChooserBlock):
        return value.title
    return str(value)


@dataclass
class FeldDiff:
    label: str
    html: SafeString
    geaendert: bool


@dataclass
class BlockDiff:
    status: str  # "neu", "entfernt", "geaendert", "unveraendert"
    typ: str
    block_id: str
    titel: str
    felder: list[FeldDiff] = field(default_factory=list)


@dataclass
class TeilDiff:
    anchor: str
    label: str
    bloecke: list[BlockDiff]

    @property
    def geaenderte_bloecke(self) -> list[BlockDiff]:
        return [b for b in self.bloecke if b.status != "unveraendert"]

    @property
    def unveraendert(self) -> int:
        return len(self.bloecke) - len(self.geaenderte_bloecke)


def _fields(block: blocks.Block, value) -> list[tuple[str, str]]:
    if isinstance(block, blocks.StructBlock):
        return [(str(child.label), display_text(child, value.get(name))) for name, child in block.child_blocks.items()]
    return [("", display_text(block, value))]


def _block_title(block: blocks.Block, value) -> str:
    if isinstance(block, blocks.StructBlock):
        for name in ("titel", "text", "aufgabe", "beschriftung"):
            if value.get(name):
                return str(value.get(name))
    return ""


def block_diff(old, new) -> BlockDiff:
    """Compare two stream children (either may be None for an added or removed block)."""
    child = new or old
    old_fields = _fields(old.block, old.value) if old else []
    new_fields = _fields(new.block, new.value) if new else []
    felder = []
    for (label_a, text_a), (label_b, text_b) in zip_longest(old_fields, new_fields, fillvalue=("", "")):
        if not text_a and not text_b:
            continue
        felder.append(FeldDiff(label=label_b or label_a, html=text_diff(text_a, text_b), geaendert=text_a != text_b))
    if old is None:
        status = "neu"
    elif new is None:
        status = "entfernt"
    else:
        status = "geaendert" if any(f.geaendert for f in felder) else "unveraendert"
    return BlockDiff(
        status=status,
        typ=str(child.block.label),
        block_id=child.id,
        titel=_block_title(child.block, child.value),
        felder=felder,
    )


def stream_diff(old_stream, new_stream) -> list[BlockDiff]:
    """Blocks in reading order of the newer version, removed blocks where they used to stand."""
    old_children, new_children = list(old_stream), list(new_stream)
    old_ids, new_ids = [c.id for c in old_children], [c.id for c in new_children]
    result = []
    for op, i1, i2, j1, j2 in SequenceMatcher(a=old_ids, b=new_ids, autojunk=False).get_opcodes():
        if op == "equal":
            result += [block_diff(o, n) for o, n in zip(old_children[i1:i2], new_children[j1:j2], strict=True)]
        else:
            result += [block_diff(o, None) for o in old_children[i1:i2]]
            result += [block_diff(None, n) for n in new_children[j1:j2]]
    return result


UEBERBLICK = (("title", _("Titel")), ("summary", _("Kurzbeschreibung")))


def verglichene_felder(page) -> list[str]:
    """The fields a comparison looks at (and a restoration brings back): the overview's and the four parts."""
    return [name for name, _label in (*UEBERBLICK, *page.PARTS)]


def _schlagwoerter(page) -> str:
    return ", ".join(sorted(tag.name for tag in page.tags.all()))


def _feld_diff(name: str, label, old_text: str, new_text: str) -> BlockDiff:
    return BlockDiff(
        status="geaendert" if old_text != new_text else "unveraendert",
        typ=str(label),
        block_id=name,
        titel="",
        felder=[FeldDiff(label="", html=text_diff(old_text, new_text), geaendert=old_text != new_text)],
    )


def handlungsfeld_diff(old_page, new_page, fuer_pruefung: bool = False) -> list[TeilDiff]:
    """The difference of two versions of a Handlungsfeld: overview (title, summary) and its four parts.

    For a review (`fuer_pruefung`) the overview also compares the Kürzel and the tags (as sorted names, so an
    untouched tag never shows as changed) and keeps its unchanged fields for the full view."""
    felder = [(name, label, getattr(old_page, name), getattr(new_page, name)) for name, label in UEBERBLICK]
    if fuer_pruefung:
        felder += [
            ("kuerzel", _("Kürzel"), old_page.kuerzel, new_page.kuerzel),
            ("tags", _("Schlagwörter"), _schlagwoerter(old_page), _schlagwoerter(new_page)),
        ]
    overview = [_feld_diff(name, label, alt or "", neu or "") for name, label, alt, neu in felder]
    if not fuer_pruefung:
        overview = [block for block in overview if block.status == "geaendert"]
    teile = [TeilDiff(anchor="ueberblick", label=str(_("Überblick")), bloecke=overview)]
    for name, label in new_page.PARTS:
        teile.append(
            TeilDiff(
                anchor=name, label=str(label), bloecke=stream_diff(getattr(old_page, name), getattr(new_page, name))
            )
        )
    return teile
