"""The Sachstandsbericht as HTML (the PDF's source and the admin preview) and as a PDF in the concept's layout."""

from django.template.loader import render_to_string
from django.utils import translation

from ..pdf.rendering import html_to_pdf
from .bericht import Bericht

STYLESHEET = "handlungsfelder/css/sachstand-pdf.css"


def kontext(bericht: Bericht) -> dict:
    return {"bericht": bericht, "kontakt": bericht.start_page.kontakt}


def render_html(bericht: Bericht) -> str:
    with translation.override(bericht.start_page.locale.language_code):
        return render_to_string("handlungsfelder/sachstand/bericht_pdf.html", kontext(bericht))


def render_pdf(bericht: Bericht) -> bytes:
    return html_to_pdf(render_html(bericht), bericht.start_page, extra_stylesheets=(STYLESHEET,))
