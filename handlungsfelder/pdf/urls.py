from django.urls import path

from .views import konzept_pdf_view, version_pdf_view

urlpatterns = [
    path("konzept.pdf", konzept_pdf_view, name="konzept_pdf"),
    path("versionen/<str:nummer>/konzept.pdf", version_pdf_view, name="version_pdf"),
]
