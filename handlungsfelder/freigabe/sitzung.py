"""The Arbeitsgruppe decides in its meetings: put waiting proposals on a meeting's agenda, record the outcome,
and show the decisions on the published meeting record.

Recording "angenommen" approves the proposal's "Prüfung Arbeitsgruppe" step, "abgelehnt" requests changes,
through Wagtail's workflow engine, so notifications, the audit log and the next step follow as usual.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import Page, Task, TaskState, WorkflowTask

from ..versionen.mixins import VersionsgeschichteMixin
from ..versionen.models import Veroeffentlichung
from .choices import BeratungsErgebnis
from .models import Vorschlagsberatung

# Who prepares meetings and records their outcomes (the Redaktion).
PERMISSION = "handlungsfelder.change_vorschlagsberatung"


def pruefschritt_arbeitsgruppe(seite) -> Task | None:
    """The first step of the workflow of the page's concept, the one its Arbeitsgruppe decides (each concept
    with its own roles has its own workflow)."""
    workflow = seite.get_workflow()
    if workflow is None:
        return None
    first = (
        WorkflowTask.objects.filter(workflow=workflow, task__active=True)
        .select_related("task")
        .order_by("sort_order")
        .first()
    )
    return first.task if first else None


def wartende_vorschlaege(sitzung):
    """Proposals currently waiting for the Arbeitsgruppe's step of the meeting's concept, oldest first."""
    task = pruefschritt_arbeitsgruppe(sitzung)
    if task is None:
        return TaskState.objects.none()
    return (
        TaskState.objects.filter(task=task, status=TaskState.STATUS_IN_PROGRESS)
        .select_related("revision", "workflow_state__requested_by")
        .order_by("started_at")
    )


def fand_statt(sitzung) -> bool:
    """The meeting's day is before today (in the site's time zone): proposals taken onto its agenda now were not
    discussed there, so the Redaktion confirms that first."""
    return sitzung.datum < timezone.localdate()


def tagesordnung_uebernehmen(sitzung) -> int:
    """Add every waiting proposal not yet on this meeting's agenda; returns how many were added."""
    vorhanden = set(sitzung.vorschlagsberatungen.values_list("revision_id", flat=True))
    neu = [
        Vorschlagsberatung(
            sitzung=sitzung,
            page_id=int(task_state.revision.object_id),
            revision=task_state.revision,
            task_state=task_state,
        )
        for task_state in wartende_vorschlaege(sitzung)
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


def beratene_vorschlaege(sitzung, request=None) -> list[Vorschlagsberatung]:
    """The meeting's decided proposals for its public record. The change note and the link to the changes appear
    once the accepted revision was published (never before: a proposal's text is not public until then)."""
    beratungen = list(
        sitzung.vorschlagsberatungen.exclude(ergebnis=BeratungsErgebnis.OFFEN)
        .filter(page__live=True)
        .select_related("revision__aenderungsnotiz")
    )
    pages = Page.objects.filter(pk__in={b.page_id for b in beratungen}).specific().in_bulk()
    published: dict[int, list[int]] = {}
    for page_id, revision_id in (
        Veroeffentlichung.objects.filter(page_id__in=list(pages))
        .order_by("veroeffentlicht_am", "pk")
        .values_list("page_id", "revision_id")
    ):
        published.setdefault(page_id, []).append(revision_id)
    for beratung in beratungen:
        beratung.seite = pages[beratung.page_id]
        revisions = published.get(beratung.page_id, [])
        position = revisions.index(beratung.revision_id) if beratung.revision_id in revisions else None
        notiz = getattr(beratung.revision, "aenderungsnotiz", None) if position is not None else None
        beratung.oeffentliche_notiz = notiz.text if notiz else ""
        beratung.vergleich_url = (
            beratung.seite.subpage_url("vergleich", revisions[position - 1], beratung.revision_id, request=request)
            if position and isinstance(beratung.seite, VersionsgeschichteMixin)
            else None
        )
    return beratungen
