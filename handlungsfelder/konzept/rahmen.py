"""The frame of every public page (start page, contact, the menu of Handlungsfelder, the concept's "Stand"), built
once per change of the public state and read with the page's own stored output in one query (`mit_rahmen`).

It also holds the address of the start page in every language, so that a page of the concept gets its address
without Wagtail's site root paths (`darstellung.seiten_url`): those live in the Django cache, and a cache emptied
(a restart, a cull, `cache.clear()`) costs two queries more on every page that links to another.

In a translation the menu lists every Handlungsfeld: those not (yet) translated in the original language (`sprache`),
at their fallback address in the translation. A host adds its own parts of the frame (the footer's legal links, say)
with the Wagtail hook `konzept_rahmen`: a function of (request, start page, the frame so far) that returns a dict,
stored with it (the frame is rebuilt on every change of the public state; a host's own data sends `melden()`).
"""

from django.db.models import Q
from django.utils.dateparse import parse_datetime

from wagtail import hooks
from wagtail.models import Page

from ..sprachen.schlagwoerter import bezeichnungen, eintraege
from . import darstellung
from .models import BeschlussIndexPage, SitzungIndexPage
from .queries import public_handlungsfelder, stand, start_page_for
from .sichtbarkeit import oeffentlich


def _kontakt(kontakt) -> dict | None:
    if kontakt is None:
        return None
    felder = ("name", "funktion", "organisation", "anschrift", "telefon", "email")
    return {feld: getattr(kontakt, feld) for feld in felder}


def _verzeichnisse(request, start_page, startseiten) -> list[dict]:
    """The meetings' and decisions' index pages, in the reader's language where translated, else the original
    (which the reader's language then falls back to)."""
    unter_einer_startseite = Q()
    for seite in startseiten:
        unter_einer_startseite |= Q(path__startswith=seite.path)
    kinder = (
        oeffentlich(Page.objects.live().type(SitzungIndexPage, BeschlussIndexPage))
        .filter(unter_einer_startseite, depth=start_page.depth + 1)
        .select_related("locale")
        .order_by("path")
    )
    gewaehlt: dict = {}
    for seite in kinder:
        bisher = gewaehlt.get(seite.translation_key)
        if bisher is None or seite.locale_id == start_page.locale_id:
            gewaehlt[seite.translation_key] = seite
    return [
        {"title": seite.title, "url": seite.get_url(request), "sprache": seite.locale.language_code}
        for seite in gewaehlt.values()
    ]


def rahmen_bauen(request) -> dict:
    start_page = start_page_for(request)
    if start_page is None:
        return {"start_page": None, "handlungsfelder": [], "stand": None, "startseiten": [], "verzeichnisse": []}
    handlungsfelder = list(
        public_handlungsfelder(start_page)
        .only("id", "title", "slug", "url_path", "path", "depth", "summary", "locale_id")
        .prefetch_related("tags")
    )
    sprache = start_page.locale.language_code
    namen = bezeichnungen({tag for seite in handlungsfelder for tag in seite.tags.all()}, sprache)
    zuletzt = stand(start_page)
    seiten = list(
        start_page.get_translations(inclusive=True)
        .live()
        .select_related("locale")
        .only("id", "url_path", "path", "depth", "locale__language_code")
    )
    startseiten = sorted(
        (
            {"url_path": seite.url_path, "url": seite.get_url(request), "sprache": seite.locale.language_code}
            for seite in seiten
        ),
        # Longest first: a start page whose url_path begins another's never takes that one's pages.
        key=lambda eintrag: -len(eintrag["url_path"]),
    )

    def url(seite) -> str | None:
        if seite.sprache != sprache:
            return darstellung.url_in_sprache(startseiten, seite.url_path, sprache) or seite.get_url(request)
        return seite.get_url(request)

    rahmen = {
        "start_page": {
            "pk": start_page.pk,
            "path": start_page.path,
            "title": start_page.title,
            "url": start_page.get_url(request),
            "kontakt": _kontakt(start_page.kontakt_in_sprache()),
        },
        "handlungsfelder": [
            {
                "pk": seite.pk,
                "slug": seite.slug,
                "title": seite.title,
                "url": url(seite),
                "sprache": seite.sprache,
                "summary": seite.summary,
                "tags": eintraege(seite.tags.all(), namen),
            }
            for seite in handlungsfelder
        ],
        "verzeichnisse": _verzeichnisse(request, start_page, seiten),
        "stand": zuletzt.isoformat() if zuletzt else None,
        "startseiten": startseiten,
    }
    return ergaenzen(request, start_page, rahmen)


def ergaenzen(request, start_page, rahmen: dict) -> dict:
    """The frame with what other features add through the hook `konzept_rahmen` (also for the PDF's cover, which
    has no request)."""
    for teil in hooks.get_hooks("konzept_rahmen"):
        rahmen.update(teil(request, start_page, rahmen))
    return rahmen


def rahmen(request) -> dict:
    """The frame: `start_page` (title, url, path, contact) or None, `handlungsfelder` (menu), `verzeichnisse`
    (meetings, decisions), `stand` (datetime)."""
    if request is None:
        gespeichert = rahmen_bauen(None)
    else:
        darstellung.mit_rahmen(request)
        gespeichert = request._konzept_rahmen
    return {**gespeichert, "stand": parse_datetime(gespeichert["stand"]) if gespeichert["stand"] else None}


def connect() -> None:
    if rahmen_bauen not in darstellung.RAHMEN_BAUEN:
        darstellung.RAHMEN_BAUEN.append(rahmen_bauen)
