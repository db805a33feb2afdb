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
from .versionen import Konzeptversion, KonzeptversionSeite, Veroeffentlichung

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
    "Konzeptversion",
    "KonzeptversionSeite",
    "KonzeptTeil",
    "Region",
    "Schule",
    "SitzungIndexPage",
    "SitzungPage",
    "Veroeffentlichung",
    "VierAugenFreigabeTask",
    "Vorschlagsberatung",
]
