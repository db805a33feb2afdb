"""Template tags for the concept's frame: navigation, contact and breadcrumbs with a fixed number of queries."""

from django import template

from wagtail.models import Site

from ..models import HandlungsfeldPage, KonzeptStartPage

register = template.Library()


def _start_page_for(request) -> KonzeptStartPage | None:
    """The concept start page of the request's site: the site root, else the first live one."""
    site = Site.find_for_request(request) if request is not None else None
    start_pages = KonzeptStartPage.objects.live().select_related("kontakt")
    if site is not None:
        start_page = start_pages.filter(pk=site.root_page_id).first()
        if start_page is not None:
            return start_page
    return start_pages.order_by("path").first()


@register.simple_tag(takes_context=True)
def konzept_navigation(context) -> dict:
    """Start page (with contact) and the live Handlungsfelder, computed once per request."""
    request = context.get("request")
    cached = getattr(request, "_konzept_navigation", None)
    if cached is not None:
        return cached
    start_page = _start_page_for(request)
    handlungsfelder = []
    if start_page is not None:
        handlungsfelder = list(
            HandlungsfeldPage.objects.live()
            .public()
            .descendant_of(start_page)
            .order_by("path")
            .only("id", "title", "slug", "url_path", "path", "depth")
        )
    navigation = {"start_page": start_page, "handlungsfelder": handlungsfelder}
    if request is not None:
        request._konzept_navigation = navigation
    return navigation


@register.simple_tag
def breadcrumb_ancestors(page) -> list:
    """Ancestors of a page below the tree root, outermost first."""
    return list(page.get_ancestors().filter(depth__gt=1).only("id", "title", "url_path", "path", "depth"))
