from django.urls import path

from .views import search

urlpatterns = [path("suche/", search, name="suche")]
