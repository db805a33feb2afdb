"""Invalidating the cached PDF on changes that leave no new publication timestamp."""

from django.db.models.signals import post_delete, post_save

from wagtail.signals import page_unpublished, post_page_move

from ..stammdaten.models import Akteur, Dienstleister, Kontakt, Region, Schule
from .cache import bump_generation


def connect() -> None:
    page_unpublished.connect(bump_generation, dispatch_uid="handlungsfelder.pdf.unpublished")
    post_page_move.connect(bump_generation, dispatch_uid="handlungsfelder.pdf.moved")
    post_delete.connect(bump_generation, sender="wagtailcore.Page", dispatch_uid="handlungsfelder.pdf.deleted")
    for model in (Akteur, Dienstleister, Kontakt, Region, Schule):
        post_save.connect(bump_generation, sender=model, dispatch_uid=f"handlungsfelder.pdf.saved.{model.__name__}")
        post_delete.connect(bump_generation, sender=model, dispatch_uid=f"handlungsfelder.pdf.deleted.{model.__name__}")
