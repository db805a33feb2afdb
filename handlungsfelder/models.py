"""The plugin's models, defined in its feature packages and collected here, where Django looks for them."""

from .freigabe.models import Aenderungsnotiz, VierAugenFreigabeTask, Vorschlagsberatung
from .konzept.darstellung import Darstellung
from .konzept.models import (
    BeschlussIndexPage,
    BeschlussPage,
    HandlungsfeldIndexPage,
    HandlungsfeldPage,
    HandlungsfeldPageTag,
    KonzeptIndexPage,
    KonzeptSeite,
    KonzeptStartPage,
    SitzungIndexPage,
    SitzungPage,
)
from .konzept.nummern import Massnahmenzaehler
from .pdf.models import KonzeptPdf
from .stammdaten.models import Akteur, Dienstleister, Kontakt, Region, Schule
from .versionen.models import Konzeptversion, KonzeptversionSeite, Veroeffentlichung

__all__ = [
    "Aenderungsnotiz",
    "Akteur",
    "BeschlussIndexPage",
    "BeschlussPage",
    "Darstellung",
    "Dienstleister",
    "HandlungsfeldIndexPage",
    "HandlungsfeldPage",
    "HandlungsfeldPageTag",
    "Kontakt",
    "KonzeptIndexPage",
    "KonzeptSeite",
    "KonzeptStartPage",
    "KonzeptPdf",
    "Konzeptversion",
    "KonzeptversionSeite",
    "Massnahmenzaehler",
    "Region",
    "Schule",
    "SitzungIndexPage",
    "SitzungPage",
    "Veroeffentlichung",
    "VierAugenFreigabeTask",
    "Vorschlagsberatung",
]
