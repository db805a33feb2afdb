"""The four-eyes rule: nobody decides a step of a proposal they wrote, edited or already released a step of.

The text under review is everything saved since the page's live version, so whoever saved a revision after it
counts as one of its authors, also across a workflow that restarted after an edit. Superusers are no exception.
"""

from collections import defaultdict

from wagtail.models import Page, Revision, TaskState, WorkflowState


def _approvers_of_other_steps(workflow_states: list[WorkflowState]) -> dict[int, set[int]]:
    current = dict(
        TaskState.objects.filter(pk__in=[s.current_task_state_id for s in workflow_states]).values_list(
            "workflow_state_id", "task_id"
        )
    )
    approvers = defaultdict(set)
    for state_id, task_id, user_id in TaskState.objects.filter(
        workflow_state__in=workflow_states, status=TaskState.STATUS_APPROVED
    ).values_list("workflow_state_id", "task_id", "finished_by_id"):
        if task_id != current.get(state_id) and user_id is not None:
            approvers[state_id].add(user_id)
    return approvers


def _editors_since_live(workflow_states: list[WorkflowState]) -> dict[int, set[int]]:
    """Per workflow state, who saved a revision of its page after the page's live version."""
    states_by_page = {int(s.object_id): s for s in workflow_states}
    live_since = dict(Page.objects.filter(pk__in=states_by_page).values_list("pk", "live_revision__created_at"))
    editors = defaultdict(set)
    revisions = Revision.objects.page_revisions().filter(object_id__in=[str(pk) for pk in states_by_page])
    for object_id, user_id, created_at in revisions.values_list("object_id", "user_id", "created_at"):
        since = live_since.get(int(object_id))
        if user_id is not None and (since is None or created_at > since):
            editors[states_by_page[int(object_id)].pk].add(user_id)
    return editors


def gesperrte_pruefer(workflow_states: list[WorkflowState]) -> dict[int, set[int]]:
    """Workflow state id -> ids of the users who may not decide its current step, in four queries for any number:
    the author, everyone who saved the text under review, and whoever approved another step of it."""
    approvers = _approvers_of_other_steps(workflow_states) if workflow_states else {}
    editors = _editors_since_live(workflow_states) if workflow_states else {}
    return {
        state.pk: {state.requested_by_id} | approvers.get(state.pk, set()) | editors.get(state.pk, set())
        for state in workflow_states
    }
