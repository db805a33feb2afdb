"""The concept's page tree: start page > Handlungsfeld index > Handlungsfeld, plus working-group records."""

import datetime
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, Revision
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..freigabe.mixins import FreigabeMixin
from ..freigabe.sitzung import beratene_vorschlaege
from ..freigabe.sitzung_panel import TagesordnungPanel
from ..sprachen.mixins import UebersetzungsFallbackMixin
from ..sprachen.schlagwoerter import bezeichnungen, eintraege
from ..suche.mixins import SUCHSTAEMME, SuchstammMixin
from ..versionen.mixins import VersionsgeschichteMixin
from .bezuege import massnahmen_bezuege
from .blocks import (
    AllgemeinesStreamBlock,
    BetriebsmodellStreamBlock,
    TagesordnungspunktBlock,
    TeilnahmeBlock,
    TextStreamBlock,
    UmsetzungsplanStreamBlock,
    ZustaendigkeitenStreamBlock,
)
from .choices import Gremium
from .darstellung import lese_url, mit_rahmen, schluessel
from .nummern import KUERZEL_LAENGE, seite_nummerieren
from .routing import UrlPfadRoutingMixin
from .sichtbarkeit import SichtbarkeitMixin, oeffentlich

START_PAGE_EXTRA_SUBPAGE_TYPES = list(getattr(settings, "HANDLUNGSFELDER_START_PAGE_EXTRA_SUBPAGE_TYPES", []))
INTRO_FEATURES = ["bold", "italic", "link"]
STREAM_TEMPLATE = "handlungsfelder/includes/stream.html"


