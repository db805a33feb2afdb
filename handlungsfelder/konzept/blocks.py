"""StreamField blocks for the four parts of a Handlungsfeld and for working-group records.

Nesting stays shallow (at most StructBlock > ListBlock > StructBlock) because that is what
wagtail-localize translates reliably; tables are structured rows, not TableBlock.
"""

from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from .choices import HinweisArt, MassnahmeStatus, SupportStufe

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]

GROUP_TEXT = _("Text")
GROUP_STRUCTURE = _("Strukturierte Inhalte")
GROUP_LINKS = _("Verweise")


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Überschrift"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Ebene"),
        choices=[("h3", _("Zwischenüberschrift")), ("h4", _("Unterüberschrift"))],
        default="h3",
    )

    class Meta:
        icon = "title"
        label = _("Überschrift")
        group = GROUP_TEXT
        template = "handlungsfelder/blocks/heading_block.html"
        preview_value = {"text": "Ausgangslage an den Schulen", "level": "h3"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    def deconstruct(self):
        """Migrations record Wagtail's RichTextBlock with the features, so they never import the plugin."""
        _path, args, kwargs = super().deconstruct()
        return "wagtail.blocks.RichTextBlock", args, {"features": RICH_TEXT_FEATURES, **kwargs}

    class Meta:
        icon = "pilcrow"
        label = _("Absatz")
        group = GROUP_TEXT
        template = "handlungsfelder/blocks/paragraph_block.html"
        preview_value = "<p>Der Landkreis stellt als Sachaufwandsträger die IT-Ausstattung der Schulen bereit.</p>"


class HinweisBlock(blocks.StructBlock):
    art = blocks.ChoiceBlock(label=_("Art"), choices=HinweisArt.choices, default=HinweisArt.INFO)
    titel = blocks.CharBlock(label=_("Titel"), required=False, max_length=200)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Hinweis / Warnung")
        group = GROUP_TEXT
        template = "handlungsfelder/blocks/hinweis_block.html"
        preview_value = {
            "art": HinweisArt.WARNUNG,
            "titel": "Keine privaten Geräte im Verwaltungsnetz",
            "text": "<p>Private Endgeräte dürfen nur das Gäste-WLAN nutzen.</p>",
        }


class TabellenZeileBlock(blocks.StructBlock):
    spalte_1 = blocks.CharBlock(label=_("Spalte 1"), required=False)
    spalte_2 = blocks.CharBlock(label=_("Spalte 2"), required=False)
    spalte_3 = blocks.CharBlock(label=_("Spalte 3"), required=False)
    spalte_4 = blocks.CharBlock(label=_("Spalte 4"), required=False)

    class Meta:
        icon = "list-ul"
        label = _("Zeile")


class TabelleValue(blocks.StructValue):
    """Header and rows trimmed to the columns that have a heading, for the template."""

    COLUMN_KEYS = ("spalte_1", "spalte_2", "spalte_3", "spalte_4")

    def column_keys(self) -> list[str]:
        return [key for key in self.COLUMN_KEYS if self.get(key)]

    def header(self) -> list[str]:
        return [self[key] for key in self.column_keys()]

    def body(self) -> list[list[str]]:
        keys = self.column_keys()
        return [[row.get(key) or "" for key in keys] for row in self.get("zeilen", [])]


class TabelleBlock(blocks.StructBlock):
    beschriftung = blocks.CharBlock(label=_("Beschriftung"), help_text=_("Wird als Tabellentitel angezeigt."))
    spalte_1 = blocks.CharBlock(label=_("Überschrift Spalte 1"))
    spalte_2 = blocks.CharBlock(label=_("Überschrift Spalte 2"), required=False)
    spalte_3 = blocks.CharBlock(label=_("Überschrift Spalte 3"), required=False)
    spalte_4 = blocks.CharBlock(label=_("Überschrift Spalte 4"), required=False)
    zeilen = blocks.ListBlock(TabellenZeileBlock(), label=_("Zeilen"), min_num=1)

    def clean(self, value):
        value = super().clean(value)
        headed = {key for key in TabelleValue.COLUMN_KEYS if value.get(key)}
        for row in value["zeilen"]:
            orphan = [key for key in TabelleValue.COLUMN_KEYS if row.get(key) and key not in headed]
            if orphan:
                raise StructBlockValidationError(
                    block_errors={
                        orphan[0]: ValidationError(_("Eine Zeile enthält Werte in einer Spalte ohne Überschrift."))
                    }
                )
        return value

    class Meta:
        icon = "table"
        label = _("Tabelle")
        group = GROUP_STRUCTURE
        template = "handlungsfelder/blocks/tabelle_block.html"
        value_class = TabelleValue
        preview_value = {
            "beschriftung": "Ausstattungsstandard Klassenzimmer",
            "spalte_1": "Komponente",
            "spalte_2": "Standard",
            "zeilen": [
                {"spalte_1": "Präsentation", "spalte_2": "Beamer oder Display mit HDMI"},
                {"spalte_1": "Netzwerk", "spalte_2": "2 Datendosen, 1 Access Point"},
            ],
        }


class KostenBlock(blocks.DecimalBlock):
    """An amount in euros, stored as a string with two decimals.

    Wagtail's DecimalBlock stores whatever it is given (a Decimal from the form, a string from the database), so an
    unchanged Maßnahme compares as changed and every reviewer's save would send a proposal back to step one.
    """

    def get_prep_value(self, value):
        return None if value in (None, "") else f"{Decimal(value):.2f}"

    def deconstruct(self):
        """Stored like Wagtail's DecimalBlock, so migrations record that and never import the plugin."""
        _path, args, kwargs = super().deconstruct()
        return "wagtail.blocks.DecimalBlock", args, kwargs


class NummerBlock(blocks.FieldBlock):
    """A Maßnahme's citable number ("NW-4"), given by the page when it is first saved (`konzept.nummern`).

    Read-only in the editor and no text block, so wagtail-localize copies it into translations (synchronised)
    instead of offering it for translation; searchable, so the number finds its Maßnahme."""

    def __init__(self, help_text=None, **kwargs):
        self.field = forms.CharField(
            required=False, max_length=20, help_text=help_text, widget=forms.TextInput(attrs={"readonly": True})
        )
        super().__init__(**kwargs)

    def get_prep_value(self, value) -> str:
        """Stored as "" when missing, so a Maßnahme saved before numbers existed compares as unchanged."""
        return value or ""

    def get_searchable_content(self, value) -> list[str]:
        """Also with a space: PostgreSQL reads "NW-4" as "nw" and "-4", the cleaned query as "nw" and "4"."""
        return [value, value.replace("-", " ")] if value else []

    def deconstruct(self):
        """Recorded as Wagtail's CharBlock, so migrations never import the plugin."""
        _path, args, kwargs = super().deconstruct()
        return "wagtail.blocks.CharBlock", args, {"required": False, "max_length": 20, **kwargs}


class MassnahmeValue(blocks.StructValue):
    def status_label(self) -> str:
        return MassnahmeStatus(self["status"]).label


class MassnahmeBlock(blocks.StructBlock):
    nummer = NummerBlock(
        label=_("Nummer"), help_text=_("Wird beim ersten Speichern vergeben und bleibt, auch wenn die Maßnahme endet.")
    )
    titel = blocks.CharBlock(label=_("Titel"), max_length=200)
    beschreibung = blocks.RichTextBlock(label=_("Beschreibung"), features=RICH_TEXT_FEATURES)
    status = blocks.ChoiceBlock(label=_("Status"), choices=MassnahmeStatus.choices, default=MassnahmeStatus.GEPLANT)
    zeitraum = blocks.CharBlock(
        label=_("Zeitraum"), max_length=100, help_text=_("z. B. „Schuljahr 2019/20“ oder „bis Herbst 2021“.")
    )
    verantwortlich = SnippetChooserBlock("handlungsfelder.Akteur", label=_("Verantwortlich"))
    alle_schulen = blocks.BooleanBlock(
        label=_("Betrifft alle Schulen"), required=False, help_text=_("Statt einzelne Schulen auszuwählen.")
    )
    schulen = blocks.ListBlock(
        SnippetChooserBlock("handlungsfelder.Schule"), label=_("Betroffene Schulen"), required=False, default=[]
    )
    kosten = KostenBlock(label=_("Kostenschätzung (EUR)"), required=False, min_value=0, decimal_places=2, max_digits=12)

    def clean(self, value):
        value = super().clean(value)
        if value.get("alle_schulen") and value.get("schulen"):
            raise StructBlockValidationError(
                block_errors={
                    "schulen": ValidationError(
                        _("Entweder „Betrifft alle Schulen“ ankreuzen oder einzelne Schulen auswählen, nicht beides.")
                    )
                }
            )
        return value

    class Meta:
        icon = "tasks"
        label = _("Maßnahme")
        group = GROUP_STRUCTURE
        template = "handlungsfelder/blocks/massnahme_block.html"
        value_class = MassnahmeValue
        preview_value = {
            "titel": "Glasfaseranbindung aller Schulstandorte",
            "beschreibung": "<p>Anschluss mit mindestens 1 Gbit/s symmetrisch.</p>",
            "status": MassnahmeStatus.IN_UMSETZUNG,
            "zeitraum": "Schuljahr 2020/21",
            "alle_schulen": True,
        }


class ZustaendigkeitBlock(blocks.StructBlock):
    aufgabe = blocks.CharBlock(label=_("Aufgabe"), max_length=250)
    verantwortlich = SnippetChooserBlock("handlungsfelder.Akteur", label=_("Verantwortlich"))
    unterstuetzt = blocks.ListBlock(
        SnippetChooserBlock("handlungsfelder.Akteur"), label=_("Unterstützt durch"), required=False, default=[]
    )
    informiert = blocks.ListBlock(
        SnippetChooserBlock("handlungsfelder.Akteur"), label=_("Wird informiert"), required=False, default=[]
    )

    def clean(self, value):
        value = super().clean(value)
        verantwortlich = value.get("verantwortlich")
        if verantwortlich and verantwortlich in (value.get("unterstuetzt") or []):
            raise StructBlockValidationError(
                block_errors={
                    "unterstuetzt": ValidationError(
                        _("Die verantwortliche Stelle kann sich nicht selbst unterstützen.")
                    )
                }
            )
        return value

    class Meta:
        icon = "group"
        label = _("Zuständigkeit")
        group = GROUP_STRUCTURE
        template = "handlungsfelder/blocks/zustaendigkeit_block.html"
        preview_value = {"aufgabe": "Beschaffung der Endgeräte"}


class SupportLevelValue(blocks.StructValue):
    def stufe_label(self) -> str:
        return SupportStufe(self["stufe"]).label


class SupportLevelBlock(blocks.StructBlock):
    stufe = blocks.ChoiceBlock(label=_("Supportstufe"), choices=SupportStufe.choices, default=SupportStufe.FIRST)
    wer = SnippetChooserBlock("handlungsfelder.Akteur", label=_("Wer"))
    aufgaben = blocks.RichTextBlock(label=_("Aufgaben"), features=RICH_TEXT_FEATURES)
    erreichbarkeit = blocks.CharBlock(
        label=_("Erreichbarkeit"), max_length=250, help_text=_("Telefon, E-Mail oder Ticketsystem.")
    )
    servicezeiten = blocks.CharBlock(
        label=_("Servicezeiten"), max_length=200, required=False, help_text=_("z. B. „Mo–Fr 7:30–16:00 Uhr“.")
    )

    class Meta:
        icon = "help"
        label = _("Supportstufe")
        group = GROUP_STRUCTURE
        template = "handlungsfelder/blocks/support_level_block.html"
        value_class = SupportLevelValue
        preview_value = {
            "stufe": SupportStufe.FIRST,
            "aufgaben": "<p>Erste Fehleranalyse, Passwort zurücksetzen, Geräte neu starten.</p>",
            "erreichbarkeit": "Systembetreuung im Lehrerzimmer",
            "servicezeiten": "Unterrichtstage 7:30–13:00 Uhr",
        }


class HandlungsfeldVerweisBlock(blocks.StructBlock):
    seite = blocks.PageChooserBlock(label=_("Handlungsfeld"), page_type="handlungsfelder.HandlungsfeldPage")
    text = blocks.CharBlock(
        label=_("Linktext"), required=False, help_text=_("Leer lassen, um den Titel des Handlungsfelds zu verwenden.")
    )

    class Meta:
        icon = "link"
        label = _("Verweis auf Handlungsfeld")
        group = GROUP_LINKS
        template = "handlungsfelder/blocks/handlungsfeld_verweis_block.html"


class DokumentBlock(blocks.StructBlock):
    dokument = DocumentChooserBlock(label=_("Dokument"))
    titel = blocks.CharBlock(
        label=_("Titel"), required=False, help_text=_("Leer lassen, um den Titel des Dokuments zu verwenden.")
    )
    beschreibung = blocks.CharBlock(label=_("Beschreibung"), required=False, max_length=250)

    class Meta:
        icon = "doc-full"
        label = _("Dokument")
        group = GROUP_LINKS
        template = "handlungsfelder/blocks/dokument_block.html"


class TextStreamBlock(blocks.StreamBlock):
    """Free text with notes and links: start page, meeting results, decisions; the base of every part."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    hinweis = HinweisBlock()
    handlungsfeld_verweis = HandlungsfeldVerweisBlock()
    dokument = DokumentBlock()


class KonzeptTeilStreamBlock(TextStreamBlock):
    """Blocks every part of a Handlungsfeld offers; each part adds its own structured block."""

    tabelle = TabelleBlock()


class AllgemeinesStreamBlock(KonzeptTeilStreamBlock):
    """Allgemeines/Aktuelles: state and goals."""


class UmsetzungsplanStreamBlock(KonzeptTeilStreamBlock):
    """Umsetzungsplan: what is done when, as Maßnahmen."""

    massnahme = MassnahmeBlock()


class BetriebsmodellStreamBlock(KonzeptTeilStreamBlock):
    """Betriebsmodell: how it is operated and supported."""

    support_level = SupportLevelBlock()


class ZustaendigkeitenStreamBlock(KonzeptTeilStreamBlock):
    """Zuständigkeiten: who is responsible for what."""

    zustaendigkeit = ZustaendigkeitBlock()


class TeilnahmeBlock(blocks.StructBlock):
    rolle = SnippetChooserBlock("handlungsfelder.Akteur", label=_("Rolle"))
    personen = blocks.CharBlock(
        label=_("Personen"), required=False, max_length=500, help_text=_("Namen, durch Komma getrennt.")
    )
    anzahl = blocks.IntegerBlock(label=_("Anzahl"), min_value=1, required=False)

    class Meta:
        icon = "user"
        label = _("Teilnahme")
        template = "handlungsfelder/blocks/teilnahme_block.html"


class TagesordnungspunktBlock(blocks.StructBlock):
    titel = blocks.CharBlock(label=_("Tagesordnungspunkt"), max_length=250)
    erlaeuterung = blocks.TextBlock(label=_("Erläuterung"), required=False)

    class Meta:
        icon = "list-ol"
        label = _("Tagesordnungspunkt")
        template = "handlungsfelder/blocks/tagesordnungspunkt_block.html"
