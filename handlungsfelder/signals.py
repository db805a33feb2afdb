"""Signal receivers: role setup for new concept start pages, and the publication record for the history."""

from django.apps import apps
from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.signals import page_published

from . import roles, versionen
from .models import KonzeptStartPage


@receiver(post_save, sender=KonzeptStartPage)
def configure_new_start_page(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        roles.attach_to_start_page(apps, instance.pk)


@receiver(page_published)
def record_publication(sender, instance, revision, **kwargs):
    """Every publication of a concept page enters the public version history."""
    if revision is not None:
        versionen.record_publication(instance, revision)
