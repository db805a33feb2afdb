"""Public views of the concept's adopted versions: the list, the whole concept in one version, and a comparison.

Everything shown comes from `KonzeptversionSeite` records: the revisions live when a version was recorded.
"""

from django.contrib.contenttypes.models import ContentType
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone

from ..konzept.darstellung import mit_rahmen, schluessel
from ..konzept.models import HandlungsfeldPage
from ..konzept.queries import start_page_or_404
from ..konzept.sichtbarkeit import oeffentlich
from .diff import handlungsfeld_diff
from .forms import AKTUELL, VersionsauswahlForm
from .models import Konzeptversion


def _handlungsfelder_in(version: Konzeptversion) -> dict[int, object]:
    """page id -> the Handlungsfeld as it stood in this concept version; a version records every live page, so the
    pages below a view restriction are left out here."""
    seiten = (
        version.seiten.filter(
            page__content_type=ContentType.objects.get_for_model(HandlungsfeldPage),
            page__in=oeffentlich(HandlungsfeldPage.objects.all()).values("pk"),
        )
        .select_related("revision")
        .order_by("page__path")
    )
    return {seite.page_id: seite.revision.as_object() for seite in seiten}


def _handlungsfelder_heute(version: Konzeptversion) -> tuple[dict[int, object], dict[int, int]]:
    """page id -> the live public Handlungsfeld of the version's concept, and page id -> its live revision."""
    seiten = oeffentlich(HandlungsfeldPage.objects.live().descendant_of(version.konzept)).order_by("path")
    seiten = list(seiten.select_related("live_revision"))
    return {seite.pk: seite for seite in seiten}, {seite.pk: seite.live_revision_id for seite in seiten}


def _versionen(start_page):
    """Concept versions are adopted for the German original; a translation lists the same ones."""
    return Konzeptversion.objects.filter(konzept__translation_key=start_page.translation_key)


def konzeptversion_or_404(start_page, nummer: str) -> Konzeptversion:
    return get_object_or_404(_versionen(start_page).select_related("konzept__locale"), nummer=nummer)


def konzeptversionen(request):
    start_page = start_page_or_404(request)
    versions = list(_versionen(start_page).select_related("beschluss").order_by("-beschlossen_am", "-pk"))
    rows = [
        {"version": version, "vorgaenger": versions[index + 1] if index + 1 < len(versions) else None}
        for index, version in enumerate(versions)
    ]
    form = VersionsauswahlForm(versionen=versions, initial=_auswahl_vorgabe(versions))
    return TemplateResponse(
        request,
        "handlungsfelder/versionen/konzeptversionen.html",
        {"page": start_page, "zeilen": rows, "heute": timezone.localdate(), "form": form},
    )


def _auswahl_vorgabe(versions: list[Konzeptversion]) -> dict:
    """The newest version against today, preselected."""
    return {"alt": versions[0].nummer, "neu": AKTUELL} if versions else {}


def vergleich_auswahl(request):
    """The picker on /versionen/ (a GET form): redirects to the comparison of the two chosen versions."""
    start_page = start_page_or_404(request)
    versions = list(_versionen(start_page).order_by("-beschlossen_am", "-pk"))
    form = VersionsauswahlForm(request.GET, versionen=versions)
    if not form.is_valid():
        return TemplateResponse(
            request,
            "handlungsfelder/versionen/auswahl_fehler.html",
            {"page": start_page, "form": form},
            status=400,
        )
    return redirect("handlungsfelder:konzept_vergleich", form.cleaned_data["alt"], form.cleaned_data["neu"])


def konzeptversion(request, nummer: str):
    """The whole concept as it stood in one version (point-in-time view), rendered once and stored."""
    start_page = start_page_or_404(request)
    version = konzeptversion_or_404(start_page, nummer)

    def bauen() -> dict:
        context = {"version": version, "handlungsfelder": list(_handlungsfelder_in(version).values())}
        return {"html": render_to_string("handlungsfelder/versionen/konzeptversion_inhalt.html", context, request)}

    eigener = schluessel(request, "konzeptversion", version.pk)
    inhalt = mit_rahmen(request, {eigener: bauen})[eigener]
    return TemplateResponse(
        request,
        "handlungsfelder/versionen/konzeptversion.html",
        {"page": start_page, "version": version, "inhalt": inhalt, "heute": timezone.localdate()},
    )


def _vergleich_bauen(request, alt: tuple[dict, dict], neu: tuple[dict, dict]) -> dict:
    """Which Handlungsfelder changed between two states (page id -> page, page id -> revision id each), and each
    change, as HTML."""
    (alt_pages, alt_revisions), (neu_pages, neu_revisions) = alt, neu
    geaendert, unveraendert = [], []
    for page_id, neu_page in neu_pages.items():
        alt_page = alt_pages.get(page_id)
        if alt_page is None:
            geaendert.append({"page": neu_page, "neu": True, "teile": []})
        elif alt_revisions[page_id] != neu_revisions[page_id]:
            teile = handlungsfeld_diff(alt_page, neu_page)
            if any(teil.geaenderte_bloecke for teil in teile):
                geaendert.append({"page": neu_page, "neu": False, "teile": teile})
            else:
                unveraendert.append(neu_page)
        else:
            unveraendert.append(neu_page)
    entfernt = [page for page_id, page in alt_pages.items() if page_id not in neu_pages]
    context = {"geaendert": geaendert, "unveraendert": unveraendert, "entfernt": entfernt}
    return {"html": render_to_string("handlungsfelder/versionen/konzept_vergleich_inhalt.html", context, request)}


def _stand(version: Konzeptversion) -> tuple[dict, dict]:
    return _handlungsfelder_in(version), dict(version.seiten.values_list("page_id", "revision_id"))


def konzept_vergleich(request, alt: str, neu: str):
    """Which Handlungsfelder changed between two concept versions, or between one and today's published concept
    (`neu` = "aktuell"); rendered once per pair and stored (today's side is renewed by every public change, as all
    stored output is)."""
    start_page = start_page_or_404(request)
    alt_version = konzeptversion_or_404(start_page, alt)
    neu_version = None if neu == AKTUELL else konzeptversion_or_404(start_page, neu)
    eigener = schluessel(request, "konzeptvergleich", alt_version.pk, neu_version.pk if neu_version else AKTUELL)

    def bauen() -> dict:
        heute = _handlungsfelder_heute(alt_version) if neu_version is None else _stand(neu_version)
        return _vergleich_bauen(request, _stand(alt_version), heute)

    inhalt = mit_rahmen(request, {eigener: bauen})[eigener]
    return TemplateResponse(
        request,
        "handlungsfelder/versionen/konzept_vergleich.html",
        {"page": start_page, "alt": alt_version, "neu": neu_version, "inhalt": inhalt},
    )
