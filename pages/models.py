"""Host-site pages (Impressum, Datenschutz, Barrierefreiheit, other content) and the footer's legal links."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from handlungsfelder.konzept.blocks import TextStreamBlock
from handlungsfelder.models import KonzeptSeite


class ContentPage(KonzeptSeite):
    """A general page below a concept (legal texts and the like), under the concept's approval workflow."""

    body = StreamField(TextStreamBlock(), verbose_name=_("Inhalt"), help_text=_("Der Text der Seite."))

    content_panels = [*Page.content_panels, FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    translatable_fields = [*KonzeptSeite.translatable_fields, TranslatableField("body")]

    parent_page_types = ["handlungsfelder.KonzeptStartPage", "pages.ContentPage"]
    subpage_types = ["pages.ContentPage"]

    class Meta:
        verbose_name = _("Inhaltsseite")
        verbose_name_plural = _("Inhaltsseiten")


def _legal_page(verbose_name: str) -> models.ForeignKey:
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Wird in der Fußzeile jeder Seite verlinkt."),
    )


@register_setting(icon="doc-full")
class RechtlicheSeiten(BaseSiteSetting):
    """The legal pages every German public body must link from each page."""

    impressum = _legal_page(_("Impressum"))
    datenschutz = _legal_page(_("Datenschutzerklärung"))
    barrierefreiheit = _legal_page(_("Erklärung zur Barrierefreiheit"))

    select_related = ["impressum", "datenschutz", "barrierefreiheit"]
    panels = [FieldPanel("impressum"), FieldPanel("datenschutz"), FieldPanel("barrierefreiheit")]

    class Meta:
        verbose_name = _("Rechtliche Seiten")
