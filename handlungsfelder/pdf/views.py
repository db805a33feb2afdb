"""The concept as one PDF at /konzept.pdf."""

from django.http import HttpResponse
from django.utils.text import slugify

from ..konzept.queries import start_page_or_404
from .cache import konzept_pdf


def konzept_pdf_view(request):
    start_page = start_page_or_404(request)
    response = HttpResponse(konzept_pdf(request, start_page), content_type="application/pdf")
    filename = f"{slugify(start_page.title)[:60] or 'it-konzept'}-{slugify(start_page.version)}.pdf"
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
