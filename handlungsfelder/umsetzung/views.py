"""Where the Maßnahmen stand: the overview at /umsetzung/ (the Maßnahmen in one sortable, filterable table, in pages
of 100, with progress per Handlungsfeld) and the school view at /schulen/<slug>/ (the region, its provider and what
applies)."""

from itertools import groupby

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from ..konzept.choices import MassnahmeStatus
from ..konzept.queries import public_handlungsfelder, start_page_or_404
from ..stammdaten.models import Schule
from .diagramm import fortschritt_diagramm
from .forms import UmsetzungFilterForm
from .massnahmen import fortschritt, sammeln, summe
from .zeilen import zeilen

# Rows per page of the overview: the demo's 71 Maßnahmen on one page, a county ten times over in pages a phone loads.
MASSNAHMEN_PER_PAGE = 100
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
    gezeigt = _filtern(alle, data, schulen)
    massnahmen = sorted(gezeigt, key=SORT_KEYS[sortierung.lstrip("-")], reverse=sortierung.startswith("-"))
    page_obj = Paginator(massnahmen, MASSNAHMEN_PER_PAGE).get_page(request.GET.get("seite"))
    gefiltert = any(data.get(name) for name in ("handlungsfeld", "status", "zeitraum", "schule", "verantwortlich"))
    # Chart and table show what the filters select; filtered, only the Handlungsfelder with Maßnahmen among it.
    fortschritte = [row for row in fortschritt(handlungsfelder, gezeigt) if row.gesamt or not gefiltert]
    return render(
        request,
        "handlungsfelder/umsetzung/umsetzung.html",
        {
            "form": form,
            "page_obj": page_obj,
            "zeilen": zeilen(request, start_page, page_obj.object_list),
            "gesamt": len(alle),
            "im_original": sum(1 for m in alle if m.handlungsfeld.sprache != get_language()),
            "gefiltert": gefiltert,
            "spalten": _spalten(sortierung),
            "status_choices": MassnahmeStatus.choices,
            "fortschritte": fortschritte,
            "summe": summe(fortschritte),
            "diagramm": fortschritt_diagramm(fortschritte),
            "hinweise": hinweise,
        },
    )


def schulen(request):
    start_page = start_page_or_404(request)
    alle = Schule.objects.filter(locale_id=start_page.locale_id).select_related("region")
    gruppen = [(art, list(items)) for art, items in groupby(alle, key=lambda schule: schule.get_schulart_display())]
    return render(request, "handlungsfelder/umsetzung/schulen.html", {"gruppen": gruppen})


def schule(request, slug: str):
    start_page = start_page_or_404(request)
    schule = get_object_or_404(
        Schule.objects.select_related("region").prefetch_related("region__dienstleister"),
        slug=slug,
        locale_id=start_page.locale_id,
    )
    massnahmen = [m for m in sammeln(public_handlungsfelder(start_page)) if m.betrifft(schule)]
    gruppen = [(page, list(items)) for page, items in groupby(massnahmen, key=lambda m: m.handlungsfeld)]
    return render(
        request,
        "handlungsfelder/umsetzung/schule.html",
        {
            "schule": schule,
            "admin_objekt": schule,
            "dienstleister": list(schule.region.dienstleister.all()),
            "gruppen": gruppen,
            "anzahl": len(massnahmen),
        },
    )
