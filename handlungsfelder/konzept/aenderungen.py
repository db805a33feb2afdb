"""One signal for "what the public sees has changed", sent once the change is committed.

The page cache of a host and the PDF build listen to it instead of to a dozen Wagtail and model signals each:
publishing (also scheduled and translations), unpublishing, moving and deleting pages, and saving or deleting the
reference data and concept versions the public pages show. A host adds its own senders (site settings, say) with
`melden()`.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal

from taggit.models import Tag
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from ..freigabe.models import Vorschlagsberatung
from ..sprachen.models import SchlagwortUebersetzung
from ..stammdaten.models import Akteur, Dienstleister, Kontakt, Region, Schule
from ..versionen.models import Konzeptversion, KonzeptversionSeite

# Sent with `anlass` (a short English word: "publish", "unpublish", "move", "delete", "save") after the commit.
oeffentlicher_stand_geaendert = Signal()
# The same, sent at once inside the change's transaction: for state that must change in the same commit (the
# stored output of `darstellung`, whose readers then never see the new content beside the old generation).
oeffentlicher_stand_aendert_sich = Signal()

# Besides reference data and concept versions: documents (a document block shows title and address), tags and their
# translations (their names are listed), a meeting's recorded outcomes (its public record lists them), sites (every
# stored address is built from the site's root) and view restrictions (a page made private leaves every list, the
# API and the exports at once).
REFERENCE_MODELS = (
    Akteur,
    Dienstleister,
    Kontakt,
    Region,
    Schule,
    Konzeptversion,
    KonzeptversionSeite,
    get_document_model(),
    Tag,
    SchlagwortUebersetzung,
    Vorschlagsberatung,
    Site,
    PageViewRestriction,
)


def melden(anlass: str) -> None:
    """Send the signal after the current transaction commits (at once outside one): a reader who reacts to it
    must see the new state in the database, never the old one."""
    oeffentlicher_stand_aendert_sich.send(sender=None, anlass=anlass)
    transaction.on_commit(lambda: oeffentlicher_stand_geaendert.send(sender=None, anlass=anlass), robust=True)


def _receiver(anlass: str):
    def receiver(**kwargs) -> None:
        melden(anlass)

    return receiver


_published = _receiver("publish")
_unpublished = _receiver("unpublish")
_moved = _receiver("move")
_deleted = _receiver("delete")
_saved = _receiver("save")


def connect() -> None:
    page_published.connect(_published, dispatch_uid="handlungsfelder.aenderungen.published")
    page_unpublished.connect(_unpublished, dispatch_uid="handlungsfelder.aenderungen.unpublished")
    post_page_move.connect(_moved, dispatch_uid="handlungsfelder.aenderungen.moved")
    post_delete.connect(_deleted, sender="wagtailcore.Page", dispatch_uid="handlungsfelder.aenderungen.page_deleted")
    for model in REFERENCE_MODELS:
        uid = f"handlungsfelder.aenderungen.{model.__name__}"
        post_save.connect(_saved, sender=model, dispatch_uid=f"{uid}.saved")
        post_delete.connect(_deleted, sender=model, dispatch_uid=f"{uid}.deleted")
