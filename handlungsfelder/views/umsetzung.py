"""Implementation overview at /umsetzung/: every Maßnahme in one sortable, filterable table, with progress per field."""

from django.shortcuts import render
from django.utils.translation import gettext as _

from ..choices import MassnahmeStatus
from ..diagramm import fortschritt_diagramm
from ..filters import UmsetzungFilterForm
from ..konzept import public_handlungsfelder, stand, start_page_or_404
from ..massnahmen import fortschritt, sammeln
from ..models import Schule

STATUS_ORDER = {status.value: position for position, status in enumerate(MassnahmeStatus)}
SORT_KEYS = {
    "handlungsfeld": lambda m: (m.handlungsfeld.path,),
    "titel": lambda m: (m.titel.lower(),),
    "status": lambda m: (STATUS_ORDER[m.status], m.handlungsfeld.path),
    "zeitraum": lambda m: (m.zeitraum.lower(), m.handlungsfeld.path),
    "verantwortlich": lambda m: ((m.verantwortlich.name if m.verantwortlich else "").lower(), m.handlungsfeld.path),
}


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


def _spalten(sortierung: str) -> list[dict]:
    """Column headers with their sort state; a click on the sorted column reverses it."""
    spalten = []
    for key, label in UmsetzungFilterForm.SORTIERUNG.items():
        aria_sort = {key: "ascending", f"-{key}": "descending"}.get(sortierung)
        spalten.append({"label": label, "aria_sort": aria_sort, "naechste": f"-{key}" if sortierung == key else key})
    return spalten


def umsetzung(request):
    start_page = start_page_or_404(request)
    handlungsfelder = list(
        public_handlungsfelder(start_page).defer("allgemeines", "betriebsmodell", "zustaendigkeiten")
    )
    alle = sammeln(public_handlungsfelder(start_page))
    schulen = list(Schule.objects.filter(locale_id=start_page.locale_id).order_by("kurzname"))
    form = UmsetzungFilterForm(request.GET, handlungsfelder=handlungsfelder, massnahmen=alle, schulen=schulen)
    hinweise = []
    data = {}
    if form.is_valid():
        data = form.cleaned_data
    elif request.GET:
        hinweise.append(_("Ein Filter enthielt einen unbekannten Wert; die Tabelle zeigt deshalb alle Maßnahmen."))
    sortierung = data.get("sortierung") or "handlungsfeld"
    massnahmen = sorted(
        _filtern(alle, data, schulen),
        key=SORT_KEYS[sortierung.lstrip("-")],
        reverse=sortierung.startswith("-"),
    )
    fortschritte = fortschritt(handlungsfelder, alle)
    return render(
        request,
        "handlungsfelder/umsetzung.html",
        {
            "form": form,
            "massnahmen": massnahmen,
            "gesamt": len(alle),
            "gefiltert": any(
                data.get(name) for name in ("handlungsfeld", "status", "zeitraum", "schule", "verantwortlich")
            ),
            "spalten": _spalten(sortierung),
            "status_choices": MassnahmeStatus.choices,
            "fortschritte": fortschritte,
            "diagramm": fortschritt_diagramm(fortschritte),
            "hinweise": hinweise,
            "stand_datum": stand(start_page),
        },
    )
