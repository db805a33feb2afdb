"""The built PDFs: /konzept.pdf (the current state) and /versionen/<nummer>/konzept.pdf (an adopted version, frozen).

A request never builds: it gets the last built file at once, or, before the first build, a short page that says the
PDF is being prepared (503 with Retry-After, so neither a browser nor a cache keeps it).
"""

from datetime import timedelta

from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.http import http_date
from django.utils.text import slugify

from ..konzept.queries import start_page_or_404
from ..versionen.views import konzeptversion_or_404
from .models import KonzeptPdf
from .tasks import aktuelle_pdfs, backend_alias, version_anfordern

RETRY_AFTER_SECONDS = 30
# A build that failed is tried again on a request after this long (a later change retries at once).
RETRY_FAILED_AFTER = timedelta(minutes=5)


def _dateiname(titel: str, version: str) -> str:
    """e.g. "it-konzept-fur-die-schulen-version-2-0.pdf": the version's dots kept apart, not run together."""
    return f"{slugify(titel)[:60] or 'it-konzept'}-version-{slugify(version.replace('.', '-'))}.pdf"


def _pdf_response(pdf: KonzeptPdf, filename: str) -> HttpResponse:
    response = HttpResponse(bytes(pdf.inhalt), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Last-Modified"] = http_date(pdf.erstellt_am.timestamp())
    if not pdf.aktuell:
        # A newer PDF is being built: the reader gets this one now, no cache keeps it past the build.
        response["Cache-Control"] = "no-cache"
    return response


def _not_ready(request, pdf: KonzeptPdf) -> HttpResponse:
    failed = pdf.fehlgeschlagen_am is not None
    template = "handlungsfelder/pdf/nicht_verfuegbar.html" if failed else "handlungsfelder/pdf/wird_erstellt.html"
    response = render(request, template, {"retry_after": RETRY_AFTER_SECONDS}, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def _may_retry(pdf: KonzeptPdf) -> bool:
    return pdf.fehlgeschlagen_am is not None and timezone.now() - pdf.fehlgeschlagen_am > RETRY_FAILED_AFTER


def konzept_pdf_view(request):
    start_page = start_page_or_404(request)
    pdf, created = KonzeptPdf.objects.get_or_create(konzept=start_page, konzeptversion=None)
    if created or _may_retry(pdf):
        # Installed before the PDF queue, or the last build failed long ago: ask for a build now.
        KonzeptPdf.objects.filter(pk=pdf.pk).update(angefordert_am=timezone.now(), fehlgeschlagen_am=None)
        aktuelle_pdfs.using(backend=backend_alias()).enqueue()
    if not pdf.vorhanden:
        return _not_ready(request, pdf)
    return _pdf_response(pdf, _dateiname(start_page.title, start_page.version))


def version_pdf_view(request, nummer: str):
    start_page = start_page_or_404(request)
    version = konzeptversion_or_404(start_page, nummer)
    pdf, created = KonzeptPdf.objects.get_or_create(konzept_id=version.konzept_id, konzeptversion=version)
    if created or _may_retry(pdf):
        KonzeptPdf.objects.filter(pk=pdf.pk).update(angefordert_am=timezone.now(), fehlgeschlagen_am=None)
        version_anfordern(version.pk)
    if not pdf.vorhanden:
        return _not_ready(request, pdf)
    return _pdf_response(pdf, _dateiname(version.konzept.title, version.nummer))
