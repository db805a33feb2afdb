"""The digest task, on the host's background task backend (by default the PDF's, `HANDLUNGSFELDER_PDF_TASK_BACKEND`;
another alias through `HANDLUNGSFELDER_ABONNEMENT_TASK_BACKEND`), never in the request that published.

Each publication queues one run a while later (`HANDLUNGSFELDER_ABONNEMENT_SAMMELZEIT` seconds, default 600); the
first run sends everything published meanwhile, so a series of publications reaches a reader as one mail.
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from django_tasks import task, task_backends

from .zusammenfassung import zusammenfassungen_senden


def backend_alias() -> str:
    return getattr(
        settings,
        "HANDLUNGSFELDER_ABONNEMENT_TASK_BACKEND",
        getattr(settings, "HANDLUNGSFELDER_PDF_TASK_BACKEND", "pdf"),
    )


def sammelzeit() -> timedelta:
    return timedelta(seconds=getattr(settings, "HANDLUNGSFELDER_ABONNEMENT_SAMMELZEIT", 600))


@task()
def zusammenfassungen() -> int:
    return zusammenfassungen_senden()


def anfordern(anlass: str = "", **kwargs) -> None:
    """Receiver of `oeffentlicher_stand_geaendert` (after the commit): a publication queues a digest run."""
    if anlass != "publish":
        return
    alias = backend_alias()
    run_after = timezone.now() + sammelzeit() if task_backends[alias].supports_defer else None
    zusammenfassungen.using(backend=alias, run_after=run_after).enqueue()
