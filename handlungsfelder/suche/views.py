"""Full-text search at /suche/ over the concept's published pages, with filters, excerpts and pagination."""

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import render
from django.utils.translation import gettext as _

from wagtail.models import Page
from wagtail.search.query import And, Or, PlainText, SearchQuery

from ..bereiche.zugriff import schulen_des_konzepts
from ..konzept.darstellung import abrufen, schluessel
from ..konzept.models import SitzungPage
from ..konzept.queries import public_handlungsfelder, public_pages, start_page_or_404
from ..konzept.rahmen import rahmen
from ..stammdaten.models import Schule
from ..umsetzung.massnahmen import sammeln
from .forms import SuchFilterForm
from .text import MAX_QUERY_LENGTH, Suchwoerter, ausschnitt, bereinigen, textabschnitte
from .vorschlaege import aehnliche_handlungsfelder, aehnliche_woerter, wortschatz
from .wortstaemme import WORD, falten, wortstamm

RESULTS_PER_PAGE = 10
# Words of a query without hits tried on their own (one query each).
MAX_EINZELN = 3


def _handlungsfeld_ids(form, menu: list[dict], start_page, schulen: list[Schule]) -> set[int] | None:
    """The Handlungsfelder the chosen filters allow (from the stored menu), or None when no filter is set."""
    allowed = None
    data = form.cleaned_data if form.is_valid() else {}
    if data.get("handlungsfeld"):
        allowed = {eintrag["pk"] for eintrag in menu if eintrag["slug"] == data["handlungsfeld"]}
    if data.get("schlagwort"):
        tagged = {eintrag["pk"] for eintrag in menu if data["schlagwort"] in {t["slug"] for t in eintrag["tags"]}}
        allowed = tagged if allowed is None else allowed & tagged
    if data.get("schule"):
        schule = next((schule for schule in schulen if schule.slug == data["schule"]), None)
        massnahmen = sammeln(public_handlungsfelder(start_page)) if schule else []
        betroffen = {m.handlungsfeld.pk for m in massnahmen if m.betrifft(schule)}
        allowed = betroffen if allowed is None else allowed & betroffen
    return allowed


def _textabschnitte(request, treffer: list[Page]) -> dict[int, list]:
    """Each hit's text, stored per publication (a page's specific type costs one query per type on every search),
    read in one query."""
    if not treffer:
        return {}
    bauplaene = {
        schluessel(request, "suchtext", seite.pk, seite.live_revision_id): (
            lambda seite=seite: {"abschnitte": textabschnitte(seite.specific)}
        )
        for seite in treffer
    }
    gespeichert = abrufen(bauplaene)
    return {seite.pk: gespeichert[key]["abschnitte"] for seite, key in zip(treffer, bauplaene, strict=True)}


def _erlaubt(allowed: set[int]) -> Q:
    """The allowed Handlungsfelder and the meetings that dealt with them (a subquery of the search's query)."""
    through = SitzungPage.handlungsfelder.through.objects.filter(handlungsfeldpage_id__in=allowed)
    return Q(id__in=allowed) | Q(id__in=through.values("sitzungpage_id"))


def _anfrage(query: str, sprache: str) -> SearchQuery:
    """Every word, each as written or as its stem: SQLite matches the stems the pages index beside their text
    (`SuchstammMixin`), PostgreSQL stems both again, so both find the same pages."""
    teile = []
    for wort in WORD.findall(query):
        stamm = wortstamm(wort, sprache)
        teile.append(PlainText(wort) if stamm in ("", falten(wort)) else Or([PlainText(wort), PlainText(stamm)]))
    return teile[0] if len(teile) == 1 else And(teile)


def _rangfolge(treffer: list[Page], suchwoerter: Suchwoerter, handlungsfelder: set[int]) -> list[Page]:
    """The backend's order, but pages whose title holds every searched word first and, among equals, Handlungsfelder
    before meetings and decisions: the WLAN Handlungsfeld leads a search for "WLAN"."""

    def im_titel(seite: Page) -> bool:
        titel = {wortstamm(wort, suchwoerter.sprache) for wort in WORD.findall(seite.title)}
        return suchwoerter.staemme <= titel

    rang = {seite.pk: (not im_titel(seite), seite.pk not in handlungsfelder, i) for i, seite in enumerate(treffer)}
    return sorted(treffer, key=lambda seite: rang[seite.pk])


