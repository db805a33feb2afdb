"""The rich-text editor of the concept's pages: input that is not the editor's data is refused with a form error.

Wagtail's Draftail widget parses what the browser posts as its JSON and raises on anything else (raw HTML from a
script, a broken upload), which answers 500. This widget turns such input into a marker the page form refuses
(forms.py). Wagtail loads it through WAGTAILADMIN_RICH_TEXT_EDITORS once the apps are ready.
"""

from wagtail.admin.rich_text import DraftailRichTextArea

from .forms import UNGUELTIGE_EDITORDATEN


class DraftailEditor(DraftailRichTextArea):
    def value_from_datadict(self, data, files, name):
        try:
            return super().value_from_datadict(data, files, name)
        except (ValueError, TypeError, KeyError, AttributeError):
            return UNGUELTIGE_EDITORDATEN
