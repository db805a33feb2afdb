"""Vocabulary of the approval process."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class BeratungsErgebnis(models.TextChoices):
    OFFEN = "offen", _("noch offen")
    ANGENOMMEN = "angenommen", _("angenommen")
    ABGELEHNT = "abgelehnt", _("abgelehnt")
