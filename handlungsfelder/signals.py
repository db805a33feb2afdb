"""Signal wiring: changes that leave no new publication timestamp still make the cached PDF stale."""

from django.db.models.signals import post_delete, post_save

from wagtail.signals import page_unpublished, post_page_move

from .models import Akteur, Dienstleister, Kontakt, Region, Schule
from .pdf import bump_generation


def connect() -> None:
    page_unpublished.connect(bump_generation)
    post_page_move.connect(bump_generation)
    post_delete.connect(bump_generation, sender="wagtailcore.Page")
    for model in (Akteur, Dienstleister, Kontakt, Region, Schule):
        post_save.connect(bump_generation, sender=model)
        post_delete.connect(bump_generation, sender=model)
