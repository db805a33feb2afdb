from django.urls import path

from . import api
from .views import massnahmen_csv, massnahmen_xlsx

urlpatterns = [
    path("api/v2/", api.index, name="api"),
    path("api/v2/pages/", api.seiten, name="api_seiten"),
    # Any text, so that a wrong id is a 400 with a message instead of a page not found.
    path("api/v2/pages/<str:id>/", api.seite, name="api_seite"),
    path("api/v2/massnahmen/", api.massnahmen, name="api_massnahmen"),
    path("api/v2/schulen/", api.schulen, name="api_schulen"),
    path("api/v2/versionen/", api.konzeptversionen, name="api_versionen"),
    path("api/v2/veroeffentlichungen/", api.veroeffentlichungen, name="api_veroeffentlichungen"),
    path("umsetzung/massnahmen.csv", massnahmen_csv, name="massnahmen_csv"),
    path("umsetzung/massnahmen.xlsx", massnahmen_xlsx, name="massnahmen_xlsx"),
]
