"""How a request finds its page in two queries, however deep it is.

Wagtail's `Page.route()` looks up each path segment's child (two queries per level); the start page instead looks up
the deepest page whose `url_path` begins the request's path and lets that page route the rest, so sub-routes
(`RoutablePageMixin`) and a page that is not live (404) behave as before. A translation's start page looks in the
original's tree in the same query, so a page not (yet) translated is served as its original at once.
"""

from django.conf import settings
from django.db.models import Case, Q, Subquery, Value, When
from django.db.models.functions import Concat
from django.http import Http404

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page


class UrlPfadRoutingMixin:
    """For the root of a tree (the start page): route by `url_path` instead of segment by segment."""

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        # url_path of the page at each depth of the request's path: "/<start>/handlungsfelder/wlan/" and so on.
        kandidaten = {
            "/".join([self.url_path.rstrip("/"), *path_components[:anzahl], ""]): anzahl
            for anzahl in range(1, len(path_components) + 1)
        }
        # In a translation, the same addresses in the original's tree: a page not (yet) translated is served as its
        # original (what `UebersetzungsFallbackMixin` does level by level), a live one before one that is not.
        original = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        start_im_original = Page.objects.filter(
            translation_key=self.translation_key, locale__language_code=original
        ).values("url_path")[:1]
        im_original = Q()
        for rest in {url_path[len(self.url_path) :] for url_path in kandidaten}:
            im_original |= Q(url_path=Concat(Subquery(start_im_original), Value(rest)))
        seite = (
            Page.objects.filter(
                Q(url_path__in=kandidaten, path__startswith=self.path, depth__gt=self.depth)
                | (im_original & Q(locale__language_code=original, depth__gt=self.depth))
            )
            .annotate(eigen=Case(When(path__startswith=self.path, then=Value(1)), default=Value(0)))
            .order_by("-depth", "-live", "-eigen")
            .first()
        )
        if seite is None:
            raise Http404
        # Each level below the start page is one segment of the path, in either tree.
        return seite.specific.route(request, path_components[seite.depth - self.depth :])
