"""The roles of a concept that has its own: four groups and a workflow, scoped to its start page's tree."""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import Collection, Workflow


class Konzeptrollen(models.Model):
    """A concept's own groups, workflow and collection. A concept without this row (the county's) uses the
    installation-wide groups "Systembetreuer", "Arbeitsgruppe", "Redaktion" and "Übersetzung" and the root
    collection."""

    start_page = models.OneToOneField(
        "handlungsfelder.KonzeptStartPage",
        verbose_name=_("IT-Konzept"),
        on_delete=models.CASCADE,
        related_name="eigene_rollen",
    )
    systembetreuer = models.OneToOneField(
        Group, verbose_name=_("Systembetreuer"), on_delete=models.PROTECT, related_name="+"
    )
    arbeitsgruppe = models.OneToOneField(
        Group, verbose_name=_("Arbeitsgruppe"), on_delete=models.PROTECT, related_name="+"
    )
    redaktion = models.OneToOneField(Group, verbose_name=_("Redaktion"), on_delete=models.PROTECT, related_name="+")
    uebersetzung = models.OneToOneField(
        Group, verbose_name=_("Übersetzung"), on_delete=models.PROTECT, related_name="+"
    )
    workflow = models.OneToOneField(
        Workflow, verbose_name=_("Freigabeprozess"), on_delete=models.PROTECT, related_name="+"
    )
    sammlung = models.OneToOneField(
        Collection,
        verbose_name=_("Sammlung für Dokumente und Bilder"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Die Gruppen des Konzepts wählen und pflegen Dokumente und Bilder nur hier."),
    )

    class Meta:
        verbose_name = _("Rollen eines IT-Konzepts")
        verbose_name_plural = _("Rollen der IT-Konzepte")

    def __str__(self) -> str:
        return str(self.start_page)
