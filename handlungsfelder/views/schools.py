"""Per-school view at /schulen/ and /schulen/<slug>/: support region, provider and the Maßnahmen that apply."""

from itertools import groupby

from django.shortcuts import get_object_or_404, render

from ..konzept import public_handlungsfelder, stand, start_page_or_404
from ..massnahmen import sammeln
from ..models import Schule


def schulen(request):
    start_page = start_page_or_404(request)
    alle = Schule.objects.filter(locale_id=start_page.locale_id).select_related("region")
    gruppen = [(art, list(items)) for art, items in groupby(alle, key=lambda schule: schule.get_schulart_display())]
    return render(request, "handlungsfelder/schulen.html", {"gruppen": gruppen, "stand_datum": stand(start_page)})


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
        "handlungsfelder/schule.html",
        {
            "schule": schule,
            "dienstleister": list(schule.region.dienstleister.all()),
            "gruppen": gruppen,
            "anzahl": len(massnahmen),
            "stand_datum": stand(start_page),
        },
    )
