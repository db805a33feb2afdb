"""Public views of the plugin; a host includes them before Wagtail's page serving (inside i18n_patterns).

Each feature brings its own URLs; all names live in the namespace "handlungsfelder".
"""

from django.urls import include, path

app_name = "handlungsfelder"

urlpatterns = [
    path("", include("handlungsfelder.suche.urls")),
    path("", include("handlungsfelder.umsetzung.urls")),
    path("", include("handlungsfelder.konzept.urls")),
    path("", include("handlungsfelder.pdf.urls")),
    path("", include("handlungsfelder.versionen.urls")),
    path("", include("handlungsfelder.abonnements.urls")),
    path("", include("handlungsfelder.offene_daten.urls")),
]
