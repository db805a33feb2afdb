"""Models of the IT-Konzept plugin, re-exported for `handlungsfelder.models.X` imports."""

from .pages import (
    BeschlussIndexPage,
    BeschlussPage,
    HandlungsfeldIndexPage,
    HandlungsfeldPage,
    HandlungsfeldPageTag,
    KonzeptStartPage,
    KonzeptTeil,
    SitzungIndexPage,
    SitzungPage,
)
from .snippets import Akteur, Dienstleister, Kontakt, Region, Schule

__all__ = [
    "Akteur",
    "BeschlussIndexPage",
    "BeschlussPage",
    "Dienstleister",
    "HandlungsfeldIndexPage",
    "HandlungsfeldPage",
    "HandlungsfeldPageTag",
    "Kontakt",
    "KonzeptStartPage",
    "KonzeptTeil",
    "Region",
    "Schule",
    "SitzungIndexPage",
    "SitzungPage",
]
