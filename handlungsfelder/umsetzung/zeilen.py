"""The overview's table rows, rendered once per change of the public state and stored (`konzept.darstellung`).

Rendering each Maßnahme's links, status and schools was most of what a cold /umsetzung/ cost, and it grows with the
concept; a request now filters and sorts the Maßnahmen and joins their stored rows.
"""

from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe

from ..konzept.darstellung import mit_rahmen, schluessel
from ..konzept.queries import public_handlungsfelder
from .massnahmen import Massnahme, sammeln

TEMPLATE = "handlungsfelder/umsetzung/zeile.html"


def _schluessel(massnahme: Massnahme) -> str:
    """Block ids are unique within a page only (a copied page keeps them)."""
    return f"{massnahme.handlungsfeld.pk}:{massnahme.block_id}"


def _rendern(request, massnahme: Massnahme) -> str:
    return render_to_string(TEMPLATE, {"m": massnahme}, request)


def zeilen(request, start_page, massnahmen: list[Massnahme]) -> list[SafeString]:
    """The rows of `massnahmen`, in their order. The stored rows are built from what the database holds after the
    generation was read (so they are never newer-stamped than their data); a row the stored set lacks, because a
    change committed in between, is rendered for this request."""
    eigener = schluessel(request, "umsetzung-zeilen", start_page.pk)

    def bauen() -> dict:
        return {_schluessel(m): _rendern(request, m) for m in sammeln(public_handlungsfelder(start_page))}

    gespeichert = mit_rahmen(request, {eigener: bauen})[eigener]
    # Stored output of this module's own template, escaped when it was rendered.
    return [mark_safe(gespeichert.get(_schluessel(m)) or _rendern(request, m)) for m in massnahmen]
