"""The mails' tasks, on the host's background task backend (by default the PDF's, `HANDLUNGSFELDER_PDF_TASK_BACKEND`;
another alias through `HANDLUNGSFELDER_ABONNEMENT_TASK_BACKEND`), never in a request: neither the reader who subscribes
(the answer takes as long whether or not a mail goes out, and a mail server fault is no error page) nor the editor
who publishes.

Each publication queues one run a while later (`HANDLUNGSFELDER_ABONNEMENT_SAMMELZEIT` seconds, default 600); the
first run sends everything published meanwhile, so a series of publications reaches a reader as one mail.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from django_tasks import task, task_backends

from .mails import bestaetigung_senden
from .models import Abonnement
from .tokens import BESTAETIGUNG_GUELTIG
from .zusammenfassung import abgelaufene_loeschen, zusammenfassungen_senden


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


@task()
def bestaetigung(abonnement_id: int, basis: str) -> bool:
    abonnement = Abonnement.objects.filter(pk=abonnement_id, bestaetigt_am=None).first()
    if abonnement is None:  # confirmed or unsubscribed meanwhile
        return False
    bestaetigung_senden(abonnement, basis)
    return True


@task()
def abgelaufene() -> int:
    return abgelaufene_loeschen()


def _bestaetigung_einreihen(abonnement_id: int, basis: str) -> None:
    alias = backend_alias()
    bestaetigung.using(backend=alias).enqueue(abonnement_id, basis)
    if task_backends[alias].supports_defer:
        # The entry goes when its link ends, even if nothing else runs meanwhile.
        spaeter = timezone.now() + BESTAETIGUNG_GUELTIG + timedelta(minutes=1)
        abgelaufene.using(backend=alias, run_after=spaeter).enqueue()


def bestaetigung_anfordern(abonnement: Abonnement, basis: str) -> None:
    """Queue the confirmation mail once the subscription is committed; `basis` is the address the form was used at."""
    transaction.on_commit(lambda: _bestaetigung_einreihen(abonnement.pk, basis), robust=True)


def anfordern(anlass: str = "", **kwargs) -> None:
    """Receiver of `oeffentlicher_stand_geaendert` (after the commit): a publication queues a digest run."""
    if anlass != "publish":
        return
    alias = backend_alias()
    run_after = timezone.now() + sammelzeit() if task_backends[alias].supports_defer else None
    zusammenfassungen.using(backend=alias, run_after=run_after).enqueue()
