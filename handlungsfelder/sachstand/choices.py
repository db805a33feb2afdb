"""What happened to a Maßnahme between two report dates, in the order the report lists the changes."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Aenderung(models.TextChoices):
    UMGESETZT = "umgesetzt", _("Neu umgesetzt")
    BEGONNEN = "begonnen", _("Begonnen (in Umsetzung)")
    ZURUECKGESTELLT = "zurueckgestellt", _("Zurückgestellt")
    STATUS = "status", _("Sonstige Statusänderung")
    NEU = "neu", _("Neue Maßnahme")
    ENTFALLEN = "entfallen", _("Entfallen")
