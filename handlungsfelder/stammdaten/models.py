"""Reference data that pages point to: contact, regions, service providers, schools and actors."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .choices import AkteurArt, Schulart

KONZEPT_PANEL = FieldPanel("konzept", permission="superuser")


class KonzeptGebunden(models.Model):
    """Reference data of one concept when an installation holds several: empty for the concept of the
    installation-wide roles (the county's), else the start page of the concept with its own roles."""

    konzept = models.ForeignKey(
        "handlungsfelder.KonzeptStartPage",
        verbose_name=_("IT-Konzept"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Leer lassen für das IT-Konzept des Landkreises; sonst das eigene IT-Konzept einer Kommune."),
    )

    class Meta:
        abstract = True


class Kontakt(TranslatableMixin, index.Indexed, KonzeptGebunden):
    """The contact person for the concept, shown on the start page and in the footer."""

    name = models.CharField(_("Name"), max_length=200, help_text=_("Vor- und Nachname."))
    funktion = models.CharField(
        _("Funktion"), max_length=200, blank=True, help_text=_("z. B. „Projektleitung IT-Konzept“.")
    )
    organisation = models.CharField(
        _("Organisation"), max_length=200, help_text=_("z. B. „Landratsamt, Sachgebiet Schulen“.")
    )
    anschrift = models.TextField(_("Anschrift"), help_text=_("Straße, PLZ und Ort, eine Angabe pro Zeile."))
    telefon = models.CharField(_("Telefon"), max_length=50, blank=True, help_text=_("Mit Vorwahl."))
    email = models.EmailField(_("E-Mail"), blank=True, help_text=_("Öffentliche Kontaktadresse."))

    panels = [
        FieldPanel("name"),
        FieldPanel("funktion"),
        FieldPanel("organisation"),
        FieldPanel("anschrift"),
        FieldPanel("telefon"),
        FieldPanel("email"),
        KONZEPT_PANEL,
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    translatable_fields = [
        SynchronizedField("konzept"),
        SynchronizedField("name"),
        TranslatableField("funktion"),
        TranslatableField("organisation"),
        SynchronizedField("anschrift"),
        SynchronizedField("telefon"),
        SynchronizedField("email"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Kontaktperson")
        verbose_name_plural = _("Kontaktpersonen")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Region(KonzeptGebunden):
    """A support region of the county; each has one contracted IT service provider."""

    name = models.CharField(_("Name"), max_length=100, unique=True, help_text=_("z. B. „Weilheim“."))
    slug = models.SlugField(_("Kurzname"), unique=True, help_text=_("Für Adressen, z. B. „weilheim“."))

    panels = [FieldPanel("name"), FieldPanel("slug"), KONZEPT_PANEL]

    class Meta:
        verbose_name = _("Supportregion")
        verbose_name_plural = _("Supportregionen")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Dienstleister(index.Indexed, KonzeptGebunden):
    """The IT service company contracted for on-site support in one region (2nd level)."""

    name = models.CharField(_("Name"), max_length=200, help_text=_("Firmenname."))
    region = models.ForeignKey(
        Region,
        verbose_name=_("Region"),
        on_delete=models.PROTECT,
        related_name="dienstleister",
        help_text=_("Die Region, für die der Vertrag gilt."),
    )
    anschrift = models.TextField(_("Anschrift"), blank=True, help_text=_("Straße, PLZ und Ort."))
    telefon = models.CharField(_("Telefon (Hotline)"), max_length=50, blank=True, help_text=_("Support-Hotline."))
    email = models.EmailField(_("E-Mail"), blank=True, help_text=_("Adresse des Ticketsystems."))
    servicezeiten = models.CharField(
        _("Servicezeiten"), max_length=200, blank=True, help_text=_("z. B. „Mo–Fr 7:30–16:30 Uhr“.")
    )
    vertrag_seit = models.DateField(_("Vertrag seit"), null=True, blank=True, help_text=_("Beginn des Vertrags."))

    panels = [
        FieldPanel("name"),
        FieldPanel("region"),
        MultiFieldPanel(
            [FieldPanel("anschrift"), FieldPanel("telefon"), FieldPanel("email"), FieldPanel("servicezeiten")],
            heading=_("Erreichbarkeit"),
        ),
        FieldPanel("vertrag_seit"),
        KONZEPT_PANEL,
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("Dienstleister")
        verbose_name_plural = _("Dienstleister")
        ordering = ["region__name", "name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.region})"


class Schule(TranslatableMixin, index.Indexed, KonzeptGebunden):
    """A school for which the county is Sachaufwandsträger."""

    name = models.CharField(_("Name"), max_length=200, help_text=_("Vollständiger Name der Schule."))
    kurzname = models.CharField(
        _("Kurzname"), max_length=80, help_text=_("Für Tabellen und Listen, z. B. „Gymnasium Penzberg“.")
    )
    slug = models.SlugField(_("Kurzadresse"), max_length=80, help_text=_("Für Adressen, z. B. „gymnasium-penzberg“."))
    schulart = models.CharField(_("Schulart"), max_length=30, choices=Schulart.choices, help_text=_("Schulart."))
    ort = models.CharField(_("Ort"), max_length=100, help_text=_("Schulort, z. B. „Weilheim i. OB“."))
    region = models.ForeignKey(
        Region,
        verbose_name=_("Supportregion"),
        on_delete=models.PROTECT,
        related_name="schulen",
        help_text=_("Bestimmt den zuständigen IT-Dienstleister."),
    )
    website = models.URLField(_("Website"), blank=True, help_text=_("Öffentliche Website der Schule."))

    panels = [
        FieldPanel("name"),
        FieldPanel("kurzname"),
        FieldPanel("slug"),
        FieldPanel("schulart"),
        FieldPanel("ort"),
        FieldPanel("region"),
        FieldPanel("website"),
        KONZEPT_PANEL,
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("ort"),
        index.FilterField("schulart"),
    ]
    translatable_fields = [
        SynchronizedField("konzept"),
        TranslatableField("name"),
        TranslatableField("kurzname"),
        SynchronizedField("slug"),
        SynchronizedField("schulart"),
        SynchronizedField("ort"),
        SynchronizedField("region"),
        SynchronizedField("website"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Schule")
        verbose_name_plural = _("Schulen")
        ordering = ["schulart", "ort", "name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self) -> str:
        return self.kurzname


class Akteur(TranslatableMixin, index.Indexed, KonzeptGebunden):
    """A role that carries responsibility in the concept (Landkreis-IT, Systembetreuung, ...)."""

    name = models.CharField(_("Bezeichnung"), max_length=200, help_text=_("z. B. „IT-Abteilung des Landkreises“."))
    kurzname = models.CharField(
        _("Kurzbezeichnung"), max_length=60, blank=True, help_text=_("Abkürzung für Tabellen, z. B. „MIB“.")
    )
    art = models.CharField(_("Art"), max_length=30, choices=AkteurArt.choices, help_text=_("Art der Stelle."))
    beschreibung = models.TextField(
        _("Beschreibung"), blank=True, help_text=_("Wofür diese Stelle im IT-Konzept steht.")
    )

    panels = [FieldPanel("name"), FieldPanel("kurzname"), FieldPanel("art"), FieldPanel("beschreibung"), KONZEPT_PANEL]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    translatable_fields = [
        SynchronizedField("konzept"),
        TranslatableField("name"),
        TranslatableField("kurzname"),
        SynchronizedField("art"),
        TranslatableField("beschreibung"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Akteur/Rolle")
        verbose_name_plural = _("Akteure/Rollen")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
