"""Public views of the plugin; a host includes them before Wagtail's page serving (inside i18n_patterns)."""

from django.urls import path

from .views.pdf import konzept_pdf_view
from .views.schools import schule, schulen
from .views.search import search
from .views.tags import schlagwort
from .views.umsetzung import umsetzung
from .views.versionen import AenderungenFeed, konzept_vergleich, konzeptversion, konzeptversionen

app_name = "handlungsfelder"

urlpatterns = [
    path("suche/", search, name="suche"),
    path("schulen/", schulen, name="schulen"),
    path("schulen/<slug:slug>/", schule, name="schule"),
    path("umsetzung/", umsetzung, name="umsetzung"),
    path("schlagwoerter/<str:slug>/", schlagwort, name="schlagwort"),
    path("konzept.pdf", konzept_pdf_view, name="konzept_pdf"),
    path("versionen/", konzeptversionen, name="konzeptversionen"),
    path("versionen/<str:nummer>/", konzeptversion, name="konzeptversion"),
    path("versionen/<str:alt>/vergleich/<str:neu>/", konzept_vergleich, name="konzept_vergleich"),
    path("aenderungen.atom", AenderungenFeed(), name="aenderungen_feed"),
]
