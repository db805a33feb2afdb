"""Template tags for the concept's frame: navigation, contact and breadcrumbs with a fixed number of queries."""

from django import template
from django.db.models import Model
from django.utils.html import format_html
from django.utils.translation import get_language

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page

from ..konzept.darstellung import lese_url, seiten_url
from ..konzept.rahmen import rahmen
from ..offene_daten import lizenz
from ..sprachen.sprachstand import Sprachstand, fuer_ansicht, fuer_seite

register = template.Library()


@register.simple_tag(takes_context=True)
def konzept_navigation(context) -> dict:
    """Start page (title, address, contact), the menu of live Handlungsfelder and the "Stand", as stored."""
    return rahmen(context.get("request"))


@register.simple_tag(takes_context=True)
def seitenurl(context, page, route: str | None = None, *args) -> str:
    """`{% pageurl %}` (with a route: `{% routablepageurl %}`) for a page of the concept, from the stored frame."""
    return seiten_url(context.get("request"), page, route, *args) or ""


@register.simple_tag(takes_context=True)
def leseurl(context, page, route: str | None = None, *args) -> str:
    """`{% seitenurl %}` for a reader of the active language: an original not (yet) translated at its fallback
    address in this language (`darstellung.lese_url`)."""
    return lese_url(context.get("request"), page, route, *args) or ""


@register.simple_tag
def fremdsprache(seite, link: bool = False) -> str:
    """` lang="de"` (with `link`: ` hreflang="de" lang="de"`, for a link to it) for a page, or a stored entry of
    one, in another language than the reader's (an original not yet translated); nothing otherwise."""
    sprache = seite.get("sprache") if isinstance(seite, dict) else getattr(seite, "sprache", None)
    if not sprache or sprache == get_language():
        return ""
    if link:
        return format_html(' hreflang="{0}" lang="{0}"', sprache)
    return format_html(' lang="{0}"', sprache)


@register.filter
def nachschlagen(eintraege: dict | None, schluessel: str):
    """`eintraege[schluessel]`, or None: stored output keyed by block id (a Maßnahme's meetings and decisions)."""
    return (eintraege or {}).get(schluessel)


@register.simple_tag
def nachbarn(handlungsfelder: list, page) -> dict:
    """Previous and next Handlungsfeld of a page in menu order, from the already loaded menu (no query)."""
    ids = [item["pk"] for item in handlungsfelder]
    if page is None or page.pk not in ids:
        return {}
    position = ids.index(page.pk)
    return {
        "vorher": handlungsfelder[position - 1] if position > 0 else None,
        "nachher": handlungsfelder[position + 1] if position + 1 < len(handlungsfelder) else None,
    }


@register.simple_tag(takes_context=True)
def stand_datum(context):
    """A Wagtail page's last publication, else the concept's latest one that a plugin view put into the context."""
    page = context.get("page")
    stored = getattr(page, "last_published_at", None) or context.get("stand_datum")
    return stored or konzept_navigation(context)["stand"]


@register.simple_tag(takes_context=True)
def breadcrumb_ancestors(context, page) -> list[dict]:
    """Ancestors of a page below the tree root, outermost first (title, url): stored with a concept page."""
    darstellung = context.get("darstellung")
    if darstellung and "vorfahren" in darstellung and context.get("page") is page:
        return darstellung["vorfahren"]
    vorfahren = page.get_ancestors().filter(depth__gt=1).only("id", "title", "url_path", "path", "depth")
    return [{"title": seite.title, "url": seite.get_url(context.get("request"))} for seite in vorfahren]


@register.simple_tag(takes_context=True)
def sprachstand(context) -> Sprachstand | None:
    """Language versions of what is being read: the Wagtail page served, else the same address in each language."""
    request = context.get("request")
    if request is None:
        return None
    cached = getattr(request, "_konzept_sprachstand", None)
    if cached is not None:
        return cached
    page = context.get("page")
    route = getattr(request, "_wagtail_route_for_request", None)
    if isinstance(page, Page) and route is not None and route[0].pk == page.pk:
        stand = fuer_seite(request, page)
    else:
        stand = fuer_ansicht(request)
    request._konzept_sprachstand = stand
    return stand


@register.simple_tag(takes_context=True)
def admin_bearbeiten_url(context) -> str:
    """The admin's edit address of what is shown (the Wagtail page, or the record a view names as `admin_objekt`,
    such as a school) for a logged-in user who may edit it, as Wagtail's `AdminURLFinder` decides (a page:
    `permissions_for_user(user).can_edit()`); empty for everyone else (no query for anonymous readers) and in the
    editor's own preview. Evaluated per request in the frame, never stored with a page's output: asking for the
    user makes the session middleware add `Vary: Cookie`."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or getattr(request, "is_preview", False):
        return ""
    objekt = context.get("admin_objekt") or context.get("page")
    if not isinstance(objekt, Model) or not objekt.pk:
        return ""
    return AdminURLFinder(user).get_edit_url(objekt) or ""


@register.simple_tag
def datenlizenz() -> dict:
    """The licence of the open data (API and exports), to name it beside the downloads."""
    return lizenz.datenlizenz()
