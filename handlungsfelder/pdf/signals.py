"""Queueing PDF builds: the current PDFs after every change the public sees, a frozen one for each new version."""

from django.db.models.signals import post_save

from ..konzept.aenderungen import oeffentlicher_stand_geaendert
from ..versionen.models import Konzeptversion
from .tasks import aktuelle_anfordern, version_anfordern


def _version_recorded(sender, instance, created, **kwargs) -> None:
    if created:
        version_anfordern(instance.pk)


def connect() -> None:
    oeffentlicher_stand_geaendert.connect(aktuelle_anfordern, dispatch_uid="handlungsfelder.pdf.stand_geaendert")
    post_save.connect(_version_recorded, sender=Konzeptversion, dispatch_uid="handlungsfelder.pdf.version")
