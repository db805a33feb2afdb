"""Purging a reverse proxy or CDN (wagtail.contrib.frontend_cache) when one is configured.

A publication changes many pages at once (menu, cross-links, "Stand", overview, feed), so every public address of
the site is purged, not the published page alone.
"""

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.models import Page, Site

from handlungsfelder.models import HandlungsfeldPage, Konzeptversion, Schule

# The plugin's views without arguments, in every language.
PLUGIN_VIEWS = [
    "handlungsfelder:suche",
    "handlungsfelder:umsetzung",
    "handlungsfelder:schulen",
    "handlungsfelder:konzeptversionen",
    "handlungsfelder:aenderungen_feed",
    "handlungsfelder:konzept_pdf",
]


def _reverse(name: str, **kwargs) -> str | None:
    try:
        return reverse(name, kwargs=kwargs or None)
    except NoReverseMatch:
        return None


def _plugin_paths(language: str) -> list[str | None]:
    with translation.override(language):
        paths = [_reverse(name) for name in PLUGIN_VIEWS]
        schulen = Schule.objects.values_list("slug", flat=True).distinct()
        paths += [_reverse("handlungsfelder:schule", slug=slug) for slug in schulen]
        paths += [
            _reverse("handlungsfelder:konzeptversion", nummer=nummer)
            for nummer in Konzeptversion.objects.values_list("nummer", flat=True)
        ]
        tags = HandlungsfeldPage.objects.live().public().values_list("tags__slug", flat=True).distinct()
        paths += [_reverse("handlungsfelder:schlagwort", slug=slug) for slug in tags if slug]
    return paths


def public_urls() -> list[str]:
    """Every live public page (and its version history) and every view of the plugin, per site and language."""
    urls = set()
    for page in Page.objects.live().public().specific().iterator():
        url = page.get_full_url()
        if url:
            urls.add(url)
            if isinstance(page, HandlungsfeldPage):
                urls.add(url + page.reverse_subpage("versionen"))
    paths = [path for language, _name in settings.LANGUAGES for path in _plugin_paths(language)]
    paths.append(reverse(sitemap))
    for site in Site.objects.all():
        urls.update(site.root_url + path for path in paths if path)
    return sorted(urls)


def purge_public_urls() -> None:
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        purge_urls_from_cache(public_urls())
