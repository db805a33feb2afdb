"""Which meetings and decisions touched a Maßnahme, stored with the Handlungsfeld's output per publication.

A meeting touched a Maßnahme when it dealt with the Handlungsfeld and its agenda or results name the Maßnahme (its
number or title), or when it accepted a published proposal that changed the Maßnahme. A decision touched it when it
adopted a concept version in which the Maßnahme was new or changed against the version before.
"""

import json
import re

from django.urls import reverse
from django.utils.html import strip_tags

from ..freigabe.choices import BeratungsErgebnis
from ..freigabe.models import Vorschlagsberatung
from ..versionen.models import KonzeptversionSeite, Veroeffentlichung
from .sichtbarkeit import oeffentlich


def _massnahmen(stream) -> dict[str, dict]:
    """block id -> the Maßnahme's value without its number, from raw stream data (a JSON string in revisions)."""
    if isinstance(stream, str):
        stream = json.loads(stream or "[]")
    return {
        block.get("id"): {key: wert for key, wert in block["value"].items() if key != "nummer"}
        for block in stream or []
        if block.get("type") == "massnahme"
    }


def _geaendert(vorher: dict[str, dict], nachher: dict[str, dict]) -> set[str]:
    return {block_id for block_id, wert in nachher.items() if vorher.get(block_id) != wert}


def _text(sitzung) -> str:
    """Agenda and results of a meeting as one lower-case plain text."""
    roh = json.dumps([list(sitzung.tagesordnung.raw_data), list(sitzung.ergebnisse.raw_data)], ensure_ascii=False)
    return " ".join(strip_tags(roh.replace("\\n", " ")).lower().split())


def _erwaehnt(text: str, massnahme: dict, nummer: str) -> bool:
    if nummer and re.search(rf"\b{re.escape(nummer.lower())}\b", text):
        return True
    titel = (massnahme.get("titel") or "").lower()
    return len(titel) >= 12 and titel in text


def _sitzung_eintrag(sitzung, request) -> dict:
    return {
        "title": sitzung.title,
        "url": sitzung.get_url(request),
        "datum": sitzung.datum.isoformat(),
        "datum_text": f"{sitzung.datum:%d.%m.%Y}",
    }


def _beschluesse(page, aktuelle: dict[str, dict], request, beschluss_seiten) -> dict[str, list[dict]]:
    """block id -> the decisions adopting a version in which the Maßnahme was new or changed, oldest first."""
    stand = (
        KonzeptversionSeite.objects.filter(page__translation_key=page.translation_key)
        .select_related("version__beschluss", "revision")
        .order_by("version__beschlossen_am", "version__pk")
    )
    oeffentliche = set(oeffentlich(beschluss_seiten.live()).values_list("pk", flat=True))
    ergebnis: dict[str, list[dict]] = {}
    vorher: dict[str, dict] = {}
    for eintrag in stand:
        version = eintrag.version
        massnahmen = _massnahmen(eintrag.revision.content.get("umsetzungsplan"))
        beschluss = version.beschluss if version.beschluss_id in oeffentliche else None
        beschluss = beschluss.localized if beschluss else None
        verweis = {
            "version": version.nummer,
            "beschlossen_am": f"{version.beschlossen_am:%d.%m.%Y}",
            "in_kraft_ab": f"{version.in_kraft_ab:%d.%m.%Y}",
            "title": beschluss.title if beschluss else "",
            "url": (
                beschluss.get_url(request)
                if beschluss
                else reverse("handlungsfelder:konzeptversion", args=[version.nummer])
            ),
        }
        for block_id in _geaendert(vorher, massnahmen) & set(aktuelle):
            ergebnis.setdefault(block_id, []).append(verweis)
        vorher = massnahmen
    return ergebnis


def _angenommene_vorschlaege(page, sitzung_seiten, request) -> list[tuple[dict, set[str]]]:
    """(meeting, the Maßnahmen its accepted and published proposal changed) for this page."""
    beratungen = list(
        Vorschlagsberatung.objects.filter(page_id=page.pk, ergebnis=BeratungsErgebnis.ANGENOMMEN)
        .filter(sitzung__in=oeffentlich(sitzung_seiten.live()))
        .select_related("sitzung")
    )
    if not beratungen:
        return []
    veroeffentlicht = list(
        Veroeffentlichung.objects.filter(page_id=page.pk)
        .order_by("veroeffentlicht_am", "pk")
        .values_list("revision_id", "revision__content")
    )
    reihenfolge = [revision_id for revision_id, _inhalt in veroeffentlicht]
    inhalte = {revision: _massnahmen((inhalt or {}).get("umsetzungsplan")) for revision, inhalt in veroeffentlicht}
    ergebnis = []
    for beratung in beratungen:
        if beratung.revision_id not in inhalte:
            continue
        position = reihenfolge.index(beratung.revision_id)
        vorher = inhalte[reihenfolge[position - 1]] if position else {}
        geaendert = _geaendert(vorher, inhalte[beratung.revision_id])
        ergebnis.append((_sitzung_eintrag(beratung.sitzung, request), geaendert))
    return ergebnis


def massnahmen_bezuege(page, request, *, sitzungen, sitzung_seiten, beschluss_seiten) -> dict:
    """{"massnahmen": block id -> {"sitzungen": [...], "beschluesse": [...]}, "sitzungen": [...]}. Querysets:
    `sitzungen` the meetings that dealt with the Handlungsfeld, `sitzung_seiten` and `beschluss_seiten` all meeting
    and decision pages."""
    raw = list(page.umsetzungsplan.raw_data)
    aktuelle = _massnahmen(raw)
    nummern = {block.get("id"): block["value"].get("nummer") or "" for block in raw if block.get("type") == "massnahme"}
    behandelt = list(oeffentlich(sitzungen.live()).order_by("datum", "pk"))
    je_massnahme = {block_id: {"sitzungen": [], "beschluesse": []} for block_id in aktuelle}
    for sitzung in behandelt:
        text = _text(sitzung)
        for block_id, massnahme in aktuelle.items():
            if _erwaehnt(text, massnahme, nummern[block_id]):
                je_massnahme[block_id]["sitzungen"].append(_sitzung_eintrag(sitzung, request))
    for eintrag, geaendert in _angenommene_vorschlaege(page, sitzung_seiten, request):
        for block_id in geaendert & set(aktuelle):
            if eintrag not in je_massnahme[block_id]["sitzungen"]:
                je_massnahme[block_id]["sitzungen"].append(eintrag)
    for block_id, beschluesse in _beschluesse(page, aktuelle, request, beschluss_seiten).items():
        je_massnahme[block_id]["beschluesse"] = beschluesse
    for bezug in je_massnahme.values():
        bezug["sitzungen"].sort(key=lambda eintrag: eintrag["datum"])
    return {
        "massnahmen": {block_id: bezug for block_id, bezug in je_massnahme.items() if any(bezug.values())},
        "sitzungen": [_sitzung_eintrag(sitzung, request) for sitzung in behandelt],
    }
