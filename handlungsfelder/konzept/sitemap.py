"""The sitemap in a fixed number of queries: Wagtail's loads every page as its specific type (one query per type)
and reads the view restrictions separately; an address and a date need only the base `Page` row."""

from wagtail.contrib.sitemaps import Sitemap

from .sichtbarkeit import oeffentlich


class KonzeptSitemap(Sitemap):
    """Live, public pages of the request's site, in tree order (for `wagtail.contrib.sitemaps.views.sitemap`).

    Page types that override `get_sitemap_urls` are read as base pages here; none of the plugin's and host's do."""

    def items(self):
        pages = self.get_wagtail_site().root_page.get_descendants(inclusive=True).live()
        return oeffentlich(pages).order_by("path")
