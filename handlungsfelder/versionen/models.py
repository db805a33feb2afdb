"""Public version history: a record of every publication, and concept versions adopted by the committee."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page, Revision


class Veroeffentlichung(models.Model):
    """One publication of a page revision, with its change note and approval trail frozen at that moment.

    Only what was published is recorded here, so drafts, rejected proposals and revisions in moderation
    can never reach the public history.
    """

    page = models.ForeignKey(Page, verbose_name=_("Seite"), on_delete=models.CASCADE, related_name="+")
    revision = models.ForeignKey(Revision, verbose_name=_("Revision"), on_delete=models.CASCADE, related_name="+")
    veroeffentlicht_am = models.DateTimeField(_("Veröffentlicht am"), default=timezone.now, db_index=True)
    veroeffentlicht_von = models.CharField(_("Veröffentlicht von"), max_length=200, blank=True)
    aenderungsgrund = models.TextField(_("Änderungsgrund"), blank=True)
    freigaben = models.JSONField(
        _("Freigaben"),
        default=list,
        blank=True,
        help_text=_("Liste der Freigabeschritte: Schritt, Person, Datum; bei einem Sitzungsbeschluss die Sitzung."),
    )
    inhaltlich_geaendert = models.BooleanField(
        _("Inhaltlich geändert"),
        default=True,
        help_text=_("Nein, wenn die Fassung am sichtbaren Text nichts ändert; sie erscheint dann nicht als Version."),
    )

    class Meta:
        verbose_name = _("Veröffentlichung")
        verbose_name_plural = _("Veröffentlichungen")
        ordering = ["-veroeffentlicht_am", "-pk"]
        indexes = [models.Index(fields=["page", "-veroeffentlicht_am"])]

    def __str__(self) -> str:
        return f"{self.page} ({self.veroeffentlicht_am:%d.%m.%Y})"


# Words of the version addresses: `…/vergleich/aktuell/` compares with today, `/versionen/vergleich/` is the picker.
RESERVIERTE_NUMMERN = {"aktuell", "vergleich"}


class Konzeptversion(models.Model):
    """A version of the whole concept adopted by a committee; it freezes the live revision of every concept page."""

    konzept = models.ForeignKey(
        "handlungsfelder.KonzeptStartPage",
        verbose_name=_("IT-Konzept"),
        on_delete=models.CASCADE,
        related_name="versionen",
        help_text=_("Das Konzept, dessen veröffentlichter Stand festgehalten wird."),
    )
    nummer = models.CharField(_("Versionsnummer"), max_length=20, help_text=_("z. B. „2.1“."))
    beschlossen_am = models.DateField(_("Beschlossen am"), help_text=_("Datum des Ausschussbeschlusses."))
    gremium = models.CharField(
        _("Gremium"), max_length=200, default="Kreis- und Schulausschuss", help_text=_("Wer beschlossen hat.")
    )
    beschluss_referenz = models.CharField(
        _("Beschlussreferenz"),
        max_length=200,
        blank=True,
        help_text=_("Aktenzeichen oder Tagesordnungspunkt, z. B. „KSA 05.08.2019, TOP 4“."),
    )
    beschluss = models.ForeignKey(
        "handlungsfelder.BeschlussPage",
        verbose_name=_("Beschluss (Sitzungsprotokoll)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Die Seite mit dem Beschluss."),
    )
    in_kraft_ab = models.DateField(_("In Kraft ab"), help_text=_("Kann nach dem Beschlussdatum liegen."))
    veroeffentlicht_am = models.DateTimeField(
        _("Festgehalten am"), default=timezone.now, help_text=_("Zeitpunkt, zu dem der Stand festgehalten wurde.")
    )

    panels = [
        FieldPanel("konzept"),
        FieldPanel("nummer"),
        MultiFieldPanel(
            [
                FieldPanel("beschlossen_am"),
                FieldPanel("gremium"),
                FieldPanel("beschluss_referenz"),
                FieldPanel("beschluss"),
            ],
            heading=_("Beschluss"),
        ),
        FieldPanel("in_kraft_ab"),
    ]

    class Meta:
        verbose_name = _("Konzeptversion")
        verbose_name_plural = _("Konzeptversionen")
        ordering = ["-beschlossen_am", "-pk"]
        constraints = [models.UniqueConstraint(fields=["konzept", "nummer"], name="versionsnummer_eindeutig")]

    def __str__(self) -> str:
        return f"Version {self.nummer}"

    def save(self, *args, **kwargs):
        is_new = self._state.adding
        super().save(*args, **kwargs)
        if is_new:
            self.einfrieren()

    def clean(self):
        """The number is part of addresses (`/versionen/<nummer>/vergleich/<neu>/`), where these words have a meaning
        of their own."""
        super().clean()
        if self.nummer.strip().casefold() in RESERVIERTE_NUMMERN:
            raise ValidationError(
                {
                    "nummer": _("„%(nummer)s“ ist in den Adressen der Versionen vergeben; bitte eine Nummer wie „2.1“.")
                    % {"nummer": self.nummer}
                }
            )

    def einfrieren(self) -> int:
        """Record the live revision of every live page of the concept; returns the number of pages."""
        pages = (
            Page.objects.live()
            .descendant_of(self.konzept, inclusive=True)
            .exclude(live_revision__isnull=True)
            .values_list("pk", "live_revision_id")
        )
        KonzeptversionSeite.objects.bulk_create(
            [KonzeptversionSeite(version=self, page_id=pk, revision_id=revision_id) for pk, revision_id in pages]
        )
        return len(pages)


class KonzeptversionSeite(models.Model):
    """The revision of one page as it stood in a concept version."""

    version = models.ForeignKey(Konzeptversion, on_delete=models.CASCADE, related_name="seiten")
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    revision = models.ForeignKey(Revision, on_delete=models.CASCADE, related_name="+")

    class Meta:
        verbose_name = _("Seite einer Konzeptversion")
        verbose_name_plural = _("Seiten einer Konzeptversion")
        constraints = [models.UniqueConstraint(fields=["version", "page"], name="seite_einmal_je_version")]

    def __str__(self) -> str:
        return f"{self.version}: {self.page}"
