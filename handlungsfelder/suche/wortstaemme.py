"""Word stems, so that a search finds inflected forms ("Netzwerke" finds "Netzwerk") on every database.

Wagtail's database backend on SQLite matches whole tokens only; PostgreSQL stems on its own. Each page therefore
indexes the stems of its text beside the text (`SuchstammMixin`) and a query asks for each word or its stem, the same
way on both databases.
"""

import functools
import re
import unicodedata

import snowballstemmer

WORD = re.compile(r"\w+")
# Snowball's names of the languages the concept is written in; any other language is stemmed as German.
SPRACHEN = {"de": "german", "en": "english"}


@functools.cache
def _stemmer(sprache: str):
    return snowballstemmer.stemmer(SPRACHEN.get(sprache, "german"))


@functools.lru_cache(maxsize=65536)
def wortstamm(wort: str, sprache: str = "de") -> str:
    """The stem of one word, in lower case and without diacritics (as SQLite's FTS5 tokenizer folds them)."""
    return falten(_stemmer(sprache).stemWord(wort.lower()))


def falten(wort: str) -> str:
    """Lower case, diacritics removed ("Höfe" -> "hofe"), "ß" as "ss": how the stems are compared."""
    zerlegt = unicodedata.normalize("NFKD", wort.lower().replace("ß", "ss"))
    return "".join(zeichen for zeichen in zerlegt if not unicodedata.combining(zeichen))


def staemme(text: str, sprache: str = "de") -> str:
    """Each distinct stem of the text's words once, in order of appearance."""
    return " ".join(dict.fromkeys(wortstamm(wort, sprache) for wort in WORD.findall(text)))
