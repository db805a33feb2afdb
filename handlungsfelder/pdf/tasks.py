"""The PDF queue: background tasks on the host's task backend for the PDF (`HANDLUNGSFELDER_PDF_TASK_BACKEND`, by
default "pdf"), so Wagtail's own tasks (search index, references) keep running on the default backend.

The host runs one worker for it (django-tasks-db: `manage.py db_worker --backend pdf`); check E009 says so.
"""

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from django_tasks import task

from ..versionen.models import Konzeptversion
from .erstellen import aktuelle_pdfs_erstellen, version_pdf_erstellen
from .models import KonzeptPdf


def backend_alias() -> str:
    return getattr(settings, "HANDLUNGSFELDER_PDF_TASK_BACKEND", "pdf")


@task()
def aktuelle_pdfs() -> int:
    return aktuelle_pdfs_erstellen()


@task()
def version_pdf(version_id: int) -> bool:
    version = Konzeptversion.objects.filter(pk=version_id).first()
    return version_pdf_erstellen(version) if version else False


def aktuelle_anfordern(**kwargs) -> None:
    """Receiver of `oeffentlicher_stand_geaendert` (sent after the commit): mark every current PDF out of date and
    queue one build."""
    KonzeptPdf.objects.filter(konzeptversion=None).update(angefordert_am=timezone.now())
    aktuelle_pdfs.using(backend=backend_alias()).enqueue()


def version_anfordern(version_id: int) -> None:
    transaction.on_commit(lambda: version_pdf.using(backend=backend_alias()).enqueue(version_id), robust=True)
