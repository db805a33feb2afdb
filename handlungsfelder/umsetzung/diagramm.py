"""Geometry of the server-rendered progress chart: one stacked bar per Handlungsfeld, one segment per status.

Each bar is its own small SVG without text (the labels are HTML beside it), so a phone scales the bars, never the type.
"""

from dataclasses import dataclass

from ..konzept.choices import MassnahmeStatus
from .massnahmen import Fortschritt

# Done first, so the bar reads as progress from the left.
ORDER = (
    MassnahmeStatus.UMGESETZT,
    MassnahmeStatus.IN_UMSETZUNG,
    MassnahmeStatus.GEPLANT,
    MassnahmeStatus.ZURUECKGESTELLT,
)

# A bar's length in percent of the longest one (the SVG's viewBox is 100 wide).
BAR_WIDTH = 100
BAR_HEIGHT = 10


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
    segmente: list[Segment]
    gesamt: int
    umgesetzt_prozent: int


@dataclass(frozen=True)
class Diagramm:
    balken: list[Balken]
    breite: int = BAR_WIDTH
    balken_hoehe: int = BAR_HEIGHT

    @property
    def legende(self) -> list[tuple[str, str]]:
        return [(status.value, status.label) for status in ORDER]


def fortschritt_diagramm(fortschritte: list[Fortschritt]) -> Diagramm:
    """Bars scaled to the largest number of Maßnahmen, so bar length also shows how much a field plans."""
    groesste = max((f.gesamt for f in fortschritte), default=0) or 1
    balken = []
    for f in fortschritte:
        x, segmente = 0.0, []
        for status in ORDER:
            anzahl = f.counts[status.value]
            if anzahl:
                breite = BAR_WIDTH * anzahl / groesste
                segmente.append(Segment(status.value, str(status.label), anzahl, round(x, 1), round(breite, 1)))
                x += breite
        balken.append(Balken(f.handlungsfeld.title, segmente, f.gesamt, f.umgesetzt_prozent))
    return Diagramm(balken)
