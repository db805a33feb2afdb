"""The built PDFs: the current state of each concept and language, and one frozen PDF per adopted concept version.

Kept in the database, not in a cache or on disk, so every application server serves the same file the one worker
built, a restart loses nothing and a backup holds what the public downloaded.
"""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from ..versionen.models import Konzeptversion


class KonzeptPdf(models.Model):
    konzept = models.ForeignKey(Page, verbose_name=_("Konzept"), on_delete=models.CASCADE, related_name="+")
    # Empty for the current state; set for the frozen PDF of an adopted version, built once.
    konzeptversion = models.OneToOneField(
        Konzeptversion,
        verbose_name=_("Konzeptversion"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="pdf",
    )
    inhalt = models.BinaryField(_("PDF"), blank=True, default=b"")
    stand = models.DateTimeField(_("Stand"), null=True, blank=True)
    # A change at `angefordert_am` is in the file when the build began after it.
    angefordert_am = models.DateTimeField(_("Angefordert am"), default=timezone.now)
    begonnen_am = models.DateTimeField(_("Erstellung begonnen am"), null=True, blank=True)
    erstellt_am = models.DateTimeField(_("Erstellt am"), null=True, blank=True)
    dauer = models.DurationField(_("Dauer der Erstellung"), null=True, blank=True)
    fehlgeschlagen_am = models.DateTimeField(_("Zuletzt fehlgeschlagen am"), null=True, blank=True)

    class Meta:
        verbose_name = _("PDF des IT-Konzepts")
        verbose_name_plural = _("PDFs des IT-Konzepts")
        constraints = [
            models.UniqueConstraint(
                fields=["konzept"], condition=Q(konzeptversion__isnull=True), name="ein_aktuelles_pdf_je_konzept"
            )
        ]

    def __str__(self) -> str:
        return f"PDF {self.konzeptversion or self.konzept}"

    @property
    def vorhanden(self) -> bool:
        return bool(self.inhalt)

    @property
    def aktuell(self) -> bool:
        """Built after the last change it was asked for (a frozen version never changes)."""
        return self.begonnen_am is not None and self.begonnen_am >= self.angefordert_am
