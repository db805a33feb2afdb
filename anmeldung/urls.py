"""Admin URLs of the login (mounted below /admin/ by the `register_admin_urls` hook, so admin access is required)."""

from django.urls import path

from . import views

urlpatterns = [
    path("zwei-faktor/", views.zweifaktor, name="anmeldung_zweifaktor"),
    path("zwei-faktor/einrichten/", views.einrichten, name="anmeldung_einrichten"),
    path("zwei-faktor/bestaetigen/", views.bestaetigen, name="anmeldung_bestaetigen"),
    path("zwei-faktor/codes/", views.wiederherstellungscodes, name="anmeldung_wiederherstellungscodes"),
    path("zwei-faktor/entfernen/", views.entfernen, name="anmeldung_entfernen"),
    path("anmeldesperren/", views.sperren, name="anmeldung_sperren"),
    path("anmeldesperren/entsperren/", views.entsperren, name="anmeldung_entsperren"),
]
