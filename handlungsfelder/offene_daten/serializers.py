"""What the API says about each object, as plain dicts with German keys, built from loaded rows only.

Blocks are read from the stream's raw data and every reference (roles, schools, linked pages, documents) is
resolved in bulk, so a page costs the same few queries however many blocks it has; a link to a page the public
may not see is given without its target.
"""

import html
import re

from django.urls import reverse
from django.utils.html import strip_tags

from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail.rich_text import expand_db_html

from ..konzept.choices import HinweisArt, MassnahmeStatus, SupportStufe
from ..konzept.darstellung import lese_url, seiten_url
from ..konzept.models import HandlungsfeldPage
from ..konzept.sichtbarkeit import oeffentlich
from ..stammdaten.models import Akteur
from ..umsetzung.massnahmen import Massnahme, in_sprache, sammeln_aus

# Rich texts of one page are expanded in one call (one query for all their page links), then split again here.
TRENNER = "<!--offene-daten:trenner-->"
LEERRAUM = re.compile(r"\s+")
# The rich text of each structured block besides the paragraph (a Maßnahme's description is given as text).
RICH_TEXT_FELD = {"hinweis": "text", "support_level": "aufgaben"}


def absolut(request, url: str | None) -> str | None:
    return request.build_absolute_uri(url) if url else None


def text(rich_text: str) -> str:
    """Rich text as plain text: for a table cell, and for readers that take no HTML."""
    return LEERRAUM.sub(" ", html.unescape(strip_tags(rich_text or ""))).strip()


def akteur(objekt: Akteur | None) -> dict | None:
    if objekt is None:
        return None
    return {"id": objekt.pk, "name": objekt.name, "kurzname": objekt.kurzname}


def schule_kurz(request, schule) -> dict:
    return {
        "id": schule.pk,
        "slug": schule.slug,
        "kurzname": schule.kurzname,
        "url": absolut(request, reverse("handlungsfelder:schule", args=[schule.slug])),
    }


def schule(request, objekt) -> dict:
    return {
        **schule_kurz(request, objekt),
        "name": objekt.name,
        "schulart": objekt.schulart,
        "schulart_label": str(objekt.get_schulart_display()),
        "ort": objekt.ort,
        "region": {"name": objekt.region.name, "slug": objekt.region.slug},
        "website": objekt.website,
    }


def handlungsfeld_kurz(request, page) -> dict:
    return {
        "id": page.pk,
        "titel": page.title,
        "slug": page.slug,
        "kuerzel": page.kuerzel,
        "sprache": getattr(page, "sprache", None),
        "url": absolut(request, lese_url(request, page)),
        "api_url": absolut(request, reverse("handlungsfelder:api_seite", args=[page.pk])),
    }


def massnahme(request, m: Massnahme) -> dict:
    seite = lese_url(request, m.handlungsfeld)
    return {
        "nummer": m.nummer,
        "titel": m.titel,
        "beschreibung": text(m.beschreibung),
        "status": m.status,
        "status_label": str(m.status_label),
        "zeitraum": m.zeitraum,
        "verantwortlich": akteur(m.verantwortlich),
        "alle_schulen": m.alle_schulen,
        "schulen": [schule_kurz(request, s) for s in m.schulen],
        "kosten": f"{m.kosten:.2f}" if m.kosten is not None else None,
        "handlungsfeld": handlungsfeld_kurz(request, m.handlungsfeld),
        "block_id": m.block_id,
        "url": absolut(request, f"{seite}#{m.anchor}") if seite else None,
    }


def seite_kurz(request, page) -> dict:
    return {
        "id": page.pk,
        "typ": page.specific_class._meta.label if page.specific_class else "wagtailcore.Page",
        "titel": page.title,
        "slug": page.slug,
        "sprache": page.locale.language_code,
        "zuletzt_veroeffentlicht": page.last_published_at,
        "url": absolut(request, seiten_url(request, page)),
        "api_url": absolut(request, reverse("handlungsfelder:api_seite", args=[page.pk])),
    }


def _listenwerte(liste) -> list:
    """ListBlock items as stored: plain values in old data, {"type": "item", "value": ...} in current data."""
    return [item["value"] if isinstance(item, dict) and item.get("type") == "item" else item for item in liste or []]


