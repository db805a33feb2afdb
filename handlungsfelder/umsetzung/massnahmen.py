"""Maßnahmen of the live Handlungsfelder as flat rows, shared by the school view, the overview and the PDF.

It reads the Umsetzungsplan's raw stream data and resolves responsible parties and schools in bulk, so the number of
queries stays fixed however many Handlungsfelder and Maßnahmen there are (StreamField access would query per page).
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.db.models import F, Q
from django.utils.translation import get_language

from ..konzept.choices import MassnahmeStatus
from ..konzept.models import HandlungsfeldPage
from ..stammdaten.models import Akteur, Schule

# The parts the Maßnahmen do not need stay in the database.
UNUSED_PARTS = ("allgemeines", "betriebsmodell", "zustaendigkeiten")


@dataclass(frozen=True)
class Massnahme:
    handlungsfeld: HandlungsfeldPage
    block_id: str
    nummer: str
    titel: str
    beschreibung: str
    status: str
    zeitraum: str
    verantwortlich: Akteur | None
    alle_schulen: bool
    schulen: tuple[Schule, ...]
    kosten: Decimal | None

    @property
    def status_label(self) -> str:
        return MassnahmeStatus(self.status).label

    @property
    def anchor(self) -> str:
        return f"block-{self.block_id}"

    def betrifft(self, schule: Schule) -> bool:
        return self.alle_schulen or any(s.pk == schule.pk for s in self.schulen)


@dataclass
class Fortschritt:
    """Status counts and summed cost estimates of one Handlungsfeld's Maßnahmen (of all shown: `handlungsfeld`
    None), in the fixed order of MassnahmeStatus."""

    handlungsfeld: HandlungsfeldPage | None
    counts: Counter = field(default_factory=Counter)
    kosten: Decimal = Decimal(0)
    #: How many of the Maßnahmen carry an estimate.
    geschaetzt: int = 0

    @property
    def gesamt(self) -> int:
        return sum(self.counts.values())

    @property
    def umgesetzt_prozent(self) -> int:
        return round(100 * self.counts[MassnahmeStatus.UMGESETZT] / self.gesamt) if self.gesamt else 0

    def je_status(self) -> list[tuple[str, str, int]]:
        return [(status.value, status.label, self.counts[status.value]) for status in MassnahmeStatus]


def _kosten(value) -> Decimal | None:
    try:
        return Decimal(str(value)) if value not in (None, "") else None
    except InvalidOperation:
        return None


def _list_values(raw_list) -> list:
    """ListBlock items as stored: plain values in old data, {"type": "item", "value": ...} in current data."""
    return [item["value"] if isinstance(item, dict) else item for item in raw_list or []]


def in_sprache(objekte, pks: set) -> dict:
    """pk → the object in the active language (its translation where there is one, else itself), in one query: the
    Maßnahmen of an original not yet translated refer to the original's schools and roles."""
    sprache = get_language()
    gefunden = list(
        objekte.filter(
            Q(pk__in=pks)
            | Q(
                translation_key__in=objekte.model.objects.filter(pk__in=pks).values("translation_key"),
                locale__language_code=sprache,
            )
        ).annotate(sprache=F("locale__language_code"))
    )
    uebersetzt = {objekt.translation_key: objekt for objekt in gefunden if objekt.sprache == sprache}
    return {objekt.pk: uebersetzt.get(objekt.translation_key, objekt) for objekt in gefunden if objekt.pk in pks}


def sammeln(handlungsfelder) -> list[Massnahme]:
    """All Maßnahmen of the given Handlungsfeld queryset in page and block order, in three queries."""
    return sammeln_aus(list(handlungsfelder.defer(None).defer(*UNUSED_PARTS)))


def sammeln_aus(pages: Iterable[HandlungsfeldPage]) -> list[Massnahme]:
    """All Maßnahmen of Handlungsfelder already loaded (e.g. as they stood in a concept version), in two queries."""
    raw = [
        (page, item["id"], item["value"])
        for page in pages
        for item in page.umsetzungsplan.raw_data
        if item["type"] == "massnahme"
    ]
    akteure = in_sprache(Akteur.objects.all(), {value.get("verantwortlich") for _, _, value in raw} - {None})
    schulen = in_sprache(
        Schule.objects.select_related("region"),
        {pk for _, _, value in raw for pk in _list_values(value.get("schulen"))},
    )
    return [
        Massnahme(
            handlungsfeld=page,
            block_id=block_id,
            nummer=value.get("nummer") or "",
            titel=value.get("titel", ""),
            beschreibung=value.get("beschreibung", ""),
            status=value.get("status") or MassnahmeStatus.GEPLANT,
            zeitraum=value.get("zeitraum", ""),
            verantwortlich=akteure.get(value.get("verantwortlich")),
            alle_schulen=bool(value.get("alle_schulen")),
            schulen=tuple(schulen[pk] for pk in _list_values(value.get("schulen")) if pk in schulen),
            kosten=_kosten(value.get("kosten")),
        )
        for page, block_id, value in raw
    ]


def fortschritt(handlungsfelder: Iterable[HandlungsfeldPage], massnahmen: Iterable[Massnahme]) -> list[Fortschritt]:
    """One Fortschritt per Handlungsfeld (those without Maßnahmen included), in the given order."""
    rows = {page.pk: Fortschritt(page) for page in handlungsfelder}
    for massnahme in massnahmen:
        row = rows.get(massnahme.handlungsfeld.pk)
        if row is not None:
            row.counts[massnahme.status] += 1
            if massnahme.kosten is not None:
                row.kosten += massnahme.kosten
                row.geschaetzt += 1
    return list(rows.values())


def summe(fortschritte: Iterable[Fortschritt]) -> Fortschritt:
    """The rows added up: counts per status and cost estimates of everything they show."""
    gesamt = Fortschritt(None)
    for row in fortschritte:
        gesamt.counts.update(row.counts)
        gesamt.kosten += row.kosten
        gesamt.geschaetzt += row.geschaetzt
    return gesamt
