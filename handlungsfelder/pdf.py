"""The whole published concept as one PDF (WeasyPrint), cached per published state.

The cache key holds the latest publication time and the number of live pages, so a publication anywhere in the concept
(seen by every process through the database) gives a new PDF; a generation counter bumped by signals covers what
leaves no such trace: unpublishing, deleting or moving pages and editing the snippets the PDF shows.
"""

import hashlib
import mimetypes
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.db.models import Count, Max
from django.template.loader import render_to_string
from django.utils import translation

from .konzept import beschluss_der_version, public_handlungsfelder, public_pages, stand
from .massnahmen import fortschritt, sammeln
from .models import KonzeptStartPage

GENERATION_KEY = "handlungsfelder:pdf:generation"
CACHE_TIMEOUT = 60 * 60 * 24 * 30
STYLESHEET = "handlungsfelder/css/konzept-pdf.css"


def bump_generation(**kwargs) -> None:
    """Signal receiver: make every cached PDF stale."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 1, None)


def cache_key(start_page: KonzeptStartPage) -> str:
    state = public_pages(start_page).aggregate(latest=Max("last_published_at"), count=Count("id"))
    latest = state["latest"].isoformat() if state["latest"] else "-"
    raw = f"{start_page.pk}:{translation.get_language()}:{latest}:{state['count']}:{cache.get(GENERATION_KEY, 0)}"
    return "handlungsfelder:pdf:" + hashlib.sha256(raw.encode()).hexdigest()


def _local_files(url: str) -> dict:
    """WeasyPrint's resource loader limited to this site's static and media files; nothing is fetched over HTTP."""
    from weasyprint.urls import URLFetchingError

    for prefix, root in ((settings.STATIC_URL, None), (settings.MEDIA_URL, settings.MEDIA_ROOT)):
        marker = url.find(prefix)
        if prefix and marker != -1:
            relative = url[marker + len(prefix) :].split("?")[0]
            path = finders.find(relative) if root is None else Path(root) / relative
            if path and Path(path).is_file():
                return {"string": Path(path).read_bytes(), "mime_type": mimetypes.guess_type(str(path))[0]}
    raise URLFetchingError(f"Nicht geladen: {url}")


def render_html(request, start_page: KonzeptStartPage) -> str:
    handlungsfelder = list(public_handlungsfelder(start_page).prefetch_related("tags"))
    massnahmen = sammeln(public_handlungsfelder(start_page))
    beschluss = beschluss_der_version(start_page)
    return render_to_string(
        "handlungsfelder/pdf/konzept.html",
        {
            "start_page": start_page,
            "kontakt": start_page.kontakt,
            "handlungsfelder": handlungsfelder,
            "fortschritte": fortschritt(handlungsfelder, massnahmen),
            "beschlossen_am": beschluss.datum if beschluss else None,
            "stand": stand(start_page),
        },
        request=request,
    )


def render_pdf(request, start_page: KonzeptStartPage) -> bytes:
    from weasyprint import CSS, HTML

    html = HTML(
        string=render_html(request, start_page), base_url=request.build_absolute_uri("/"), url_fetcher=_local_files
    )
    return html.write_pdf(stylesheets=[CSS(filename=finders.find(STYLESHEET))])


def konzept_pdf(request, start_page: KonzeptStartPage) -> bytes:
    """The cached PDF of the published state, rendered on the first request after a change."""
    key = cache_key(start_page)
    pdf = cache.get(key)
    if pdf is None:
        pdf = render_pdf(request, start_page)
        cache.set(key, pdf, CACHE_TIMEOUT)
    return pdf
