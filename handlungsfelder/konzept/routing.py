"""How a request finds its page in two queries, however deep it is.

Wagtail's `Page.route()` looks up each path segment's child (two queries per level); the start page instead looks up
the deepest page whose `url_path` begins the request's path and lets that page route the rest, so sub-routes
(`RoutablePageMixin`), a page that is not live (404) and the language fallback behave as before.
"""

from django.http import Http404

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
        seite = (
            Page.objects.filter(url_path__in=kandidaten, path__startswith=self.path, depth__gt=self.depth)
            .order_by("-depth")
            .first()
        )
        if seite is None:
            raise Http404
        return seite.specific.route(request, path_components[kandidaten[seite.url_path] :])