class Bloecke:
    """The four parts of one Handlungsfeld as structured blocks, with every reference read in bulk."""

    def __init__(self, request, page: HandlungsfeldPage):
        self.request = request
        self.page = page
        self.roh = [(name, item) for name, _label in page.PARTS for item in getattr(page, name).raw_data]
        werte = [item["value"] for _name, item in self.roh if isinstance(item["value"], dict)]
        akteur_ids = set()
        for wert in werte:
            akteur_ids |= {wert.get("wer"), wert.get("verantwortlich")}
            akteur_ids |= set(_listenwerte(wert.get("unterstuetzt"))) | set(_listenwerte(wert.get("informiert")))
        self.akteure = in_sprache(Akteur.objects.all(), akteur_ids - {None}) if akteur_ids - {None} else {}
        self.massnahmen = {m.block_id: m for m in sammeln_aus([page])}
        verweise = {wert.get("seite") for wert in werte} - {None}
        self.verweise = {p.pk: p for p in oeffentlich(Page.objects.live().filter(pk__in=verweise))}
        self.dokumente = get_document_model().objects.in_bulk({wert.get("dokument") for wert in werte} - {None})

    def _rich_texts(self) -> list[str]:
        """Every rich text of the page, in block order, with their links expanded in one call."""
        texte = []
        for _name, item in self.roh:
            if item["type"] == "paragraph":
                texte.append(item["value"] or "")
            elif item["type"] in RICH_TEXT_FELD:
                texte.append(item["value"].get(RICH_TEXT_FELD[item["type"]]) or "")
        return expand_db_html(TRENNER.join(texte)).split(TRENNER) if texte else []

    def teile(self) -> list[dict]:
        self.html = iter(self._rich_texts())
        teile = {name: [] for name, _label in self.page.PARTS}
        for name, item in self.roh:
            erzeugen = getattr(self, f"_als_{item['type']}", None)
            daten = {"typ": item["type"], "id": item.get("id")}
            teile[name].append({**daten, **erzeugen(item)} if erzeugen else daten)
        return [{"name": name, "titel": str(label), "bloecke": teile[name]} for name, label in self.page.PARTS]

    def _rich(self) -> dict:
        """The next rich text in block order (each block with one takes it when it is serialised)."""
        inhalt = next(self.html)
        return {"html": inhalt, "text": text(inhalt)}

    def _akteure(self, pks) -> list[dict]:
        return [akteur(self.akteure[pk]) for pk in _listenwerte(pks) if pk in self.akteure]

    def _als_paragraph(self, item) -> dict:
        return self._rich()

    def _als_heading(self, item) -> dict:
        return {"text": item["value"].get("text", ""), "ebene": item["value"].get("level", "h3")}

    def _als_hinweis(self, item) -> dict:
        art = item["value"].get("art") or HinweisArt.INFO
        titel = item["value"].get("titel", "")
        return {"art": art, "art_label": str(HinweisArt(art).label), "titel": titel, **self._rich()}

    def _als_tabelle(self, item) -> dict:
        wert = item["value"]
        spalten = [key for key in ("spalte_1", "spalte_2", "spalte_3", "spalte_4") if wert.get(key)]
        return {
            "beschriftung": wert.get("beschriftung", ""),
            "kopf": [wert[key] for key in spalten],
            "zeilen": [[zeile.get(key) or "" for key in spalten] for zeile in _listenwerte(wert.get("zeilen"))],
        }

    def _als_handlungsfeld_verweis(self, item) -> dict:
        ziel = self.verweise.get(item["value"].get("seite"))
        if ziel is None:
            return {"text": item["value"].get("text") or "", "ziel": None}
        url = absolut(self.request, seiten_url(self.request, ziel))
        return {
            "text": item["value"].get("text") or ziel.title,
            "ziel": {"id": ziel.pk, "titel": ziel.title, "url": url},
        }

    def _als_dokument(self, item) -> dict:
        dokument = self.dokumente.get(item["value"].get("dokument"))
        return {
            "titel": item["value"].get("titel") or (dokument.title if dokument else ""),
            "beschreibung": item["value"].get("beschreibung", ""),
            "url": absolut(self.request, dokument.url) if dokument else None,
        }

    def _als_massnahme(self, item) -> dict:
        daten = massnahme(self.request, self.massnahmen[item["id"]])
        del daten["handlungsfeld"]
        return daten

    def _als_support_level(self, item) -> dict:
        wert = item["value"]
        stufe = wert.get("stufe") or SupportStufe.FIRST
        return {
            "stufe": stufe,
            "stufe_label": str(SupportStufe(stufe).label),
            "wer": akteur(self.akteure.get(wert.get("wer"))),
            "aufgaben": self._rich(),
            "erreichbarkeit": wert.get("erreichbarkeit", ""),
            "servicezeiten": wert.get("servicezeiten", ""),
        }

    def _als_zustaendigkeit(self, item) -> dict:
        wert = item["value"]
        return {
            "aufgabe": wert.get("aufgabe", ""),
            "verantwortlich": akteur(self.akteure.get(wert.get("verantwortlich"))),
            "unterstuetzt": self._akteure(wert.get("unterstuetzt")),
            "informiert": self._akteure(wert.get("informiert")),
        }


def status_werte() -> list[dict]:
    return [{"wert": status.value, "label": str(status.label)} for status in MassnahmeStatus]
