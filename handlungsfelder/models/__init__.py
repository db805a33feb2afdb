"""Models of the IT-Konzept plugin, re-exported for `handlungsfelder.models.X` imports."""

from .moderation import Aenderungsnotiz, VierAugenFreigabeTask, Vorschlagsberatung
from .pages import (
    BeschlussIndexPage,
    BeschlussPage,
    FreigabeMixin,
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
    "Aenderungsnotiz",
    "Akteur",
    "BeschlussIndexPage",
    "BeschlussPage",
    "Dienstleister",
    "FreigabeMixin",
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
    "VierAugenFreigabeTask",
    "Vorschlagsberatung",
]
