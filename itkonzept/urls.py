"""URL configuration: admin and documents unprefixed; the plugin's views and the pages inside i18n_patterns."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from handlungsfelder.konzept.sitemap import KonzeptSitemap

# A database error outside a view (e.g. saving the session) answers 503 like one inside (betrieb/middleware.py).
handler500 = "betrieb.views.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"wagtail": KonzeptSitemap}}),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("", include("handlungsfelder.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
