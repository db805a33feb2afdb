"""The three-way merge of a Handlungsfeld: what the source changed since the common base goes into the local text,
what the municipality changed itself stays. Nothing here touches the database's pages; the caller saves the result.

Compared is what readers see (the version history's `display_text`: rich text as plain text, labels of choices,
names of chosen objects), so an editor's save that only rewrote the stored markup counts as no local change. Blocks
are matched by their id, a Maßnahme or other structured block field by field: a municipality that chose its own
responsible party still receives the county's new description of the same Maßnahme.
"""

import copy
from dataclasses import dataclass, field

from django.utils.text import Truncator
from django.utils.translation import gettext as _

from wagtail import blocks

from ..versionen.diff import UEBERBLICK, block_diff, display_text


@dataclass(frozen=True)
class Konflikt:
    """A place both sides changed differently; the local text was kept there."""

    feld: str  # the part or field of the page, e.g. "Umsetzungsplan"
    block: str  # the block in it, e.g. "Maßnahme „WLAN in Turnhallen“ (Beschreibung)"; empty for title and summary
    grund: str

    def __str__(self) -> str:
        ort = f"{self.feld}, {self.block}" if self.block else self.feld
        return f"{ort}: {self.grund}"


@dataclass
class Zusammenfuehrung:
    """The merged value of every compared field and where the local text was kept against a change of the source."""

    werte: dict[str, object]
    konflikte: list[Konflikt] = field(default_factory=list)


def _sichtbar(block: blocks.Block, value):
    """What a reader sees of a value, per field for a structured block."""
    if isinstance(block, blocks.StructBlock):
        return tuple((name, display_text(child, value.get(name))) for name, child in block.child_blocks.items())
    return display_text(block, value)


@dataclass
class _Block:
    raw: dict
    child: object  # the StreamChild: its block definition and Python value

    @property
    def id(self) -> str | None:
        return self.raw.get("id")

    @property
    def sichtbar(self):
        return (self.raw.get("type"), _sichtbar(self.child.block, self.child.value))

    @property
    def bezeichnung(self) -> str:
        """The block as the editor finds it: its type and title, or the start of its text ("Absatz „Alle …“")."""
        beschrieben = block_diff(self.child, self.child)
        titel = beschrieben.titel or display_text(self.child.block, self.child.value).partition("\n")[0]
        return f"{beschrieben.typ} „{Truncator(titel).chars(60)}“" if titel else beschrieben.typ


def _bloecke(stream_block: blocks.StreamBlock, raw: list[dict]) -> list[_Block]:
    raw = [item for item in copy.deepcopy(list(raw or [])) if item.get("type") in stream_block.child_blocks]
    werte = stream_block.to_python(raw)
    return [_Block(raw=item, child=child) for item, child in zip(raw, werte, strict=True)]


def _felder_zusammenfuehren(feld: str, basis: _Block, vorlage: _Block, lokal: _Block) -> tuple[dict, list[Konflikt]]:
    """Both sides changed one structured block: merge it field by field (their field where the local one is
    untouched), a conflict for each field both changed differently."""
    struct = lokal.child.block
    if (
        not isinstance(struct, blocks.StructBlock)
        or len({basis.raw.get("type"), vorlage.raw.get("type"), lokal.raw.get("type")}) > 1
    ):
        return lokal.raw, [Konflikt(feld, lokal.bezeichnung, _("in der Vorlage und hier unterschiedlich geändert"))]
    ergebnis, konflikte = copy.deepcopy(lokal.raw), []
    for name, child in struct.child_blocks.items():
        b, v, lo = (display_text(child, block.child.value.get(name)) for block in (basis, vorlage, lokal))
        if lo == b and v != b:
            ergebnis["value"][name] = copy.deepcopy(vorlage.raw["value"].get(name))
        elif v != b and lo != v:
            konflikte.append(
                Konflikt(
                    feld,
                    f"{lokal.bezeichnung} ({child.label})",
                    _("in der Vorlage und hier unterschiedlich geändert"),
                )
            )
    return ergebnis, konflikte


