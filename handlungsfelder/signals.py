"""Signal receivers: a new concept start page gets the roles' permissions and the approval workflow."""

from django.apps import apps
from django.db.models.signals import post_save
from django.dispatch import receiver

from . import roles
from .models import KonzeptStartPage


@receiver(post_save, sender=KonzeptStartPage)
def configure_new_start_page(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        roles.attach_to_start_page(apps, instance.pk)
