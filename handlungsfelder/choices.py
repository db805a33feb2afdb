"""Fixed vocabularies of the concept; stored values are stable keys, labels are German."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Schulart(models.TextChoices):
    GYMNASIUM = "gymnasium", _("Gymnasium")
    REALSCHULE = "realschule", _("Realschule")
    BERUFLICHE_SCHULE = "berufliche_schule", _("Berufliche Schule")
    FOS_BOS = "fos_bos", _("Fachoberschule/Berufsoberschule")
    FOERDERZENTRUM = "foerderzentrum", _("Sonderpädagogisches Förderzentrum")
    MITTELSCHULE = "mittelschule", _("Mittelschule")
    GRUNDSCHULE = "grundschule", _("Grundschule")
    SONSTIGE = "sonstige", _("Sonstige Einrichtung")


class MassnahmeStatus(models.TextChoices):
    GEPLANT = "geplant", _("geplant")
    IN_UMSETZUNG = "in_umsetzung", _("in Umsetzung")
    UMGESETZT = "umgesetzt", _("umgesetzt")
    ZURUECKGESTELLT = "zurueckgestellt", _("zurückgestellt")


class SupportStufe(models.TextChoices):
    FIRST = "1", _("1st Level")
    SECOND = "2", _("2nd Level")
    THIRD = "3", _("3rd Level")


class HinweisArt(models.TextChoices):
    INFO = "info", _("Hinweis")
    WARNUNG = "warnung", _("Warnung")
    WICHTIG = "wichtig", _("Wichtig")


class Gremium(models.TextChoices):
    KREIS_UND_SCHULAUSSCHUSS = "kreis_und_schulausschuss", _("Kreis- und Schulausschuss")
    KREISAUSSCHUSS = "kreisausschuss", _("Kreisausschuss")
    SCHULAUSSCHUSS = "schulausschuss", _("Schulausschuss")
    KREISTAG = "kreistag", _("Kreistag")


class AkteurArt(models.TextChoices):
    SACHAUFWANDSTRAEGER = "sachaufwandstraeger", _("Sachaufwandsträger / Landkreis")
    SCHULE = "schule", _("Schule")
    DIENSTLEISTER = "dienstleister", _("Externer Dienstleister")
    STAAT = "staat", _("Staatliche Stelle")
    GREMIUM = "gremium", _("Gremium")


class BeratungsErgebnis(models.TextChoices):
    OFFEN = "offen", _("noch offen")
    ANGENOMMEN = "angenommen", _("angenommen")
    ABGELEHNT = "abgelehnt", _("abgelehnt")