def stream_zusammenfuehren(
    stream_block: blocks.StreamBlock, feld: str, basis: list[dict], vorlage: list[dict], lokal: list[dict]
) -> tuple[list[dict], list[Konflikt]]:
    """Merge one StreamField's raw data block by block (by block id), in the local order: a block unchanged here
    takes the source's version, one unchanged in the source stays; blocks new in the source go in after the block
    that precedes them there, blocks the source removed go unless changed here; local additions stay."""
    b = {block.id: block for block in _bloecke(stream_block, basis) if block.id}
    v = {block.id: block for block in _bloecke(stream_block, vorlage) if block.id}
    lokale = _bloecke(stream_block, lokal)
    lokal_ids = {block.id for block in lokale}
    ergebnis: list[dict] = []
    konflikte: list[Konflikt] = []
    for block in lokale:
        alt, neu = b.get(block.id), v.get(block.id)
        if alt is None:
            # Added here (kept), or the same block as the source's (nothing to merge unless they differ).
            if neu is not None and neu.sichtbar != block.sichtbar:
                konflikte.append(Konflikt(feld, block.bezeichnung, _("in der Vorlage und hier unterschiedlich")))
            ergebnis.append(block.raw)
        elif neu is None:
            if block.sichtbar == alt.sichtbar:
                continue
            konflikte.append(Konflikt(feld, block.bezeichnung, _("in der Vorlage entfernt, hier geändert")))
            ergebnis.append(block.raw)
        elif block.sichtbar == alt.sichtbar:
            ergebnis.append(copy.deepcopy(neu.raw))
        elif neu.sichtbar in (alt.sichtbar, block.sichtbar):
            ergebnis.append(block.raw)
        else:
            zusammen, block_konflikte = _felder_zusammenfuehren(feld, alt, neu, block)
            ergebnis.append(zusammen)
            konflikte += block_konflikte
    for block_id, alt in b.items():
        if block_id not in lokal_ids and block_id in v and v[block_id].sichtbar != alt.sichtbar:
            konflikte.append(Konflikt(feld, v[block_id].bezeichnung, _("hier entfernt, in der Vorlage geändert")))
    vorlage_reihe = list(v.values())
    for index, neu in enumerate(vorlage_reihe):
        if neu.id in b or neu.id in lokal_ids:
            continue
        vorher = {item.get("id"): position for position, item in enumerate(ergebnis)}
        stelle = next(
            (vorher[vorgaenger.id] + 1 for vorgaenger in reversed(vorlage_reihe[:index]) if vorgaenger.id in vorher),
            0,
        )
        ergebnis.insert(stelle, copy.deepcopy(neu.raw))
    return ergebnis, konflikte


def text_zusammenfuehren(feld: str, basis: str, vorlage: str, lokal: str) -> tuple[str, list[Konflikt]]:
    """A plain field (title, summary): the source's text where the local one is untouched."""
    basis, vorlage, lokal = basis or "", vorlage or "", lokal or ""
    if lokal == basis:
        return vorlage, []
    if vorlage in (basis, lokal):
        return lokal, []
    return lokal, [Konflikt(feld, "", _("in der Vorlage und hier unterschiedlich geändert"))]


def zusammenfuehren(page_class, basis, vorlage, lokal) -> Zusammenfuehrung:
    """Merge the fields the version history compares (title, summary, the four parts) of three versions of a
    Handlungsfeld (page objects): the common base, the source's current version and the local latest one. The
    first two as the municipality holds them, without the county's data (`bereinigen.teil_bereinigen`)."""
    ergebnis = Zusammenfuehrung(werte={})
    for name, label in UEBERBLICK:
        wert, konflikte = text_zusammenfuehren(
            str(label), getattr(basis, name), getattr(vorlage, name), getattr(lokal, name)
        )
        ergebnis.werte[name] = wert
        ergebnis.konflikte += konflikte
    for name, label in page_class.PARTS:
        stream_block = page_class._meta.get_field(name).stream_block
        wert, konflikte = stream_zusammenfuehren(
            stream_block,
            str(label),
            *(list(getattr(seite, name).raw_data) for seite in (basis, vorlage, lokal)),
        )
        ergebnis.werte[name] = wert
        ergebnis.konflikte += konflikte
    return ergebnis
