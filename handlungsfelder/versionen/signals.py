"""The public history records every publication: who approved, why and when, frozen at that moment."""

from django.db.models.signals import post_save

from wagtail.models import PageLogEntry, Revision, TaskState, WorkflowState
from wagtail.signals import page_published

from ..freigabe.models import Aenderungsnotiz, Vorschlagsberatung
from .diff import handlungsfeld_diff
from .models import Veroeffentlichung


def _display_name(user) -> str:
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def _freigaben(page, revision: Revision) -> list[dict]:
    """The approved steps of the workflow that ended in this revision being published; a step decided in a meeting
    of the Arbeitsgruppe names the meeting, and the account that entered the decision."""
    workflow_state = (
        WorkflowState.objects.for_instance(page)
        .filter(status=WorkflowState.STATUS_APPROVED)
        .order_by("-created_at")
        .first()
    )
    if workflow_state is None or workflow_state.current_task_state.revision_id != revision.pk:
        return []
    approved = list(
        workflow_state.task_states.filter(status=TaskState.STATUS_APPROVED)
        .select_related("task", "finished_by")
        .order_by("finished_at")
    )
    sitzungen = {
        beratung.task_state_id: beratung.sitzung
        for beratung in Vorschlagsberatung.objects.filter(task_state__in=approved).select_related("sitzung")
    }
    freigaben = []
    for state in approved:
        freigabe = {
            "schritt": state.task.name,
            "von": _display_name(state.finished_by),
            "am": state.finished_at.isoformat(),
        }
        if sitzung := sitzungen.get(state.pk):
            freigabe["sitzung"] = sitzung.datum.strftime("%d.%m.%Y")
        freigaben.append(freigabe)
    return freigaben


def _aenderungsgrund(page, revision: Revision, previous: Veroeffentlichung | None) -> str:
    """The latest change note given since the page's previous publication, up to this revision."""
    notes = Aenderungsnotiz.objects.filter(
        revision__object_id=str(page.pk),
        revision__base_content_type_id=revision.base_content_type_id,
        revision__created_at__lte=revision.created_at,
    )
    if previous is not None:
        notes = notes.filter(revision__created_at__gt=previous.revision.created_at)
    notiz = notes.order_by("-revision__created_at").first()
    return notiz.text if notiz else ""


def _inhaltlich_geaendert(page, revision: Revision, previous: Veroeffentlichung | None) -> bool:
    """False for a Handlungsfeld published again without a visible difference to its previous publication."""
    if previous is None or not hasattr(page, "PARTS"):
        return True
    teile = handlungsfeld_diff(previous.revision.as_object(), revision.as_object())
    return any(teil.geaenderte_bloecke for teil in teile)


def record_publication(page, revision: Revision) -> Veroeffentlichung:
    entry = PageLogEntry.objects.filter(revision=revision, action="wagtail.publish").order_by("-timestamp").first()
    publisher = entry.user if entry else revision.user
    previous = (
        Veroeffentlichung.objects.filter(page_id=page.pk).exclude(revision=revision).select_related("revision").first()
    )
    record, _ = Veroeffentlichung.objects.update_or_create(
        page_id=page.pk,
        revision=revision,
        defaults={
            "veroeffentlicht_von": _display_name(publisher),
            "aenderungsgrund": _aenderungsgrund(page, revision, previous),
            "freigaben": _freigaben(page, revision),
            "inhaltlich_geaendert": _inhaltlich_geaendert(page, revision, previous),
        },
    )
    return record


def publication_recorded(sender, instance, revision, **kwargs) -> None:
    """Receiver of `page_published`: every publication of a concept page enters the public version history."""
    if revision is not None:
        record_publication(instance, revision)


def note_recorded(sender, instance, raw=False, **kwargs) -> None:
    """Receiver of `post_save` of a change note: a note saved with a revision that is already published (a direct
    publication: the editor stores the note after `page_published`) becomes that publication's reason."""
    if not raw:
        Veroeffentlichung.objects.filter(revision_id=instance.revision_id).update(aenderungsgrund=instance.text)


def connect() -> None:
    page_published.connect(publication_recorded, dispatch_uid="handlungsfelder.versionen.publication_recorded")
    post_save.connect(note_recorded, sender=Aenderungsnotiz, dispatch_uid="handlungsfelder.versionen.note_recorded")
