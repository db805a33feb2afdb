"""The frame of every public page (start page, contact, the menu of Handlungsfelder, the concept's "Stand"), built
once per change of the public state and read with the page's own stored parts in one query."""

from collections.abc import Callable

from django.utils.dateparse import parse_datetime
from django.utils.translation import get_language

from wagtail.models import Site

from .darstellung import abrufen
from .queries import public_handlungsfelder, stand, start_page_for


def _rahmen_schluessel(request) -> str:
    site = Site.find_for_request(request) if request is not None else None
    return f"rahmen:{site.pk if site else 0}:{get_language()}"


def _kontakt(kontakt) -> dict | None:
    if kontakt is None:
        return None
    felder = ("name", "funktion", "organisation", "anschrift", "telefon", "email")
    return {feld: getattr(kontakt, feld) for feld in felder}


def _rahmen_bauen(request) -> dict:
    start_page = start_page_for(request)
    if start_page is None:
        return {"start_page": None, "handlungsfelder": [], "stand": None}
    handlungsfelder = (
        public_handlungsfelder(start_page)
        .only("id", "title", "slug", "url_path", "path", "depth", "summary", "locale_id")
        .prefetch_related("tags")
    )
    zuletzt = stand(start_page)
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
                "title": seite.title,
                "url": seite.get_url(request),
                "summary": seite.summary,
                "tags": [{"name": tag.name, "slug": tag.slug} for tag in seite.tags.all()],
            }
            for seite in handlungsfelder
        ],
        "stand": zuletzt.isoformat() if zuletzt else None,
    }


def mit_rahmen(request, bauplaene: dict[str, Callable[[], dict]] | None = None) -> dict[str, dict]:
    """The stored content of `bauplaene` and the frame, in one query; the frame is kept on the request for the
    template tags."""
    bauplaene = dict(bauplaene or {})
    schluessel = _rahmen_schluessel(request)
    if not hasattr(request, "_konzept_rahmen"):
        bauplaene[schluessel] = lambda: _rahmen_bauen(request)
    inhalte = abrufen(bauplaene) if bauplaene else {}
    if schluessel in inhalte:
        request._konzept_rahmen = inhalte.pop(schluessel)
    return inhalte


def rahmen(request) -> dict:
    """The frame: `start_page` (title, url, path, contact) or None, `handlungsfelder` (menu), `stand` (datetime)."""
    if request is None:
        gespeichert = _rahmen_bauen(None)
    else:
        mit_rahmen(request)
        gespeichert = request._konzept_rahmen
    return {**gespeichert, "stand": parse_datetime(gespeichert["stand"]) if gespeichert["stand"] else None}
