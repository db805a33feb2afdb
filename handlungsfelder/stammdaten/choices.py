"""Vocabularies of the reference data; stored values are stable keys, labels are German."""

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


class AkteurArt(models.TextChoices):
    SACHAUFWANDSTRAEGER = "sachaufwandstraeger", _("Sachaufwandsträger / Landkreis")
    SCHULE = "schule", _("Schule")
    DIENSTLEISTER = "dienstleister", _("Externer Dienstleister")
    STAAT = "staat", _("Staatliche Stelle")
    GREMIUM = "gremium", _("Gremium")
