"""Geometry of the server-rendered SVG progress chart: one stacked bar per Handlungsfeld, one segment per status."""

from dataclasses import dataclass

from .massnahmen import Fortschritt

LABEL_WIDTH = 260
BAR_WIDTH = 420
ROW_HEIGHT = 28
BAR_HEIGHT = 18


@dataclass(frozen=True)
class Segment:
    status: str
    label: str
    anzahl: int
    x: float
    breite: float


@dataclass(frozen=True)
class Balken:
    titel: str
    y: int
    segmente: list[Segment]
    gesamt: int
    umgesetzt_prozent: int


@dataclass(frozen=True)
class Diagramm:
    balken: list[Balken]
    breite: int
    hoehe: int
    label_breite: int = LABEL_WIDTH
    balken_hoehe: int = BAR_HEIGHT


def fortschritt_diagramm(fortschritte: list[Fortschritt]) -> Diagramm:
    """Bars scaled to the largest number of Maßnahmen, so bar length also shows how much a field plans."""
    groesste = max((f.gesamt for f in fortschritte), default=0) or 1
    balken = []
    for row, f in enumerate(fortschritte):
        x, segmente = float(LABEL_WIDTH), []
        for status, label, anzahl in f.je_status():
            if anzahl:
                breite = BAR_WIDTH * anzahl / groesste
                segmente.append(Segment(status, str(label), anzahl, round(x, 1), round(breite, 1)))
                x += breite
        balken.append(Balken(f.handlungsfeld.title, row * ROW_HEIGHT, segmente, f.gesamt, f.umgesetzt_prozent))
    return Diagramm(balken, LABEL_WIDTH + BAR_WIDTH + 60, max(1, len(balken)) * ROW_HEIGHT)
