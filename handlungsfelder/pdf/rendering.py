"""The whole published concept as one PDF (WeasyPrint): cover, table of contents, every Handlungsfeld, contact."""

import mimetypes
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string

from ..konzept.models import KonzeptStartPage
from ..konzept.queries import beschluss_der_version, public_handlungsfelder, stand
from ..umsetzung.massnahmen import fortschritt, sammeln

STYLESHEET = "handlungsfelder/css/konzept-pdf.css"


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
