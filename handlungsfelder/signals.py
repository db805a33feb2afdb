"""Signal receivers: role setup for new concept start pages, the publication record for the history,
and invalidating the cached PDF on changes that leave no new publication timestamp."""

from django.apps import apps
from django.db.models.signals import post_delete, post_save

from wagtail.signals import page_published, page_unpublished, post_page_move

from . import roles, versionen
from .models import Akteur, Dienstleister, Kontakt, KonzeptStartPage, Region, Schule
from .pdf import bump_generation


def configure_new_start_page(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        roles.attach_to_start_page(apps, instance.pk)


def record_publication(sender, instance, revision, **kwargs):
    """Every publication of a concept page enters the public version history."""
    if revision is not None:
        versionen.record_publication(instance, revision)


def connect() -> None:
    post_save.connect(configure_new_start_page, sender=KonzeptStartPage)
    page_published.connect(record_publication)
    page_unpublished.connect(bump_generation)
    post_page_move.connect(bump_generation)
    post_delete.connect(bump_generation, sender="wagtailcore.Page")
    for model in (Akteur, Dienstleister, Kontakt, Region, Schule):
        post_save.connect(bump_generation, sender=model)
        post_delete.connect(bump_generation, sender=model)
