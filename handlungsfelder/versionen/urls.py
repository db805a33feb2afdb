from django.urls import path

from .feeds import AenderungenFeed
from .views import konzept_vergleich, konzeptversion, konzeptversionen, vergleich_auswahl

urlpatterns = [
    path("versionen/", konzeptversionen, name="konzeptversionen"),
    # Before the version's own address: "vergleich" is no version number.
    path("versionen/vergleich/", vergleich_auswahl, name="konzept_vergleich_auswahl"),
    path("versionen/<str:nummer>/", konzeptversion, name="konzeptversion"),
    path("versionen/<str:alt>/vergleich/<str:neu>/", konzept_vergleich, name="konzept_vergleich"),
    path("aenderungen.atom", AenderungenFeed(), name="aenderungen_feed"),
]
