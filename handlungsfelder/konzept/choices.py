"""Fixed vocabularies of the concept's content; stored values are stable keys, labels are German."""

from django.db import models
from django.utils.translation import gettext_lazy as _


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
