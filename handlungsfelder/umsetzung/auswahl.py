"""Which Maßnahmen the overview's filters select, in which order: shared by the overview and the exports of its
table, so a download shows what the reader filtered."""

from dataclasses import dataclass, field

from ..bereiche.zugriff import schulen_des_konzepts
from ..konzept.choices import MassnahmeStatus
from ..konzept.queries import public_handlungsfelder
from .forms import UmsetzungFilterForm
from .massnahmen import Massnahme, sammeln

FILTER = ("handlungsfeld", "status", "zeitraum", "schule", "verantwortlich")
STATUS_ORDER = {status.value: position for position, status in enumerate(MassnahmeStatus)}
SORT_KEYS = {
    "handlungsfeld": lambda m: (m.handlungsfeld.konzept_pfad,),
    "titel": lambda m: (m.titel.lower(),),
    "status": lambda m: (STATUS_ORDER[m.status], m.handlungsfeld.konzept_pfad),
    "zeitraum": lambda m: (m.zeitraum.lower(), m.handlungsfeld.konzept_pfad),
    "verantwortlich": lambda m: (
        (m.verantwortlich.name if m.verantwortlich else "").lower(),
        m.handlungsfeld.konzept_pfad,
    ),
}


@dataclass
class Auswahl:
    """The public Handlungsfelder, all their Maßnahmen, the bound filter form and what it selects, sorted."""

    handlungsfelder: list
    alle: list[Massnahme]
    form: UmsetzungFilterForm
    gezeigt: list[Massnahme] = field(default_factory=list)
    sortierung: str = "handlungsfeld"

    @property
    def gefiltert(self) -> bool:
        return self.form.is_valid() and any(self.form.cleaned_data.get(name) for name in FILTER)


def _filtern(massnahmen, data: dict, schulen) -> list:
    if data.get("handlungsfeld"):
        massnahmen = [m for m in massnahmen if m.handlungsfeld.slug == data["handlungsfeld"]]
    if data.get("status"):
        massnahmen = [m for m in massnahmen if m.status == data["status"]]
    if data.get("zeitraum"):
        massnahmen = [m for m in massnahmen if m.zeitraum == data["zeitraum"]]
    if data.get("verantwortlich"):
        massnahmen = [m for m in massnahmen if m.verantwortlich and str(m.verantwortlich.pk) == data["verantwortlich"]]
    if data.get("schule"):
        schule = next(s for s in schulen if s.slug == data["schule"])
        massnahmen = [m for m in massnahmen if m.betrifft(schule)]
    return massnahmen


def auswaehlen(start_page, daten, handlungsfelder=None, alle: list[Massnahme] | None = None) -> Auswahl:
    """Bind the filters `daten` (a QueryDict) to the public Maßnahmen of the concept (or to `handlungsfelder` and
    their Maßnahmen `alle`, e.g. as they stood in a concept version); an invalid form selects every Maßnahme."""
    if handlungsfelder is None:
        handlungsfelder = list(
            public_handlungsfelder(start_page).defer("allgemeines", "betriebsmodell", "zustaendigkeiten")
        )
        alle = sammeln(public_handlungsfelder(start_page))
    schulen = list(schulen_des_konzepts(start_page).order_by("kurzname"))
    form = UmsetzungFilterForm(daten, handlungsfelder=handlungsfelder, massnahmen=alle, schulen=schulen)
    data = form.cleaned_data if form.is_valid() else {}
    sortierung = data.get("sortierung") or "handlungsfeld"
    gezeigt = sorted(
        _filtern(alle, data, schulen), key=SORT_KEYS[sortierung.lstrip("-")], reverse=sortierung.startswith("-")
    )
    return Auswahl(handlungsfelder=handlungsfelder, alle=alle, form=form, gezeigt=gezeigt, sortierung=sortierung)
