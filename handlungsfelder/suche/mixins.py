"""What a page type needs to be found by the inflected forms of its words on every database."""

from wagtail.search import index

from .text import textabschnitte
from .wortstaemme import staemme

# Add to a page type's `search_fields` beside its text fields.
SUCHSTAEMME = index.SearchField("suchstaemme")


class SuchstammMixin:
    """Indexes the stems of the page's title and text beside them (`wortstaemme`)."""

    def suchstaemme(self) -> str:
        texte = [self.title, *(text for text, _anchor, _massnahme in textabschnitte(self))]
        return staemme(" ".join(texte), self.locale.language_code)