class KonzeptSeite(SichtbarkeitMixin, FreigabeMixin, SuchstammMixin, Page):
    """Every page of a concept: changed only through the approval workflow, translated field by field, its
    published output (breadcrumbs, for a Handlungsfeld its parts) stored once per publication (`darstellung`),
    its words indexed with their stems (`SUCHSTAEMME` in each type's `search_fields`)."""

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("slug"),
    ]

    class Meta:
        abstract = True

    def darstellung_revision(self, request) -> int | None:
        """The live revision when this instance is the page the request was routed to; None for a preview or any
        other instance (a revision's, say), whose output is never stored."""
        route = getattr(request, "_wagtail_route_for_request", None)
        if getattr(request, "is_preview", False) or not route or route[0] is not self or not self.live:
            return None
        return self.live_revision_id

    def darstellung_bauen(self, request) -> dict:
        """What of the page is stored per publication: its breadcrumbs, in the reader's language (an original read
        as the fallback of a translation leads back to the translated index, not to the German one)."""
        felder = ("id", "title", "url_path", "path", "depth", "translation_key")
        vorfahren = list(self.get_ancestors().filter(depth__gt=1).only(*felder))
        in_sprache = {
            seite.translation_key: seite
            for seite in Page.objects.live()
            .filter(translation_key__in=[v.translation_key for v in vorfahren], locale__language_code=get_language())
            .only(*felder)
        }
        vorfahren = [in_sprache.get(seite.translation_key, seite) for seite in vorfahren]
        return {"vorfahren": [{"title": seite.title, "url": seite.get_url(request)} for seite in vorfahren]}

    def darstellung(self, request, fassung: int | None = None, weitere: dict | None = None) -> dict:
        """The page's stored output, read with the frame (and `weitere`, whose contents are added) in one query;
        built and stored when missing. `fassung`: a published revision of this page shown instead of the live one,
        built from its content."""
        bauplaene = dict(weitere or {})
        revision = fassung or self.darstellung_revision(request)
        if revision is None:
            inhalte = mit_rahmen(request, bauplaene)
            return {**inhalte, **self.darstellung_bauen(request)}
        eigener = schluessel(request, "seite", self.pk, revision)
        if fassung:
            bauplaene[eigener] = lambda: Revision.objects.get(pk=fassung).as_object().darstellung_bauen(request)
        else:
            bauplaene[eigener] = lambda: self.darstellung_bauen(request)
        inhalte = mit_rahmen(request, bauplaene)
        return {**inhalte, **inhalte.pop(eigener)}

    def get_context(self, request, *args, darstellung: dict | None = None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["darstellung"] = darstellung or self.darstellung(request)
        return context


class KonzeptIndexPage(UebersetzungsFallbackMixin, KonzeptSeite):
    """An index below the start page: an introduction and the live, public pages of its one child type."""

    intro = RichTextField(
        _("Einleitung"), blank=True, features=INTRO_FEATURES, help_text=_("Kurzer Text über der Liste.")
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, SUCHSTAEMME, index.SearchField("intro")]
    translatable_fields = [*KonzeptSeite.translatable_fields, TranslatableField("intro")]

    parent_page_types = ["handlungsfelder.KonzeptStartPage"]
    max_count_per_parent = 1
    #: The template context name of the listed pages.
    context_object_name = "seiten"

    class Meta:
        abstract = True

    def listed_pages(self):
        """The live, public children, in their type's own order (its Meta.ordering), else in tree order."""
        (child_model,) = self.allowed_subpage_models()
        ordering = child_model._meta.ordering or ["path"]
        return oeffentlich(child_model.objects.child_of(self).live()).order_by(*ordering)

    def listeneintrag(self, seite, request) -> dict:
        """One listed page as stored: what the index template shows of it."""
        datum = getattr(seite, "datum", None)
        return {"title": seite.title, "url": seite.get_url(request), "datum": datum.isoformat() if datum else None}

    def darstellung_bauen(self, request) -> dict:
        eintraege = [self.listeneintrag(seite, request) for seite in self.listed_pages()]
        return {**super().darstellung_bauen(request), "seiten": eintraege}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context[self.context_object_name] = [
            {**eintrag, "datum": datetime.date.fromisoformat(eintrag["datum"]) if eintrag["datum"] else None}
            for eintrag in context["darstellung"]["seiten"]
        ]
        return context


class KonzeptStartPage(UebersetzungsFallbackMixin, UrlPfadRoutingMixin, KonzeptSeite):
    """Root of one IT-Konzept: introduction, version in force and contact."""

    intro = RichTextField(_("Einleitung"), features=INTRO_FEATURES, help_text=_("Worum es im IT-Konzept geht."))
    version = models.CharField(
        _("Gültige Version"), max_length=20, help_text=_("Die vom Ausschuss beschlossene Version, z. B. „1.0“.")
    )
    in_kraft_seit = models.DateField(_("In Kraft seit"), help_text=_("Datum, ab dem diese Version gilt."))
    kontakt = models.ForeignKey(
        "handlungsfelder.Kontakt",
        verbose_name=_("Kontaktperson"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Erscheint auf der Startseite und in der Fußzeile."),
    )
    body = StreamField(
        TextStreamBlock(), verbose_name=_("Weitere Inhalte"), blank=True, help_text=_("Grundsätze, Hinweise.")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("version"), FieldPanel("in_kraft_seit")], heading=_("Geltung")),
        FieldPanel("kontakt"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, SUCHSTAEMME, index.SearchField("intro"), index.SearchField("body")]
    translatable_fields = [
        *KonzeptSeite.translatable_fields,
        TranslatableField("intro"),
        TranslatableField("body"),
        SynchronizedField("version"),
        SynchronizedField("in_kraft_seit"),
        SynchronizedField("kontakt"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "handlungsfelder.HandlungsfeldIndexPage",
        "handlungsfelder.SitzungIndexPage",
        "handlungsfelder.BeschlussIndexPage",
        *START_PAGE_EXTRA_SUBPAGE_TYPES,
    ]

    class Meta:
        verbose_name = _("IT-Konzept (Startseite)")
        verbose_name_plural = _("IT-Konzepte (Startseiten)")

    def kontakt_in_sprache(self):
        """The contact in this page's language: the reference is synchronised, so a translated start page points
        to the original's contact until its own translation is chosen; its translation, where there is one."""
        if self.kontakt is None or self.kontakt.locale_id == self.locale_id:
            return self.kontakt
        return self.kontakt.get_translation_or_none(self.locale_id) or self.kontakt

    def darstellung_bauen(self, request) -> dict:
        """The body's blocks as HTML, stored per publication like a Handlungsfeld's parts."""
        body = (
            render_to_string(
                "handlungsfelder/includes/stream.html", {"stream": self.body, "page": self}, request=request
            )
            if self.body
            else ""
        )
        return {**super().darstellung_bauen(request), "body": body}

    def get_context(self, request, *args, **kwargs):
        """The list of Handlungsfelder and the contact from the stored frame when it is this page's."""
        context = super().get_context(request, *args, **kwargs)
        context["body_html"] = mark_safe(context["darstellung"].get("body", ""))
        rahmen = getattr(request, "_konzept_rahmen", None) or {}
        if (rahmen.get("start_page") or {}).get("pk") == self.pk and self.darstellung_revision(request):
            context["handlungsfelder"] = rahmen["handlungsfelder"]
            context["kontakt"] = rahmen["start_page"]["kontakt"]
            return context
        handlungsfelder = public_handlungsfelder(self).only(
            "title", "slug", "url_path", "summary", "path", "depth", "locale_id"
        )
        context["handlungsfelder"] = [
            {"title": seite.title, "url": lese_url(request, seite), "summary": seite.summary, "sprache": seite.sprache}
            for seite in handlungsfelder
        ]
        context["kontakt"] = self.kontakt_in_sprache()
        return context


class HandlungsfeldIndexPage(KonzeptIndexPage):
    """Lists the Handlungsfelder at /handlungsfelder/."""

    subpage_types = ["handlungsfelder.HandlungsfeldPage"]
    context_object_name = "handlungsfelder"

    class Meta:
        verbose_name = _("Übersicht Handlungsfelder")
        verbose_name_plural = _("Übersichten Handlungsfelder")

    def listed_pages(self):
        """Every public Handlungsfeld, in a translation those not (yet) translated in the original language."""
        return public_handlungsfelder(self).prefetch_related("tags")

    def darstellung_bauen(self, request) -> dict:
        seiten = list(self.listed_pages())
        self._schlagwoerter = bezeichnungen({tag for seite in seiten for tag in seite.tags.all()})
        return {
            **KonzeptSeite.darstellung_bauen(self, request),
            "seiten": [self.listeneintrag(s, request) for s in seiten],
        }

    def listeneintrag(self, seite, request) -> dict:
        return {
            **super().listeneintrag(seite, request),
            "url": lese_url(request, seite),
            "sprache": seite.sprache,
            "summary": seite.summary,
            "tags": eintraege(seite.tags.all(), self._schlagwoerter),
        }


class HandlungsfeldPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "handlungsfelder.HandlungsfeldPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


@dataclass(frozen=True)
class KonzeptTeil:
    """One of the four parts of a Handlungsfeld, as the template renders it."""

    anchor: str
    label: str
    blocks: object
    html: str = ""


class HandlungsfeldPage(VersionsgeschichteMixin, KonzeptSeite):
    """One Handlungsfeld with its four parts, each a StreamField in its own admin tab."""

    PARTS = (
        ("allgemeines", _("Allgemeines/Aktuelles")),
        ("umsetzungsplan", _("Umsetzungsplan")),
        ("betriebsmodell", _("Betriebsmodell")),
        ("zustaendigkeiten", _("Zuständigkeiten")),
    )

    summary = models.TextField(
        _("Kurzbeschreibung"), max_length=600, help_text=_("Zwei bis drei Sätze; erscheint in Übersichten.")
    )
    kuerzel = models.CharField(
        _("Kürzel"),
        max_length=KUERZEL_LAENGE,
        blank=True,
        validators=[RegexValidator(r"^[A-ZÄÖÜ0-9]+$", _("Nur Großbuchstaben und Ziffern, z. B. „NW“."))],
        help_text=_(
            "Vorsilbe der Maßnahmennummern, z. B. „NW“ für NW-1, NW-2 …; leer lassen, um es aus der Kurz-URL "
            "abzuleiten. Vergebene Nummern behalten ihr Kürzel."
        ),
    )
    tags = ClusterTaggableManager(
        verbose_name=_("Schlagwörter"), through=HandlungsfeldPageTag, blank=True, help_text=_("Themen zum Filtern.")
    )
    allgemeines = StreamField(
        AllgemeinesStreamBlock(),
        verbose_name=_("Allgemeines/Aktuelles"),
        blank=True,
        help_text=_("Ausgangslage und Ziele."),
    )
    umsetzungsplan = StreamField(
        UmsetzungsplanStreamBlock(),
        verbose_name=_("Umsetzungsplan"),
        blank=True,
        help_text=_("Was wann umgesetzt wird, als Maßnahmen."),
    )
    betriebsmodell = StreamField(
        BetriebsmodellStreamBlock(),
        verbose_name=_("Betriebsmodell"),
        blank=True,
        help_text=_("Wie Betrieb und Support organisiert sind."),
    )
    zustaendigkeiten = StreamField(
        ZustaendigkeitenStreamBlock(),
        verbose_name=_("Zuständigkeiten"),
        blank=True,
        help_text=_("Wer wofür verantwortlich ist."),
    )

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("kuerzel"), FieldPanel("tags")]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Überblick")),
            ObjectList([FieldPanel("allgemeines")], heading=_("Allgemeines/Aktuelles")),
            ObjectList([FieldPanel("umsetzungsplan")], heading=_("Umsetzungsplan")),
            ObjectList([FieldPanel("betriebsmodell")], heading=_("Betriebsmodell")),
            ObjectList([FieldPanel("zustaendigkeiten")], heading=_("Zuständigkeiten")),
            ObjectList(Page.promote_panels, heading=_("Veröffentlichung")),
            ObjectList(Page.settings_panels, heading=_("Einstellungen")),
        ]
    )
    search_fields = [
        *Page.search_fields,
        SUCHSTAEMME,
        index.SearchField("summary"),
        index.SearchField("allgemeines"),
        index.SearchField("umsetzungsplan"),
        index.SearchField("betriebsmodell"),
        index.SearchField("zustaendigkeiten"),
        index.RelatedFields("tags", [index.SearchField("name"), index.FilterField("slug")]),
    ]
    translatable_fields = [
        *KonzeptSeite.translatable_fields,
        TranslatableField("summary"),
        TranslatableField("allgemeines"),
        TranslatableField("umsetzungsplan"),
        TranslatableField("betriebsmodell"),
        TranslatableField("zustaendigkeiten"),
        SynchronizedField("kuerzel"),
        SynchronizedField("tags"),
    ]

    parent_page_types = ["handlungsfelder.HandlungsfeldIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Handlungsfeld")
        verbose_name_plural = _("Handlungsfelder")

    def andere_im_konzept(self, unter: Page | None = None):
        """The other Handlungsfelder of this page's concept (below `unter`'s start page for a page not yet in the
        tree): a Kürzel is unique within one concept, a municipality's concept may use the county's."""
        andere = HandlungsfeldPage.objects.exclude(translation_key=self.translation_key)
        unter = unter or (self if self.path else None)
        start_page = KonzeptStartPage.objects.ancestor_of(unter, inclusive=True).last() if unter else None
        return andere.descendant_of(start_page) if start_page else andere

    def kuerzel_pruefen(self, kuerzel: str, unter: Page | None = None) -> None:
        """Raises when another Handlungsfeld of the concept has `kuerzel` (the editor checks a new page with its
        parent, before it is in the tree)."""
        if kuerzel and self.andere_im_konzept(unter).filter(kuerzel=kuerzel).exists():
            raise ValidationError({"kuerzel": _("Dieses Kürzel hat schon ein anderes Handlungsfeld.")})

    def clean(self):
        super().clean()
        if self.path:
            self.kuerzel_pruefen(self.kuerzel)

    def save(self, *args, **kwargs):
        """New Maßnahmen get their number when the page is first stored (created, imported, published)."""
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "umsetzungsplan" in update_fields:
            seite_nummerieren(self)
        return super().save(*args, **kwargs)

    def save_revision(self, *args, **kwargs):
        """…and when a draft or proposal is saved, so the revision and its diff carry the numbers."""
        seite_nummerieren(self)
        return super().save_revision(*args, **kwargs)

    def parts(self, html: list[str] | None = None) -> list[KonzeptTeil]:
        """The four parts, with their rendered HTML where given (as `darstellung_bauen` stores it)."""
        html = html or [""] * len(self.PARTS)
        return [
            KonzeptTeil(anchor=name, label=label, blocks=getattr(self, name), html=mark_safe(teil_html))
            for (name, label), teil_html in zip(self.PARTS, html, strict=True)
        ]

    def teile_rendern(self, request, bezuege: dict | None = None) -> list[str]:
        """Each part's blocks as HTML (empty for an empty part): the costly work done once per publication.
        `bezuege`: the meetings and decisions of each Maßnahme (`konzept.bezuege`), shown below it."""
        context = {"page": self, "bezuege": (bezuege or {}).get("massnahmen", {})}
        return [
            render_to_string(STREAM_TEMPLATE, {**context, "stream": getattr(self, name)}, request)
            if getattr(self, name)
            else ""
            for name, _label in self.PARTS
        ]

    def bezuege(self, request) -> dict:
        return massnahmen_bezuege(
            self,
            request,
            sitzungen=self.sitzungen.all(),
            sitzung_seiten=SitzungPage.objects.all(),
            beschluss_seiten=BeschlussPage.objects.all(),
        )

    def darstellung_bauen(self, request) -> dict:
        bezuege = self.bezuege(request)
        return {
            **super().darstellung_bauen(request),
            "title": self.title,
            "summary": self.summary,
            "teile": self.teile_rendern(request, bezuege),
            "tags": eintraege(self.tags.all(), bezeichnungen(self.tags.all())),
            "sitzungen": bezuege["sitzungen"],
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["parts"] = self.parts(context["darstellung"]["teile"])
        return context


class SitzungIndexPage(KonzeptIndexPage):
    """Records of the Arbeitsgruppe's meetings, newest first."""

    subpage_types = ["handlungsfelder.SitzungPage"]
    context_object_name = "sitzungen"

    class Meta:
        verbose_name = _("Übersicht Sitzungen der Arbeitsgruppe")
        verbose_name_plural = _("Übersichten Sitzungen der Arbeitsgruppe")


class SitzungPage(KonzeptSeite):
    """One meeting of the Arbeitsgruppe: who took part, agenda, results, Handlungsfelder touched."""

    datum = models.DateField(_("Datum"), help_text=_("Tag der Sitzung."))
    ort = models.CharField(_("Ort"), max_length=200, blank=True, help_text=_("z. B. „Landratsamt, Sitzungssaal“."))
    teilnehmende = StreamField(
        [("teilnahme", TeilnahmeBlock())],
        verbose_name=_("Teilnehmende nach Rolle"),
        blank=True,
        help_text=_("Eine Zeile je Rolle."),
    )
    tagesordnung = StreamField(
        [("top", TagesordnungspunktBlock())],
        verbose_name=_("Tagesordnung"),
        blank=True,
        help_text=_("Die Tagesordnungspunkte in ihrer Reihenfolge."),
    )
    ergebnisse = StreamField(
        TextStreamBlock(),
        verbose_name=_("Ergebnisse"),
        blank=True,
        help_text=_("Was beschlossen und vereinbart wurde."),
    )
    handlungsfelder = ParentalManyToManyField(
        "handlungsfelder.HandlungsfeldPage",
        verbose_name=_("Behandelte Handlungsfelder"),
        blank=True,
        related_name="sitzungen",
        help_text=_("Welche Handlungsfelder in der Sitzung besprochen wurden."),
    )

    content_panels = [
        TagesordnungPanel(),
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("datum"), FieldPanel("ort")], heading=_("Sitzung")),
        FieldPanel("teilnehmende"),
        FieldPanel("tagesordnung"),
        FieldPanel("ergebnisse"),
        FieldPanel("handlungsfelder", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [
        *Page.search_fields,
        SUCHSTAEMME,
        index.SearchField("tagesordnung"),
        index.SearchField("ergebnisse"),
        index.FilterField("datum"),
    ]
    translatable_fields = [
        *KonzeptSeite.translatable_fields,
        TranslatableField("tagesordnung"),
        TranslatableField("ergebnisse"),
        SynchronizedField("teilnehmende"),
        SynchronizedField("datum"),
        SynchronizedField("ort"),
        SynchronizedField("handlungsfelder"),
    ]

    parent_page_types = ["handlungsfelder.SitzungIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Sitzung der Arbeitsgruppe")
        verbose_name_plural = _("Sitzungen der Arbeitsgruppe")
        ordering = ["-datum"]

    def darstellung_bauen(self, request) -> dict:
        behandelt = oeffentlich(self.handlungsfelder.live()).order_by("path")
        beratungen = [
            {
                "url": beratung.seite.get_url(request),
                "title": beratung.seite.title,
                "ergebnis": str(beratung.get_ergebnis_display()),
                "notiz": beratung.oeffentliche_notiz,
                "vergleich_url": beratung.vergleich_url,
            }
            for beratung in beratene_vorschlaege(self, request)
        ]
        return {
            **super().darstellung_bauen(request),
            "behandelt": [{"title": seite.title, "url": seite.get_url(request)} for seite in behandelt],
            "beratungen": beratungen,
        }


class BeschlussIndexPage(KonzeptIndexPage):
    """Committee decisions on the concept, newest first."""

    subpage_types = ["handlungsfelder.BeschlussPage"]
    context_object_name = "beschluesse"

    class Meta:
        verbose_name = _("Übersicht Beschlüsse")
        verbose_name_plural = _("Übersichten Beschlüsse")

    def listeneintrag(self, seite, request) -> dict:
        return {
            **super().listeneintrag(seite, request),
            "gremium": str(seite.get_gremium_display()),
            "konzeptversion": seite.konzeptversion,
        }


class BeschlussPage(KonzeptSeite):
    """A decision of a county body on the concept, e.g. the adoption of version 1.0 on 05.08.2019."""

    datum = models.DateField(_("Beschlussdatum"), help_text=_("Tag der Ausschusssitzung."))
    gremium = models.CharField(
        _("Gremium"),
        max_length=40,
        choices=Gremium.choices,
        default=Gremium.KREIS_UND_SCHULAUSSCHUSS,
        help_text=_("Welches Gremium beschlossen hat."),
    )
    gegenstand = models.CharField(_("Gegenstand"), max_length=300, help_text=_("Was beschlossen wurde, in einem Satz."))
    abstimmungsergebnis = models.CharField(
        _("Abstimmungsergebnis"), max_length=100, blank=True, help_text=_("z. B. „einstimmig“ oder „12:2“.")
    )
    konzeptversion = models.CharField(
        _("Beschlossene Version"), max_length=20, blank=True, help_text=_("Die Version des IT-Konzepts, z. B. „1.0“.")
    )
    in_kraft_ab = models.DateField(
        _("In Kraft ab"), null=True, blank=True, help_text=_("Kann nach dem Beschlussdatum liegen.")
    )
    beschlusstext = StreamField(
        TextStreamBlock(), verbose_name=_("Beschlusstext"), blank=True, help_text=_("Wortlaut und Begründung.")
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("datum"), FieldPanel("gremium"), FieldPanel("abstimmungsergebnis")], heading=_("Beschluss")
        ),
        FieldPanel("gegenstand"),
        MultiFieldPanel([FieldPanel("konzeptversion"), FieldPanel("in_kraft_ab")], heading=_("Geltung")),
        FieldPanel("beschlusstext"),
    ]
    search_fields = [
        *Page.search_fields,
        SUCHSTAEMME,
        index.SearchField("gegenstand"),
        index.SearchField("beschlusstext"),
        index.FilterField("datum"),
    ]
    translatable_fields = [
        *KonzeptSeite.translatable_fields,
        TranslatableField("gegenstand"),
        TranslatableField("beschlusstext"),
        SynchronizedField("datum"),
        SynchronizedField("gremium"),
        SynchronizedField("abstimmungsergebnis"),
        SynchronizedField("konzeptversion"),
        SynchronizedField("in_kraft_ab"),
    ]

    parent_page_types = ["handlungsfelder.BeschlussIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Beschluss")
        verbose_name_plural = _("Beschlüsse")
        ordering = ["-datum"]


