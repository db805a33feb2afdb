"""The sitemap in a fixed number of queries: Wagtail's loads every page as its specific type (one query per type)
and reads the view restrictions separately; an address and a date need only the base `Page` row.

Every language version is listed, each with its `hreflang` alternates, at the address the site was asked under
(Wagtail's own uses the host name recorded for the site, e.g. `http://localhost`)."""

from django.conf import settings
from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .sichtbarkeit import oeffentlich


class KonzeptSitemap(Sitemap):
    """Live, public pages of the request's site in every language, in tree order (for
    `wagtail.contrib.sitemaps.views.sitemap`); pages that exist only as an alias of another language's are left
    out (they show that language's text).

    Page types that override `get_sitemap_urls` are read as base pages here; none of the plugin's and host's do."""

    def items(self) -> list[dict]:
        root = self.get_wagtail_site().root_page
        in_einer_sprache = Q()
        for wurzel in Page.objects.filter(translation_key=root.translation_key).only("path"):
            in_einer_sprache |= Q(path__startswith=wurzel.path)
        pages = (
            oeffentlich(Page.objects.live().filter(in_einer_sprache, alias_of__isnull=True))
            .select_related("locale")
            .only(
                *("id", "url_path", "path", "depth", "translation_key", "locale__language_code"),
                *("last_published_at", "latest_revision_created_at"),
            )
            .order_by("path")
        )
        adressen = [(page, self._adresse(page)) for page in pages]
        gruppen: dict = {}
        for page, adresse in adressen:
            if adresse is not None:
                gruppen.setdefault(page.translation_key, []).append((page.locale.language_code, adresse))
        return [
            {
                "location": adresse,
                "lastmod": page.last_published_at or page.latest_revision_created_at,
                "alternates": self._alternates(gruppen[page.translation_key]),
            }
            for page, adresse in adressen
            if adresse is not None
        ]

    def _urls(self, page, protocol, domain) -> list[dict]:
        """The entries as `items` built them (Wagtail's asks each page for its own, one query per page type)."""
        urls = list(self.paginator.page(page).object_list)
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls

    def _adresse(self, page) -> str | None:
        url = page.get_url(self.request)
        return self.request.build_absolute_uri(url) if url and self.request is not None else url

    @staticmethod
    def _alternates(versionen: list[tuple[str, str]]) -> list[dict]:
        if len(versionen) < 2:
            return []
        alternates = [{"lang_code": sprache, "location": adresse} for sprache, adresse in versionen]
        standard = dict(versionen).get(settings.LANGUAGE_CODE)
        if standard:
            alternates.append({"lang_code": "x-default", "location": standard})
        return alternates
