"""The public history records every publication: who approved, why and when, frozen at that moment."""

from wagtail.models import PageLogEntry, Revision, TaskState, WorkflowState
from wagtail.signals import page_published

from ..freigabe.models import Aenderungsnotiz
from .models import Veroeffentlichung


def _display_name(user) -> str:
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def _freigaben(page, revision: Revision) -> list[dict]:
    """The approved steps of the workflow that ended in this revision being published."""
    workflow_state = (
        WorkflowState.objects.for_instance(page)
        .filter(status=WorkflowState.STATUS_APPROVED)
        .order_by("-created_at")
        .first()
    )
    if workflow_state is None or workflow_state.current_task_state.revision_id != revision.pk:
        return []
    approved = (
        workflow_state.task_states.filter(status=TaskState.STATUS_APPROVED)
        .select_related("task", "finished_by")
        .order_by("finished_at")
    )
    return [
        {"schritt": state.task.name, "von": _display_name(state.finished_by), "am": state.finished_at.isoformat()}
        for state in approved
    ]


def _aenderungsgrund(page, revision: Revision) -> str:
    """The latest change note given since the page's previous publication, up to this revision."""
    notes = Aenderungsnotiz.objects.filter(
        revision__object_id=str(page.pk),
        revision__base_content_type_id=revision.base_content_type_id,
        revision__created_at__lte=revision.created_at,
    )
    previous = Veroeffentlichung.objects.filter(page_id=page.pk).exclude(revision=revision).first()
    if previous is not None:
        notes = notes.filter(revision__created_at__gt=previous.revision.created_at)
    notiz = notes.order_by("-revision__created_at").first()
    return notiz.text if notiz else ""


def record_publication(page, revision: Revision) -> Veroeffentlichung:
    entry = PageLogEntry.objects.filter(revision=revision, action="wagtail.publish").order_by("-timestamp").first()
    publisher = entry.user if entry else revision.user
    record, _ = Veroeffentlichung.objects.update_or_create(
        page_id=page.pk,
        revision=revision,
        defaults={
            "veroeffentlicht_von": _display_name(publisher),
            "aenderungsgrund": _aenderungsgrund(page, revision),
            "freigaben": _freigaben(page, revision),
        },
    )
    return record


def publication_recorded(sender, instance, revision, **kwargs) -> None:
    """Receiver of `page_published`: every publication of a concept page enters the public version history."""
    if revision is not None:
        record_publication(instance, revision)


def connect() -> None:
    page_published.connect(publication_recorded, dispatch_uid="handlungsfelder.versionen.publication_recorded")
