from django.urls import path

from .views import konzept_pdf_view

urlpatterns = [path("konzept.pdf", konzept_pdf_view, name="konzept_pdf")]
