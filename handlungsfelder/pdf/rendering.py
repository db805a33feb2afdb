"""The concept as one PDF (WeasyPrint): cover, table of contents, every Handlungsfeld, contact.

Rendered without a request, by the background worker: the language comes from the concept's locale, links are made
absolute against the concept's site. Tagged as PDF/UA-1 (structure, language, title, bookmarks), as BITV 2.0 asks of
a public body's documents.
"""

import mimetypes
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urljoin

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.dateformat import format as date_format
from django.utils.translation import gettext

from ..konzept.models import HandlungsfeldPage, KonzeptStartPage
from ..konzept.rahmen import ergaenzen
from ..umsetzung.massnahmen import fortschritt, sammeln_aus

STYLESHEET = "handlungsfelder/css/konzept-pdf.css"
# Tags, document language, title shown by the viewer, the PDF/UA identifier in the metadata.
PDF_VARIANT = "pdf/ua-1"


@dataclass(frozen=True)
class Fassung:
    """What one PDF shows: the concept's start page and Handlungsfelder in one state, and the cover's facts."""

    start_page: KonzeptStartPage
    handlungsfelder: list[HandlungsfeldPage]
    version: str
    beschlossen_am: date | None
    in_kraft: date | None
    stand: datetime | None
    eingefroren: bool = False
    # Published changes since the version was recorded: the cover then calls the document a reading version.
    seither_geaendert: bool = False

    @property
    def geltung(self) -> str:
        """e.g. "beschlossen am 22.04.2024, in Kraft ab 01.09.2024", in the language being rendered; each part kept
        on one line, so a date never starts a line alone."""
        angaben = []
        if self.beschlossen_am:
            angaben.append(gettext("beschlossen am %(datum)s") % {"datum": date_format(self.beschlossen_am, "d.m.Y")})
        if self.in_kraft:
            angaben.append(gettext("in Kraft ab %(datum)s") % {"datum": date_format(self.in_kraft, "d.m.Y")})
        return ", ".join(angabe.replace(" ", "\N{NO-BREAK SPACE}") for angabe in angaben)


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


def base_url(start_page: KonzeptStartPage) -> str:
    """The address relative links in the PDF resolve against: the concept's site, or the configured public address
    when the concept is the default site (a development or single-site installation)."""
    site = start_page.get_site()
    configured = getattr(settings, "WAGTAILADMIN_BASE_URL", "")
    if site is None or (site.is_default_site and configured):
        return urljoin(configured, "/")
    return urljoin(site.root_url, "/")


def render_html(fassung: Fassung) -> str:
    start_page = fassung.start_page
    with translation.override(start_page.locale.language_code):
        return render_to_string(
            "handlungsfelder/pdf/konzept.html",
            {
                "start_page": start_page,
                "fassung": fassung,
                "kontakt": start_page.kontakt_in_sprache(),
                "handlungsfelder": fassung.handlungsfelder,
                "fortschritte": fortschritt(fassung.handlungsfelder, sammeln_aus(fassung.handlungsfelder)),
                "rahmen": ergaenzen(None, start_page, {}),
            },
        )


def render_pdf(fassung: Fassung) -> bytes:
    return html_to_pdf(render_html(fassung), fassung.start_page)


def html_to_pdf(html: str, start_page: KonzeptStartPage, extra_stylesheets: tuple[str, ...] = ()) -> bytes:
    """A document in the concept's layout: its stylesheet first, then any static stylesheet of a document type."""
    from weasyprint import CSS, HTML

    document = HTML(string=html, base_url=base_url(start_page), url_fetcher=_local_files)
    stylesheets = [CSS(filename=finders.find(name)) for name in (STYLESHEET, *extra_stylesheets)]
    return document.write_pdf(stylesheets=stylesheets, pdf_variant=PDF_VARIANT)
