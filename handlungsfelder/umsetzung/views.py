"""Where the Maßnahmen stand: the overview at /umsetzung/ (the Maßnahmen in one sortable, filterable table, in pages
of 100, with progress per Handlungsfeld) and the school view at /schulen/<slug>/ (the region, its provider and what
applies)."""

from itertools import groupby

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from ..bereiche.zugriff import schulen_des_konzepts, stammdaten_des_konzepts
from ..konzept.choices import MassnahmeStatus
from ..konzept.queries import public_handlungsfelder, start_page_or_404
from ..stammdaten.models import Schule
from .auswahl import auswaehlen
from .diagramm import fortschritt_diagramm
from .forms import UmsetzungFilterForm
from .massnahmen import fortschritt, sammeln, summe
from .zeilen import zeilen

# Rows per page of the overview: the demo's 71 Maßnahmen on one page, a county ten times over in pages a phone loads.
MASSNAHMEN_PER_PAGE = 100


def _spalten(sortierung: str) -> list[dict]:
    """Column headers with their sort state; a click on the sorted column reverses it."""
    spalten = []
    for key, label in UmsetzungFilterForm.SORTIERUNG.items():
        aria_sort = {key: "ascending", f"-{key}": "descending"}.get(sortierung)
        spalten.append({"label": label, "aria_sort": aria_sort, "naechste": f"-{key}" if sortierung == key else key})
    return spalten


def _export_urls(request) -> dict[str, str]:
    """The downloads of the table with the reader's filters and order (without the page number: a download has
    every row)."""
    query = request.GET.copy()
    query.pop("seite", None)
    suffix = f"?{query.urlencode()}" if query else ""
    return {art: reverse(f"handlungsfelder:massnahmen_{art}") + suffix for art in ("csv", "xlsx")}


def umsetzung(request):
    start_page = start_page_or_404(request)
    auswahl = auswaehlen(start_page, request.GET)
    hinweise = []
    if request.GET and not auswahl.form.is_valid():
        hinweise.append(_("Ein Filter enthielt einen unbekannten Wert; die Tabelle zeigt deshalb alle Maßnahmen."))
    page_obj = Paginator(auswahl.gezeigt, MASSNAHMEN_PER_PAGE).get_page(request.GET.get("seite"))
    # Chart and table show what the filters select; filtered, only the Handlungsfelder with Maßnahmen among it.
    fortschritte = [
        row for row in fortschritt(auswahl.handlungsfelder, auswahl.gezeigt) if row.gesamt or not auswahl.gefiltert
    ]
    return render(
        request,
        "handlungsfelder/umsetzung/umsetzung.html",
        {
            "form": auswahl.form,
            "page_obj": page_obj,
            "zeilen": zeilen(request, start_page, page_obj.object_list),
            "gesamt": len(auswahl.alle),
            "im_original": sum(1 for m in auswahl.alle if m.handlungsfeld.sprache != get_language()),
            "gefiltert": auswahl.gefiltert,
            "spalten": _spalten(auswahl.sortierung),
            "status_choices": MassnahmeStatus.choices,
            "fortschritte": fortschritte,
            "summe": summe(fortschritte),
            "diagramm": fortschritt_diagramm(fortschritte),
            "hinweise": hinweise,
            "export_urls": _export_urls(request),
        },
    )


def schulen(request):
    start_page = start_page_or_404(request)
    alle = schulen_des_konzepts(start_page).select_related("region")
    gruppen = [(art, list(items)) for art, items in groupby(alle, key=lambda schule: schule.get_schulart_display())]
    return render(request, "handlungsfelder/umsetzung/schulen.html", {"gruppen": gruppen})


def schule(request, slug: str):
    start_page = start_page_or_404(request)
    schule = get_object_or_404(
        stammdaten_des_konzepts(Schule.objects.all(), start_page)
        .select_related("region")
        .prefetch_related("region__dienstleister"),
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
