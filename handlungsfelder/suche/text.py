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

MAX_QUERY_LENGTH = 200
MAX_TERMS = 10
SNIPPET_RADIUS = 90
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Suchbegriff:
    text: str
    gekuerzt: bool


def bereinigen(raw: str) -> Suchbegriff:
    """Plain words only, at most MAX_TERMS of them from the first MAX_QUERY_LENGTH characters."""
    words = WORD.findall(raw[:MAX_QUERY_LENGTH])
    return Suchbegriff(" ".join(words[:MAX_TERMS]), len(raw) > MAX_QUERY_LENGTH or len(words) > MAX_TERMS)


def treffer_muster(query: str) -> re.Pattern | None:
    """Matches the query's words and their inflected forms ("Netzwerke" marks "Netzwerk"), whole words marked."""
    stems = {word.lower()[: max(4, len(word) - 3)] for word in WORD.findall(query)}
    if not stems:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(stem) for stem in sorted(stems)) + r")\w*", re.IGNORECASE)


def _strings(value, anchor: str | None) -> list[tuple[str, str | None]]:
    """Every text in raw stream data with the id of the top-level block it belongs to."""
    if isinstance(value, str):
        text = " ".join(strip_tags(value).split())
        return [(text, anchor)] if text else []
    if isinstance(value, dict):
        return [pair for key, item in value.items() if key not in ("id", "type") for pair in _strings(item, anchor)]
    if isinstance(value, list):
        return [pair for item in value for pair in _strings(item, anchor)]
    return []


def textabschnitte(page) -> list[tuple[str, str | None]]:
    """The page's indexed text fields as (text, block anchor) pairs, read without further queries."""
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
                abschnitte += _strings(item.get("value"), f"block-{item['id']}")
        elif isinstance(value, str):
            abschnitte += _strings(value, None)
    return abschnitte


def hervorheben(text: str, muster: re.Pattern | None) -> SafeString:
    """The text escaped, with every match wrapped in <mark>."""
    if muster is None:
        return escape(text)
    parts, position = [], 0
    for match in muster.finditer(text):
        parts += [escape(text[position : match.start()]), f"<mark>{escape(match.group())}</mark>"]
        position = match.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))


@dataclass(frozen=True)
class Ausschnitt:
    text: SafeString
    anchor: str | None


def ausschnitt(abschnitte: list[tuple[str, str | None]], muster: re.Pattern | None) -> Ausschnitt:
    """A short excerpt around the first match in a page's text (`textabschnitte`), or its beginning when only the
    title matched."""
    for text, anchor in abschnitte:
        match = muster.search(text) if muster else None
        if match:
            start = max(0, match.start() - SNIPPET_RADIUS)
            end = min(len(text), match.end() + SNIPPET_RADIUS)
            excerpt = ("… " if start else "") + text[start:end] + (" …" if end < len(text) else "")
            return Ausschnitt(hervorheben(excerpt, muster), anchor)
    first = abschnitte[0][0] if abschnitte else ""
    excerpt = first[: 2 * SNIPPET_RADIUS] + (" …" if len(first) > 2 * SNIPPET_RADIUS else "")
    return Ausschnitt(hervorheben(excerpt, muster), None)
