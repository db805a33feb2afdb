"""Which concept a request belongs to, and which of its Handlungsfelder the public may see."""

from django.db.models import Max
from django.http import Http404
from django.utils.translation import get_language

from wagtail.models import Page, Site

from ..bereiche.zugriff import mit_eigenen_rollen
from .models import BeschlussPage, KonzeptStartPage, public_handlungsfelder
from .sichtbarkeit import oeffentlich

__all__ = [
    "beschluss_der_version",
    "public_handlungsfelder",
    "public_pages",
    "stand",
    "start_page_for",
    "start_page_or_404",
]


def start_page_for(request) -> KonzeptStartPage | None:
    """The concept start page of the request's site (else the first live one) in the active language, looked up
    once per request; without a live translation into that language the site's own start page. A site whose own
    concept is not published yet (a municipality's, freshly adopted) has none: it never shows another concept."""
    if request is not None and hasattr(request, "_konzept_start_page"):
        return request._konzept_start_page
    site = Site.find_for_request(request) if request is not None else None
    start_pages = mit_eigenen_rollen(KonzeptStartPage.objects.live().select_related("kontakt", "locale")).order_by(
        "path"
    )
    start_page = None
    if site is not None:
        start_page = start_pages.filter(pk=site.root_page_id).first()
    if start_page is None and not (site and KonzeptStartPage.objects.filter(pk=site.root_page_id).exists()):
        start_page = start_pages.first()
    if start_page is not None and start_page.locale.language_code != get_language():
        translation = start_pages.filter(
            translation_key=start_page.translation_key, locale__language_code=get_language()
        ).first()
        start_page = translation or start_page
    if request is not None:
        request._konzept_start_page = start_page
    return start_page


def public_pages(start_page: KonzeptStartPage):
    """Every live, unrestricted page of one concept, the start page included (as a filter on ids the search
    backends can take)."""
    pages = Page.objects.live().descendant_of(start_page, inclusive=True)
    return pages.filter(id__in=oeffentlich(pages).values("id"))


def stand(start_page: KonzeptStartPage):
    """The concept's latest publication: the date a reader sees as "Stand" on pages that are not Wagtail pages."""
    return public_pages(start_page).aggregate(stand=Max("last_published_at"))["stand"]


def beschluss_der_version(start_page: KonzeptStartPage) -> BeschlussPage | None:
    """The live decision that adopted the version in force, for its adoption date."""
    return (
        oeffentlich(BeschlussPage.objects.live().descendant_of(start_page))
        .filter(konzeptversion=start_page.version)
        .order_by("-datum")
        .first()
    )


def start_page_or_404(request) -> KonzeptStartPage:
    start_page = start_page_for(request)
    if start_page is None:
        raise Http404("Kein veröffentlichtes IT-Konzept.")
    return start_page
