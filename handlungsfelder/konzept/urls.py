from django.urls import path

from .views import schlagwoerter, schlagwort

urlpatterns = [
    path("schlagwoerter/", schlagwoerter, name="schlagwoerter"),
    path("schlagwoerter/<str:slug>/", schlagwort, name="schlagwort"),
]
