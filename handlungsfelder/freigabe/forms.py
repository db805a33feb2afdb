"""The admin form of every concept page: a submission for approval, and a direct publication, must say why."""

import json

from django import forms
from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks import StreamValue
from wagtail.rich_text import RichText

from .models import Aenderungsnotiz

SUBMIT_ACTIONS = ("action-submit", "action-restart-workflow")
# What the editor widget (widgets.py) puts in place of rich text that did not arrive as the editor's data.
UNGUELTIGE_EDITORDATEN = "\u2063ungültige Editordaten\u2063"


def _text(value) -> str:
    """A cleaned field value as text, to look for rich text the editor did not send (see konzept/widgets.py)."""
    if isinstance(value, StreamValue):
        return json.dumps(value.get_prep_value(), ensure_ascii=False, default=str)
    if isinstance(value, RichText):
        return value.source
    return value if isinstance(value, str) else ""


def is_submission(data) -> bool:
    """True when the posted edit form starts or resumes the approval workflow."""
    return any(data.get(action) for action in SUBMIT_ACTIONS)


def entwurfsnotiz(page) -> str:
    """The change note saved with the page's newest revision while it is an unpublished draft (a restored version's
    prefilled note, or what was typed before saving a draft), so the editor submits it without typing it again."""
    if not page.pk or not page.has_unpublished_changes or not page.latest_revision_id:
        return ""
    notiz = Aenderungsnotiz.objects.filter(revision_id=page.latest_revision_id).only("text").first()
    return notiz.text if notiz else ""


class KonzeptPageForm(WagtailAdminPageForm):
    aenderungsgrund = forms.CharField(
        label=_("Änderungsgrund"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Pflicht beim Einreichen zur Freigabe und beim Veröffentlichen: Was ändert sich und warum? "
            "Die Arbeitsgruppe und die Redaktion sehen den Text bei der Prüfung; nach der Veröffentlichung "
            "erscheint er in der Versionsgeschichte."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("aenderungsgrund", entwurfsnotiz(self.instance))

    @cached_property
    def changed_data(self):
        """The note is about the change, not part of it: typing one alone must not create a new revision."""
        return [name for name in super().changed_data if name != "aenderungsgrund"]

    def clean(self):
        cleaned_data = super().clean()
        for name, value in list(cleaned_data.items()):
            if UNGUELTIGE_EDITORDATEN in _text(value):
                self.add_error(
                    name,
                    _(
                        "Ein Textfeld kam nicht im Format des Editors an (z. B. als reines HTML) und wurde nicht "
                        "gespeichert. Bitte laden Sie die Seite neu und geben Sie den Text im Editor ein."
                    ),
                )
        if not self.instance.pk and hasattr(self.instance, "kuerzel_pruefen") and self.parent_page:
            try:
                self.instance.kuerzel_pruefen(cleaned_data.get("kuerzel"), unter=self.parent_page)
            except ValidationError as fehler:
                self.add_error(None, fehler)
        if not (cleaned_data.get("aenderungsgrund") or "").strip():
            if is_submission(self.data):
                self.add_error(
                    "aenderungsgrund",
                    _("Bitte geben Sie einen Änderungsgrund an, bevor Sie den Vorschlag zur Freigabe einreichen."),
                )
            elif self.data.get("action-publish"):
                self.add_error(
                    "aenderungsgrund",
                    _("Bitte geben Sie einen Änderungsgrund an: er erscheint in der Versionsgeschichte."),
                )
        return cleaned_data
