"""The frame of every public page (start page, contact, the menu of Handlungsfelder, the concept's "Stand"), built
once per change of the public state and read with the page's own stored output in one query (`mit_rahmen`).

It also holds the address of the start page in every language, so that a page of the concept gets its address
without Wagtail's site root paths (`darstellung.seiten_url`): those live in the Django cache, and a cache emptied
(a restart, a cull, `cache.clear()`) costs two queries more on every page that links to another.
"""

from django.db.models import Q
from django.utils.dateparse import parse_datetime

from wagtail.models import Page

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
    handlungsfelder = (
        public_handlungsfelder(start_page)
        .only("id", "title", "slug", "url_path", "path", "depth", "summary", "locale_id")
        .prefetch_related("tags")
    )
    zuletzt = stand(start_page)
    startseiten = list(
        start_page.get_translations(inclusive=True).live().only("id", "url_path", "path", "depth", "locale")
    )
    return {
        "start_page": {
            "pk": start_page.pk,
            "path": start_page.path,
            "title": start_page.title,
            "url": start_page.get_url(request),
            "kontakt": _kontakt(start_page.kontakt),
        },
        "handlungsfelder": [
            {
                "pk": seite.pk,
                "slug": seite.slug,
                "title": seite.title,
                "url": seite.get_url(request),
                "summary": seite.summary,
                "tags": [{"name": tag.name, "slug": tag.slug} for tag in seite.tags.all()],
            }
            for seite in handlungsfelder
        ],
        "verzeichnisse": _verzeichnisse(request, start_page, startseiten),
        "stand": zuletzt.isoformat() if zuletzt else None,
        # Longest first: a start page whose url_path begins another's never takes that one's pages.
        "startseiten": sorted(
            ({"url_path": seite.url_path, "url": seite.get_url(request)} for seite in startseiten),
            key=lambda eintrag: -len(eintrag["url_path"]),
        ),
    }


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
