from django.urls import path

from .views import schlagwort

urlpatterns = [path("schlagwoerter/<str:slug>/", schlagwort, name="schlagwort")]
