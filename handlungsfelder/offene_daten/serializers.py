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
        roh = [(name, item) for name, _label in page.PARTS for item in getattr(page, name).raw_data]
        werte = [item["value"] for _name, item in roh if isinstance(item["value"], dict)]
        akteur_ids = set()
        for wert in werte:
            akteur_ids |= {wert.get("wer"), wert.get("verantwortlich")}
            akteur_ids |= set(_listenwerte(wert.get("unterstuetzt"))) | set(_listenwerte(wert.get("informiert")))
        self.akteure = in_sprache(Akteur.objects.all(), akteur_ids - {None})
        self.massnahmen = {m.block_id: m for m in sammeln_aus([page])}
        verweise = {wert.get("seite") for wert in werte} - {None}
        self.verweise = {p.pk: p for p in oeffentlich(Page.objects.live().filter(pk__in=verweise))}
        dokumente = {wert.get("dokument") for wert in werte} - {None}
        self.dokumente = get_document_model().objects.in_bulk(dokumente)
        self.roh = roh
        self.html = self._rich_texts()

    def _rich_texts(self) -> list[str]:
        """Every rich text of the page, in block order, with their links expanded in one call."""
        texte = []
        for _name, item in self.roh:
            wert = item["value"]
            if item["type"] == "paragraph":
                texte.append(wert or "")
            elif item["type"] in RICH_TEXT_FELD:
                texte.append(wert.get(RICH_TEXT_FELD[item["type"]]) or "")
        return expand_db_html(TRENNER.join(texte)).split(TRENNER) if texte else []

    def teile(self) -> list[dict]:
        html_texte = iter(self.html)
        teile = {name: [] for name, _label in self.page.PARTS}
        for name, item in self.roh:
            teile[name].append(self._block(item, html_texte))
        return [
            {"name": name, "titel": str(label), "bloecke": teile[name]} for name, label in self.page.PARTS
        ]

    def _rich(self, html_texte) -> dict:
        inhalt = next(html_texte)
        return {"html": inhalt, "text": text(inhalt)}

    def _block(self, item: dict, html_texte) -> dict:
        typ, wert = item["type"], item["value"]
        daten = {"typ": typ, "id": item.get("id")}
        if typ == "paragraph":
            return {**daten, **self._rich(html_texte)}
        if typ == "heading":
            return {**daten, "text": wert.get("text", ""), "ebene": wert.get("level", "h3")}
        if typ == "hinweis":
            art = wert.get("art") or HinweisArt.INFO
            return {**daten, "art": art, "art_label": str(HinweisArt(art).label), "titel": wert.get("titel", ""),
                    **self._rich(html_texte)}
        if typ == "tabelle":
            spalten = [key for key in ("spalte_1", "spalte_2", "spalte_3", "spalte_4") if wert.get(key)]
            zeilen = [[zeile.get(key) or "" for key in spalten] for zeile in _listenwerte(wert.get("zeilen"))]
            return {**daten, "beschriftung": wert.get("beschriftung", ""), "kopf": [wert[k] for k in spalten],
                    "zeilen": zeilen}
        if typ == "handlungsfeld_verweis":
            ziel = self.verweise.get(wert.get("seite"))
            return {
                **daten,
                "text": wert.get("text") or (ziel.title if ziel else ""),
                "ziel": {"id": ziel.pk, "titel": ziel.title, "url": absolut(self.request, seiten_url(self.request, ziel))}
                if ziel
                else None,
            }
        if typ == "dokument":
            dokument = self.dokumente.get(wert.get("dokument"))
            return {
                **daten,
                "titel": wert.get("titel") or (dokument.title if dokument else ""),
                "beschreibung": wert.get("beschreibung", ""),
                "url": absolut(self.request, dokument.url) if dokument else None,
            }
        if typ == "massnahme":
            m = self.massnahmen[item["id"]]
            return {**daten, **{k: v for k, v in massnahme(self.request, m).items() if k != "handlungsfeld"}}
        if typ == "support_level":
            stufe = wert.get("stufe") or SupportStufe.FIRST
            return {
                **daten,
                "stufe": stufe,
                "stufe_label": str(SupportStufe(stufe).label),
                "wer": akteur(self.akteure.get(wert.get("wer"))),
                "aufgaben": self._rich(html_texte),
                "erreichbarkeit": wert.get("erreichbarkeit", ""),
                "servicezeiten": wert.get("servicezeiten", ""),
            }
        if typ == "zustaendigkeit":
            return {
                **daten,
                "aufgabe": wert.get("aufgabe", ""),
                "verantwortlich": akteur(self.akteure.get(wert.get("verantwortlich"))),
                "unterstuetzt": [akteur(self.akteure[pk]) for pk in _listenwerte(wert.get("unterstuetzt"))
                                 if pk in self.akteure],
                "informiert": [akteur(self.akteure[pk]) for pk in _listenwerte(wert.get("informiert"))
                               if pk in self.akteure],
            }
        return daten


def status_werte() -> list[dict]:
    return [{"wert": status.value, "label": str(status.label)} for status in MassnahmeStatus]
