from django.urls import path

from .views import schule, schulen, umsetzung

urlpatterns = [
    path("umsetzung/", umsetzung, name="umsetzung"),
    path("schulen/", schulen, name="schulen"),
    path("schulen/<slug:slug>/", schule, name="schule"),
]