def public_handlungsfelder(wurzel: Page):
    """Live, unrestricted Handlungsfelder below `wurzel` (a start page or the index) in the original's tree order:
    what the public may see. Below a translation every Handlungsfeld not (yet) translated is there as its original,
    so that a reader of /en/ sees the whole concept; `sprache` tells each page's language, `konzept_pfad` its place.
    One query."""
    original = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    eigene = oeffentlich(HandlungsfeldPage.objects.live().descendant_of(wurzel))
    wurzel_original = Page.objects.filter(translation_key=wurzel.translation_key, locale__language_code=original)
    originale = oeffentlich(
        HandlungsfeldPage.objects.live().filter(
            locale__language_code=original, path__startswith=Subquery(wurzel_original.values("path")[:1])
        )
    ).exclude(translation_key__in=eigene.values("translation_key"))
    platz_im_original = HandlungsfeldPage.objects.filter(
        translation_key=OuterRef("translation_key"), locale__language_code=original
    ).values("path")[:1]
    return (
        HandlungsfeldPage.objects.filter(Q(pk__in=eigene.values("pk")) | Q(pk__in=originale.values("pk")))
        .annotate(sprache=F("locale__language_code"), konzept_pfad=Coalesce(Subquery(platz_im_original), F("path")))
        .order_by("konzept_pfad", "path")
    )