def _einzeln_gefunden(pages, query: str, sprache: str) -> list[str]:
    """Of a query of several words that found nothing, the first few words that find something on their own."""
    woerter = list(dict.fromkeys(WORD.findall(query)))
    if len(woerter) < 2:
        return []
    return [wort for wort in woerter[:MAX_EINZELN] if list(pages.search(_anfrage(wort, sprache))[:1])]


def search(request):
    start_page = start_page_or_404(request)
    menu = rahmen(request)["handlungsfelder"]
    schlagwoerter = {tag["slug"]: tag["name"] for eintrag in menu for tag in eintrag["tags"]}
    schulen = list(schulen_des_konzepts(start_page).order_by("kurzname"))
    raw = request.GET.get("q", "")
    suchbegriff = bereinigen(raw)
    form = SuchFilterForm(
        request.GET,
        handlungsfelder=[(eintrag["slug"], eintrag["title"]) for eintrag in menu],
        schlagwoerter=sorted(schlagwoerter.items(), key=lambda paar: paar[1]),
        schulen=schulen,
    )
    hinweise = []
    if suchbegriff.gekuerzt:
        hinweise.append(
            _("Die Suche wurde auf %(n)s Zeichen beziehungsweise zehn Wörter gekürzt.") % {"n": MAX_QUERY_LENGTH}
        )
    if raw.strip() and not suchbegriff.text:
        hinweise.append(_("Bitte geben Sie einen Suchbegriff aus Buchstaben oder Ziffern ein."))
    if form.is_bound and not form.is_valid():
        hinweise.append(_("Ein Filter enthielt einen unbekannten Wert und wurde nicht angewendet."))

    page_obj, ergebnisse, vorschlaege = None, [], None
    if suchbegriff.text:
        sprache = start_page.locale.language_code
        suchwoerter = Suchwoerter.aus(suchbegriff.text, sprache)
        # The concept in the reader's language: its pages in that language and the Handlungsfelder not yet translated.
        pages = Page.objects.filter(
            Q(id__in=public_pages(start_page).filter(locale_id=start_page.locale_id).values("id"))
            | Q(id__in=public_handlungsfelder(start_page).values("id"))
        )
        allowed = _handlungsfeld_ids(form, menu, start_page, schulen)
        if allowed is not None:
            pages = pages.filter(_erlaubt(allowed))
        # Every hit at once (one query, a few hundred pages at most), so the ranking spans all result pages.
        alle = _rangfolge(list(pages.search(_anfrage(suchbegriff.text, sprache))), suchwoerter, {e["pk"] for e in menu})
        page_obj = Paginator(alle, RESULTS_PER_PAGE).get_page(request.GET.get("seite"))
        treffer = list(page_obj.object_list)
        texte = _textabschnitte(request, treffer)
        for seite in treffer:
            if seite.locale_id != start_page.locale_id:
                seite.sprache = settings.LANGUAGE_CODE
        ergebnisse = [
            {"page": seite, "ausschnitt": ausschnitt(texte[seite.pk], suchwoerter)}
            for seite in treffer
            if seite.pk in texte
        ]
        if not alle:
            vorschlaege = {
                "woerter": aehnliche_woerter(suchbegriff.text, wortschatz(request, start_page, menu)),
                "handlungsfelder": aehnliche_handlungsfelder(suchbegriff.text, menu),
                # With a filter set the advice is to remove it (and the school filter's queries leave no room).
                "einzeln": [] if allowed is not None else _einzeln_gefunden(pages, suchbegriff.text, sprache),
                "filter_gesetzt": allowed is not None,
            }
    return render(
        request,
        "handlungsfelder/suche/suche.html",
        {
            "form": form,
            "q": suchbegriff.text,
            "hinweise": hinweise,
            "page_obj": page_obj,
            "ergebnisse": ergebnisse,
            "vorschlaege": vorschlaege,
        },
    )
