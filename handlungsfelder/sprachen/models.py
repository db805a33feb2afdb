"""Translations of the concept's tags: django-taggit keeps one row per name for every language, and
wagtail-localize translates only objects of a locale, so a tag's name in another language is a row of its own."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel


class SchlagwortUebersetzung(models.Model):
    """A tag's name in one language other than the concept's own (the tag's name is the German one)."""

    tag = models.ForeignKey(
        "taggit.Tag",
        verbose_name=_("Schlagwort"),
        on_delete=models.CASCADE,
        related_name="uebersetzungen",
        help_text=_("Das Schlagwort, wie es an den Handlungsfeldern steht."),
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        verbose_name=_("Sprache"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Die Sprache der Übersetzung."),
    )
    name = models.CharField(
        _("Übersetzung"), max_length=100, help_text=_("So heißt das Schlagwort in dieser Sprache, z. B. „Network“.")
    )

    panels = [FieldPanel("tag"), FieldPanel("locale"), FieldPanel("name")]

    class Meta:
        verbose_name = _("Übersetzung eines Schlagworts")
        verbose_name_plural = _("Übersetzungen der Schlagwörter")
        ordering = ["tag__name"]
        constraints = [
            models.UniqueConstraint(fields=["tag", "locale"], name="handlungsfelder_schlagwort_einmal_je_sprache")
        ]

    def __str__(self) -> str:
        return f"{self.tag.name} → {self.name}"
