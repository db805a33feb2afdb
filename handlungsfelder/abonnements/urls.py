from django.urls import path

from .views import abmelden, abonnieren, bestaetigen

urlpatterns = [
    path("abonnieren/", abonnieren, name="abonnieren"),
    path("abonnieren/bestaetigen/<str:token>/", bestaetigen, name="abonnement_bestaetigen"),
    path("abonnieren/abmelden/<str:token>/", abmelden, name="abonnement_abmelden"),
]
