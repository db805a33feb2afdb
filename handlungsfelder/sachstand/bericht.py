"""The Sachstandsbericht's content: every Maßnahme on the report date beside its state on the comparison date, the
changes between them, and the cost estimates per Handlungsfeld and year. PDF, Excel and preview all show this."""

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from itertools import groupby

from django.utils import timezone, translation

from ..konzept.choices import MassnahmeStatus
from ..konzept.models import HandlungsfeldPage, KonzeptStartPage
from ..umsetzung.massnahmen import Fortschritt, Massnahme, fortschritt, sammeln_aus, summe
from .choices import Aenderung
from .stand import ende_des_tages, handlungsfelder_am

# The first year a period names: "Schuljahr 2019/20" → 2019, "bis Ende 2026" → 2026; "offen" names none.
JAHR = re.compile(r"\b(?:19|20)\d{2}\b")
BEGONNEN_AUS = {MassnahmeStatus.GEPLANT, MassnahmeStatus.ZURUECKGESTELLT}


def jahr(zeitraum: str) -> int | None:
    match = JAHR.search(zeitraum or "")
    return int(match.group()) if match else None


@dataclass(frozen=True)
class Zeile:
    """One Maßnahme on both dates; `vorher` is None for a new one, `jetzt` None for one that was removed."""

    jetzt: Massnahme | None
    vorher: Massnahme | None

    @property
    def massnahme(self) -> Massnahme:
        return self.jetzt or self.vorher

    @property
    def aenderung(self) -> Aenderung | None:
        if self.vorher is None:
            return Aenderung.NEU
        if self.jetzt is None:
            return Aenderung.ENTFALLEN
        if self.jetzt.status == self.vorher.status:
            return None
        if self.jetzt.status == MassnahmeStatus.UMGESETZT:
            return Aenderung.UMGESETZT
        if self.jetzt.status == MassnahmeStatus.IN_UMSETZUNG and self.vorher.status in BEGONNEN_AUS:
            return Aenderung.BEGONNEN
        if self.jetzt.status == MassnahmeStatus.ZURUECKGESTELLT:
            return Aenderung.ZURUECKGESTELLT
        return Aenderung.STATUS


@dataclass(frozen=True)
class Kostenzeile:
    titel: str
    je_jahr: list[Decimal | None]
    summe: Decimal | None


@dataclass
class Kostentabelle:
    """Cost estimates on the report date, per Handlungsfeld and the first year of each Maßnahme's period; `jahre`
    ends with None, the column of periods without a year, when there are any."""

    jahre: list[int | None] = field(default_factory=list)
    zeilen: list[Kostenzeile] = field(default_factory=list)
    summen: list[Decimal | None] = field(default_factory=list)
    gesamt: Decimal | None = None


def _summe(werte) -> Decimal | None:
    werte = [wert for wert in werte if wert is not None]
    return sum(werte, Decimal(0)) if werte else None


def kostentabelle(handlungsfelder: list[HandlungsfeldPage], massnahmen: list[Massnahme]) -> Kostentabelle:
    geschaetzt = [m for m in massnahmen if m.kosten is not None]
    jahre = sorted({jahr(m.zeitraum) for m in geschaetzt}, key=lambda j: (j is None, j or 0))
    zeilen = []
    for page in handlungsfelder:
        eigene = [m for m in geschaetzt if m.handlungsfeld.pk == page.pk]
        je_jahr = [_summe(m.kosten for m in eigene if jahr(m.zeitraum) == j) for j in jahre]
        zeilen.append(Kostenzeile(page.title, je_jahr, _summe(je_jahr)))
    summen = [_summe(zeile.je_jahr[i] for zeile in zeilen) for i in range(len(jahre))]
    return Kostentabelle(jahre, zeilen, summen, _summe(summen))


def _paare(jetzt: list[Massnahme], vorher: list[Massnahme]) -> list[Zeile]:
    """Matched by page and block id, else by citable number; in the report date's order, each Handlungsfeld's
    removed Maßnahmen after its current ones."""
    nach_block = {(m.handlungsfeld.pk, m.block_id): m for m in vorher}
    nach_nummer = {m.nummer: m for m in vorher if m.nummer}
    zeilen, gefunden = [], set()
    for massnahme in jetzt:
        frueher = nach_block.get((massnahme.handlungsfeld.pk, massnahme.block_id))
        if frueher is None and massnahme.nummer:
            frueher = nach_nummer.get(massnahme.nummer)
        if frueher is not None and id(frueher) in gefunden:
            frueher = None
        if frueher is not None:
            gefunden.add(id(frueher))
        zeilen.append(Zeile(massnahme, frueher))
    entfallen = [Zeile(None, m) for m in vorher if id(m) not in gefunden]
    # After the last row of their Handlungsfeld; those of a Handlungsfeld no longer published at the end.
    letzte = {z.massnahme.handlungsfeld.pk: i for i, z in enumerate(zeilen)}
    stellen = [(i, 0, z) for i, z in enumerate(zeilen)]
    stellen += [(letzte.get(z.massnahme.handlungsfeld.pk, len(zeilen)), 1, z) for z in entfallen]
    return [z for _, _, z in sorted(stellen, key=lambda stelle: stelle[:2])]


@dataclass(frozen=True)
class Bericht:
    start_page: KonzeptStartPage
    stichtag: date
    vergleich: date
    erstellt_am: datetime
    handlungsfelder: list[HandlungsfeldPage]
    zeilen: list[Zeile]
    fortschritte: list[Fortschritt]
    kosten: Kostentabelle

    @property
    def gesamt(self) -> Fortschritt:
        return summe(self.fortschritte)

    @property
    def aenderungen(self) -> list[tuple[Aenderung, list[Zeile]]]:
        """The changes by kind, in the order of `Aenderung`; kinds without a change left out."""
        gruppen = [(art, [z for z in self.zeilen if z.aenderung == art]) for art in Aenderung]
        return [(art, zeilen) for art, zeilen in gruppen if zeilen]

    @property
    def je_handlungsfeld(self) -> list[tuple[str, list[Zeile]]]:
        """The rows by Handlungsfeld, titled as on the report date (a removed one as it was last published)."""
        gruppen = groupby(self.zeilen, key=lambda z: z.massnahme.handlungsfeld.pk)
        return [(zeilen[0].massnahme.handlungsfeld.title, zeilen) for zeilen in (list(g) for _, g in gruppen)]

    @property
    def anzahl_aenderungen(self) -> int:
        return sum(1 for z in self.zeilen if z.aenderung is not None)

    @property
    def dateiname(self) -> str:
        return f"sachstandsbericht-{self.stichtag:%Y-%m-%d}"


def bericht_erstellen(start_page: KonzeptStartPage, stichtag: date, vergleich: date) -> Bericht:
    """The report as the concept was published at the end of both days; titles and names in the concept's
    language, whoever asks."""
    with translation.override(start_page.locale.language_code):
        jetzt_seiten = handlungsfelder_am(start_page, ende_des_tages(stichtag))
        vorher_seiten = handlungsfelder_am(start_page, ende_des_tages(vergleich))
        jetzt = sammeln_aus(jetzt_seiten)
        vorher = sammeln_aus(vorher_seiten)
    return Bericht(
        start_page=start_page,
        stichtag=stichtag,
        vergleich=vergleich,
        erstellt_am=timezone.localtime(),
        handlungsfelder=jetzt_seiten,
        zeilen=_paare(jetzt, vorher),
        fortschritte=fortschritt(jetzt_seiten, jetzt),
        kosten=kostentabelle(jetzt_seiten, jetzt),
    )
