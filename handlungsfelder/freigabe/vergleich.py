"""A proposal compared with the published page, block by block: the same context for the admin view and the
meeting handout, so reviewers and the Arbeitsgruppe read the changes as the public will (labels, not stored values).
"""

from django.urls import reverse

from wagtail.models import Page, Revision, TaskState, WorkflowState

from ..versionen.diff import handlungsfeld_diff


def may_decide_current_step(page: Page, user) -> bool:
    task_state = page.current_workflow_task_state
    return task_state is not None and TaskState.objects.reviewable_by(user).filter(pk=task_state.pk).exists()


def may_compare(page: Page, user) -> bool:
    """Who may edit the page, or who may decide its current step (a reviewer needs no right to edit)."""
    return page.permissions_for_user(user).can_edit() or may_decide_current_step(page, user)


def wagtail_compare_url(page: Page, revision_id: int) -> str:
    """Wagtail's own comparison of every field, kept reachable beside the block-level one."""
    return reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, "live", revision_id])


def _submission(revision: Revision) -> TaskState | None:
    """The approval step this revision was last submitted to, with its workflow (author, date)."""
    return (
        TaskState.objects.filter(revision=revision)
        .select_related("task", "workflow_state__requested_by")
        .order_by("-started_at", "-pk")
        .first()
    )


def _current_step(workflow_state: WorkflowState | None):
    if workflow_state is None or workflow_state.status != WorkflowState.STATUS_IN_PROGRESS:
        return None
    return workflow_state.current_task_state.task if workflow_state.current_task_state else None


def proposal_comparison(page: Page, revision: Revision) -> dict:
    """Who proposed what and why, and the difference of the revision from the live page (all of it new for a page
    never published); `teile` is None for a page type without parts, which only Wagtail's comparison shows."""
    page = page.specific
    task_state = _submission(revision)
    workflow_state = task_state.workflow_state if task_state else None
    teile = None
    if getattr(page, "PARTS", None):
        live = page if page.live else type(page)()
        teile = handlungsfeld_diff(live, revision.as_object(), fuer_pruefung=True)
    return {
        "page": page,
        "revision": revision,
        "neu": not page.live,
        "teile": teile,
        "geaendert": teile is not None and any(teil.geaenderte_bloecke for teil in teile),
        "schritt": _current_step(workflow_state),
        "stand": workflow_state.get_status_display() if workflow_state else "",
        "autor": workflow_state.requested_by if workflow_state else revision.user,
        "eingereicht_am": workflow_state.created_at if workflow_state else revision.created_at,
        "notiz": getattr(revision, "aenderungsnotiz", None),
        "wagtail_url": wagtail_compare_url(page, revision.pk),
        "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
    }
