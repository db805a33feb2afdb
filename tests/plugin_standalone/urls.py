"""URLs of the minimal second project: Wagtail's admin, the plugin's views and page serving, nothing else."""

from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("", include("handlungsfelder.urls")),
    path("", include(wagtail_urls)),
]
