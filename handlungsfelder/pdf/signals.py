"""Queueing PDF builds: the current PDFs after every change the public sees, a frozen one for each recorded version
(again only when its record is corrected)."""

from django.db.models.signals import post_save
from django.utils import timezone

from ..konzept.aenderungen import oeffentlicher_stand_geaendert
from ..versionen.models import Konzeptversion
from .models import KonzeptPdf
from .tasks import aktuelle_anfordern, version_anfordern


def _version_recorded(sender, instance, created, **kwargs) -> None:
    if not created:
        KonzeptPdf.objects.filter(konzeptversion=instance).update(angefordert_am=timezone.now())
    version_anfordern(instance.pk)


def connect() -> None:
    oeffentlicher_stand_geaendert.connect(aktuelle_anfordern, dispatch_uid="handlungsfelder.pdf.stand_geaendert")
    post_save.connect(_version_recorded, sender=Konzeptversion, dispatch_uid="handlungsfelder.pdf.version")
