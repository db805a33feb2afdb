"""Where an adopted concept and each of its pages came from: shown to readers, and the base for following the
source's later changes."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page, Revision


class KonzeptHerkunft(models.Model):
    """The concept and version a municipality's concept was made from. The source's title, version and date are
    kept as text, so the notice stays true when the source is later renamed or deleted."""

    start_page = models.OneToOneField(
        "handlungsfelder.KonzeptStartPage", on_delete=models.CASCADE, related_name="herkunft"
    )
    quelle = models.ForeignKey(
        "handlungsfelder.KonzeptStartPage",
        verbose_name=_("Vorlage"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    quelle_titel = models.CharField(_("Titel der Vorlage"), max_length=255)
    version = models.ForeignKey(
        "handlungsfelder.Konzeptversion",
        verbose_name=_("Version der Vorlage"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    version_nummer = models.CharField(_("Versionsnummer"), max_length=20, blank=True)
    version_datum = models.DateField(_("Beschlossen am"), null=True, blank=True)
    uebernommen_am = models.DateTimeField(_("Übernommen am"), default=timezone.now)
    uebernommen_von = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("Herkunft eines IT-Konzepts")
        verbose_name_plural = _("Herkunft der IT-Konzepte")

    def __str__(self) -> str:
        return self.quelle_titel


class SeitenHerkunft(models.Model):
    """One adopted page and the source revision its content was last brought level with (at the adoption or the
    last take-over): the common base when the source changed since."""

    page = models.OneToOneField(Page, on_delete=models.CASCADE, related_name="+")
    quelle = models.ForeignKey(Page, null=True, on_delete=models.SET_NULL, related_name="+")
    quelle_revision = models.ForeignKey(Revision, null=True, on_delete=models.SET_NULL, related_name="+")
    abgeglichen_am = models.DateTimeField(_("Abgeglichen am"), default=timezone.now)

    class Meta:
        verbose_name = _("Herkunft einer Seite")
        verbose_name_plural = _("Herkunft der Seiten")

    def __str__(self) -> str:
        return str(self.page)
