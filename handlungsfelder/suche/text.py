"""Cleaning, snippets and highlighting for the public search, apart from the view that uses them.

Wagtail's database backend on SQLite raises on some raw input (very long queries, quotes, `;`), so the query is cut
to a maximum length and reduced to plain words before it reaches the backend.
"""

import re
from dataclasses import dataclass

from django.core.exceptions import FieldDoesNotExist
from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe

from wagtail.fields import StreamField
from wagtail.search import index

from .wortstaemme import WORD, falten, wortstamm

MAX_QUERY_LENGTH = 200
MAX_TERMS = 10
SNIPPET_RADIUS = 90
MAX_MASSNAHMEN = 3
# The end of a block element in rich text: its text and the next one's stay apart ("round. One", not "round.One").
BLOCKENDE = re.compile(r"</(?:p|li|h[1-6]|div|blockquote|td|th)>|<br\s*/?>", re.IGNORECASE)
LISTENPUNKT = re.compile(r"(?<![.!?:;,])\s*</li>", re.IGNORECASE)
# Values of a block that are codes, not text a reader would recognise in an excerpt.
KEINE_TEXTE = {"id", "type", "status"}


@dataclass(frozen=True)
class Suchbegriff:
    text: str
    gekuerzt: bool


def bereinigen(raw: str) -> Suchbegriff:
    """Plain words only, at most MAX_TERMS of them from the first MAX_QUERY_LENGTH characters."""
    words = WORD.findall(raw[:MAX_QUERY_LENGTH])
    return Suchbegriff(" ".join(words[:MAX_TERMS]), len(raw) > MAX_QUERY_LENGTH or len(words) > MAX_TERMS)


@dataclass(frozen=True)
class Suchwoerter:
    """The query's words as stems: a word of a text matches when its stem is one of them ("Netzwerk" for
    "Netzwerke")."""

    staemme: frozenset[str]
    sprache: str

    @classmethod
    def aus(cls, query: str, sprache: str) -> "Suchwoerter":
        return cls(frozenset(wortstamm(wort, sprache) for wort in WORD.findall(query)), sprache)

    def trifft(self, wort: str) -> bool:
        # A stem is a prefix of its folded word (or nearly, in English): most words are ruled out without stemming.
        gefaltet = falten(wort)
        return any(gefaltet.startswith(stamm[: max(3, len(stamm) - 1)]) for stamm in self.staemme) and (
            wortstamm(wort, self.sprache) in self.staemme
        )

    def in_text(self, text: str) -> re.Match | None:
        return next((match for match in WORD.finditer(text) if self.trifft(match.group())), None)


def klartext(html: str) -> str:
    """Rich text as one line of plain text, with block elements and list items kept apart."""
    html = BLOCKENDE.sub(lambda match: match.group() + " ", LISTENPUNKT.sub(";</li>", html))
    return " ".join(strip_tags(html).split()).removesuffix(";")


Abschnitt = tuple[str, str | None, str | None]


def _strings(value, anchor: str | None, massnahme: str | None = None) -> list[Abschnitt]:
    """Every text in raw stream data with the id of the top-level block it belongs to and, in a Maßnahme, its
    title."""
    if isinstance(value, str):
        text = klartext(value)
        return [(text, anchor, massnahme)] if text else []
    if isinstance(value, dict):
        return [
            abschnitt
            for key, item in value.items()
            if key not in KEINE_TEXTE
            for abschnitt in _strings(item, anchor, massnahme)
        ]
    if isinstance(value, list):
        return [abschnitt for item in value for abschnitt in _strings(item, anchor, massnahme)]
    return []


def textabschnitte(page) -> list[Abschnitt]:
    """The page's indexed text fields as (text, block anchor, Maßnahme title) triples, read without further
    queries."""
    abschnitte = []
    for search_field in page.search_fields:
        if not isinstance(search_field, index.SearchField) or search_field.field_name == "title":
            continue
        value = getattr(page, search_field.field_name, None)
        try:
            model_field = page._meta.get_field(search_field.field_name)
        except FieldDoesNotExist:
            model_field = None
        if isinstance(model_field, StreamField):
            for item in value.raw_data:
                wert = item.get("value")
                massnahme = wert.get("titel") if item.get("type") == "massnahme" and isinstance(wert, dict) else None
                abschnitte += _strings(wert, f"block-{item['id']}", massnahme)
        elif isinstance(value, str):
            abschnitte += _strings(value, None)
    return abschnitte


def hervorheben(text: str, suchwoerter: Suchwoerter) -> SafeString:
    """The text escaped, with every matching word wrapped in <mark>."""
    parts, position = [], 0
    for match in WORD.finditer(text):
        if suchwoerter.trifft(match.group()):
            parts += [escape(text[position : match.start()]), f"<mark>{escape(match.group())}</mark>"]
            position = match.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))


def _auf_woerter(text: str, start: int, end: int) -> str:
    """`text[start:end]` widened to whole words at both ends, with "…" where the text goes on."""
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return ("… " if start else "") + text[start:end].strip() + (" …" if end < len(text) else "")


@dataclass(frozen=True)
class Ausschnitt:
    text: SafeString
    # The block the excerpt comes from, and the Maßnahmen that match (anchor, title), for links to the place.
    anchor: str | None
    massnahmen: list[tuple[str, str]]


def ausschnitt(abschnitte: list[Abschnitt], suchwoerter: Suchwoerter) -> Ausschnitt:
    """A short excerpt of whole words around the first match in a page's text (`textabschnitte`), or its beginning
    when only the title matched; with the first MAX_MASSNAHMEN Maßnahmen that match."""
    treffer = [(text, anchor, massnahme) for text, anchor, massnahme in abschnitte if suchwoerter.in_text(text)]
    massnahmen = list(dict.fromkeys((anchor, titel) for _text, anchor, titel in treffer if titel))
    if treffer:
        text, anchor, _massnahme = treffer[0]
        match = suchwoerter.in_text(text)
        excerpt = _auf_woerter(
            text, max(0, match.start() - SNIPPET_RADIUS), min(len(text), match.end() + SNIPPET_RADIUS)
        )
        return Ausschnitt(hervorheben(excerpt, suchwoerter), anchor, massnahmen[:MAX_MASSNAHMEN])
    first = abschnitte[0][0] if abschnitte else ""
    return Ausschnitt(hervorheben(_auf_woerter(first, 0, min(len(first), 2 * SNIPPET_RADIUS)), suchwoerter), None, [])
