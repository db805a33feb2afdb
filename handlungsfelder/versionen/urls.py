from django.urls import path

from .feeds import AenderungenFeed
from .views import konzept_vergleich, konzeptversion, konzeptversionen

urlpatterns = [
    path("versionen/", konzeptversionen, name="konzeptversionen"),
    path("versionen/<str:nummer>/", konzeptversion, name="konzeptversion"),
    path("versionen/<str:alt>/vergleich/<str:neu>/", konzept_vergleich, name="konzept_vergleich"),
    path("aenderungen.atom", AenderungenFeed(), name="aenderungen_feed"),
]
