"""The Arbeitsgruppe decides in its meetings: put waiting proposals on a meeting's agenda, then record the outcome.

Recording "angenommen" approves the proposal's "Prüfung Arbeitsgruppe" step, "abgelehnt" requests changes,
through Wagtail's workflow engine, so notifications, the audit log and the next step follow as usual.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import Task, TaskState, WorkflowTask

from . import roles
from .choices import BeratungsErgebnis
from .models import SitzungPage, Vorschlagsberatung


def pruefschritt_arbeitsgruppe() -> Task | None:
    """The first step of the concept workflow, the one the Arbeitsgruppe decides."""
    first = (
        WorkflowTask.objects.filter(workflow__name=roles.WORKFLOW_NAME, task__active=True)
        .select_related("task")
        .order_by("sort_order")
        .first()
    )
    return first.task if first else None


def wartende_vorschlaege():
    """Proposals currently waiting for the Arbeitsgruppe's step, oldest first."""
    task = pruefschritt_arbeitsgruppe()
    if task is None:
        return TaskState.objects.none()
    return (
        TaskState.objects.filter(task=task, status=TaskState.STATUS_IN_PROGRESS)
        .select_related("revision", "workflow_state__requested_by")
        .order_by("started_at")
    )


def tagesordnung_uebernehmen(sitzung: SitzungPage) -> int:
    """Add every waiting proposal not yet on this meeting's agenda; returns how many were added."""
    vorhanden = set(sitzung.vorschlagsberatungen.values_list("revision_id", flat=True))
    neu = [
        Vorschlagsberatung(
            sitzung=sitzung,
            page_id=int(task_state.revision.object_id),
            revision=task_state.revision,
            task_state=task_state,
        )
        for task_state in wartende_vorschlaege()
        if task_state.revision_id not in vorhanden
    ]
    Vorschlagsberatung.objects.bulk_create(neu)
    return len(neu)


@transaction.atomic
def ergebnis_eintragen(beratung: Vorschlagsberatung, ergebnis: str, kommentar: str, user) -> bool:
    """Record the meeting's decision and move the proposal through the workflow; False if it was already decided."""
    task_state = beratung.task_state
    if ergebnis == BeratungsErgebnis.OFFEN or beratung.ergebnis != BeratungsErgebnis.OFFEN:
        return False
    if task_state is None or task_state.status != TaskState.STATUS_IN_PROGRESS:
        return False
    begruendung = _("Beschluss der Arbeitsgruppe in der Sitzung vom %(datum)s") % {
        "datum": beratung.sitzung.datum.strftime("%d.%m.%Y")
    }
    if kommentar:
        begruendung = f"{begruendung}: {kommentar}"
    if ergebnis == BeratungsErgebnis.ANGENOMMEN:
        task_state.approve(user=user, comment=begruendung)
    else:
        task_state.reject(user=user, comment=begruendung)
    beratung.ergebnis = ergebnis
    beratung.kommentar = kommentar
    beratung.entschieden_am = timezone.now()
    beratung.entschieden_von = user
    beratung.save()
    return True
