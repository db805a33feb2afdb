"""Which fields of a page or snippet travel in a package: content only, never tree position, ids of this
installation, workflow or lock state (the receiving installation has its own)."""

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db import models

from wagtail.models import Page, TranslatableMixin

from ..stammdaten.models import Akteur, Dienstleister, Kontakt, Region, Schule

# Page fields that describe this installation's tree, revisions and publishing, not the content.
SEITEN_VERWALTUNG = {
    "pk", "id", "path", "depth", "numchild", "translation_key", "locale", "latest_revision", "live",
    "has_unpublished_changes", "first_published_at", "last_published_at", "live_revision", "go_live_at",
    "expire_at", "expired", "locked", "locked_at", "locked_by", "draft_title", "content_type", "url_path",
    "owner", "latest_revision_created_at", "alias_of", "wagtail_admin_comments", "tagged_items", "page_ptr",
}  # fmt: skip
# Reference data in the order it is created on import (each refers only to those before it).
STAMMDATEN: list[type[models.Model]] = [Region, Kontakt, Akteur, Schule, Dienstleister]


def modellname(model: type[models.Model]) -> str:
    return model._meta.label_lower


def modell(name: str) -> type[models.Model] | None:
    try:
        return apps.get_model(name)
    except (LookupError, ValueError):
        return None


def seitenfelder(page: Page) -> dict:
    """The content fields of a (specific) page as `serializable_data()` gives them; child relations (tags,
    comments) are left out, tags travel by name."""
    felder = {}
    for name, wert in page.serializable_data().items():
        if name in SEITEN_VERWALTUNG:
            continue
        try:
            feld = type(page)._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if feld.concrete or feld.many_to_many:
            felder[name] = wert
    return felder


def objektfelder(objekt: models.Model) -> dict:
    """A snippet's concrete fields (foreign keys as ids), without its id, language bookkeeping and the concept it
    belongs to here (the receiving installation decides that)."""
    sprache = {"locale", "translation_key"} if isinstance(objekt, TranslatableMixin) else set()
    ausgelassen = {"id", "konzept", *sprache}
    return {
        feld.name: feld.value_from_object(objekt)
        for feld in objekt._meta.concrete_fields
        if feld.name not in ausgelassen
    }
