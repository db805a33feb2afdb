"""The plugin's models, defined in its feature packages and collected here, where Django looks for them."""

from .abonnements.models import Abonnement
from .bereiche.models import Konzeptrollen
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
from .sprachen.models import SchlagwortUebersetzung
from .stammdaten.models import Akteur, Dienstleister, Kontakt, Region, Schule
from .versionen.models import Konzeptversion, KonzeptversionSeite, Veroeffentlichung
from .vorlage.models import KonzeptHerkunft, SeitenHerkunft

__all__ = [
    "Abonnement",
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
    "KonzeptHerkunft",
    "KonzeptPdf",
    "Konzeptrollen",
    "Konzeptversion",
    "KonzeptversionSeite",
    "Massnahmenzaehler",
    "Region",
    "SchlagwortUebersetzung",
    "Schule",
    "SeitenHerkunft",
    "SitzungIndexPage",
    "SitzungPage",
    "Veroeffentlichung",
    "VierAugenFreigabeTask",
    "Vorschlagsberatung",
]
