"""The concept as one PDF at /konzept.pdf; if it cannot be rendered, the last good one or a 503 page, never a 500."""

from django.http import HttpResponse
from django.shortcuts import render
from django.utils.text import slugify

from ..konzept.queries import start_page_or_404
from .cache import PdfUnavailable, konzept_pdf

RETRY_AFTER_SECONDS = 300


def konzept_pdf_view(request):
    start_page = start_page_or_404(request)
    try:
        pdf = konzept_pdf(request, start_page)
    except PdfUnavailable:
        response = render(request, "handlungsfelder/pdf/nicht_verfuegbar.html", status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    response = HttpResponse(pdf.content, content_type="application/pdf")
    filename = f"{slugify(start_page.title)[:60] or 'it-konzept'}-{slugify(start_page.version)}.pdf"
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    if not pdf.current:
        # An earlier PDF of the concept: readers and caches are told it may be out of date.
        response["Warning"] = '110 - "Response is Stale"'
        response["Cache-Control"] = "no-store"
    return response
