"""Suggestions when a search found nothing: similar words of the published concept, Handlungsfelder whose title is
near a searched word."""

import difflib

from ..konzept.darstellung import mit_rahmen, schluessel
from ..konzept.queries import public_handlungsfelder
from ..umsetzung.massnahmen import sammeln
from .text import klartext
from .wortstaemme import WORD, falten

MAX_VORSCHLAEGE = 5
MIN_LAENGE = 4


def _woerter(texte) -> list[str]:
    """The distinct words of the texts (first spelling kept), long enough to be worth suggesting."""
    woerter = {}
    for text in texte:
        for wort in WORD.findall(text or ""):
            if len(wort) >= MIN_LAENGE and not wort.isdigit():
                woerter.setdefault(falten(wort), wort)
    return list(woerter.values())


def wortschatz(request, start_page, menu: list[dict]) -> list[str]:
    """The words of the Handlungsfelder's titles, summaries and tags and of every Maßnahme's title and description,
    stored per publication state (one query when stored)."""
    eigener = schluessel(request, "suchwortschatz", start_page.pk)

    def bauen() -> dict:
        massnahmen = sammeln(public_handlungsfelder(start_page))
        return {"woerter": _woerter(text for m in massnahmen for text in (m.titel, klartext(m.beschreibung)))}

    gespeichert = mit_rahmen(request, {eigener: bauen})[eigener]["woerter"]
    aus_menu = _woerter(
        text
        for eintrag in menu
        for text in (eintrag["title"], eintrag["summary"], *(t["name"] for t in eintrag["tags"]))
    )
    return list(dict.fromkeys(aus_menu + gespeichert))


def aehnliche_woerter(query: str, woerter: list[str]) -> list[str]:
    """Words of the concept that are spelled like a searched word ("Netzwek" -> "Netzwerk"), best first."""
    nach_form = {falten(wort): wort for wort in reversed(woerter)}
    vorschlaege = []
    for gesucht in WORD.findall(query):
        for form in difflib.get_close_matches(falten(gesucht), nach_form, n=MAX_VORSCHLAEGE, cutoff=0.75):
            if form != falten(gesucht):
                vorschlaege.append(nach_form[form])
    return list(dict.fromkeys(vorschlaege))[:MAX_VORSCHLAEGE]


def _nah(a: str, b: str) -> bool:
    """Two folded words that begin alike or are spelled alike."""
    return (min(len(a), len(b)) >= 5 and a[:5] == b[:5]) or difflib.SequenceMatcher(None, a, b).ratio() >= 0.75


def aehnliche_handlungsfelder(query: str, menu: list[dict]) -> list[dict]:
    """Handlungsfelder with a word of their title or tags near a searched word."""
    gesucht = [falten(wort) for wort in WORD.findall(query)]

    def passt(eintrag) -> bool:
        namen = (eintrag["title"], *(tag["name"] for tag in eintrag["tags"]))
        return any(_nah(falten(name), wort) for text in namen for name in WORD.findall(text) for wort in gesucht)

    return [eintrag for eintrag in menu if passt(eintrag)][:MAX_VORSCHLAEGE]
