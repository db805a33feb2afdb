"""Keeps the approval steps in order: the Arbeitsgruppe's check always precedes the Redaktion's release.

Wagtail resumes a resubmitted proposal at the step that asked for changes, and with re-approval on edit it can
end a workflow at an earlier step whose reviewers may not publish, or leave the current step deciding an older
revision than the one now in the editor. Whenever the current step is not about the latest revision, or the steps
approved for it are not exactly the ones before the current step, the workflow restarts from the first step, for
the original author, carrying the change note over to the revision now under review.
"""

from wagtail.models import Page, TaskState

from .models import Aenderungsnotiz


def in_order(workflow_state) -> bool:
    """True when the current step reviews the latest revision and exactly the steps before it approved that."""
    current = workflow_state.current_task_state
    task_ids = list(workflow_state.workflow.tasks.order_by("workflow_tasks__sort_order").values_list("pk", flat=True))
    latest_revision_id = workflow_state.content_object.get_latest_revision().pk
    if current is not None and current.revision_id != latest_revision_id:
        return False
    approved = set(
        workflow_state.task_states.filter(
            revision_id=latest_revision_id, status__in=[TaskState.STATUS_APPROVED, TaskState.STATUS_SKIPPED]
        ).values_list("task_id", flat=True)
    )
    expected = set(task_ids[: task_ids.index(current.task_id)]) if current else set()
    return approved == expected


def keep_steps_in_order(page: Page, user) -> bool:
    """Restart the page's workflow from its first step if the steps ran out of order; True if it restarted."""
    workflow_state = page.current_workflow_state
    if workflow_state is None or workflow_state.status != workflow_state.STATUS_IN_PROGRESS:
        return False
    if in_order(workflow_state):
        return False
    author = workflow_state.requested_by
    workflow_state.cancel(user=user)
    page.get_workflow().start(page, author)
    latest = page.get_latest_revision()
    if not Aenderungsnotiz.objects.filter(revision=latest).exists():
        previous = (
            Aenderungsnotiz.objects.filter(revision__object_id=str(page.pk), revision__content_type=latest.content_type)
            .order_by("-revision__created_at")
            .first()
        )
        if previous is not None:
            Aenderungsnotiz.objects.create(revision=latest, text=previous.text, autor=previous.autor)
    return True
