"""Admin dashboard panels: authors see their proposals, reviewers the steps awaiting them, each with the change note."""

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from wagtail.admin.ui.components import Component
from wagtail.models import Page, TaskState, WorkflowState

from .panels import compare_with_live_url

REPLACED_WAGTAIL_PANELS = {"user_objects_in_workflow_moderation", "workflow_objects_to_moderate"}


class VorschlaegePanel(Component):
    """A dashboard table of proposals for the logged-in user."""

    def rows(self, user) -> list[dict]:
        raise NotImplementedError

    def get_context_data(self, parent_context):
        return {"rows": self.rows(parent_context["request"].user)}


class MeineVorschlaegePanel(VorschlaegePanel):
    """The user's recent proposals with their state in the approval workflow."""

    name = "konzept_meine_vorschlaege"
    order = 100
    template_name = "handlungsfelder/freigabe/dashboard_meine_vorschlaege.html"

    def rows(self, user) -> list[dict]:
        states = list(
            WorkflowState.objects.filter(requested_by=user, base_content_type=ContentType.objects.get_for_model(Page))
            .select_related("workflow", "current_task_state__task", "current_task_state__revision__aenderungsnotiz")
            .order_by("-created_at")[:15]
        )
        pages = Page.objects.in_bulk([int(state.object_id) for state in states])
        rows = []
        for state in states:
            page = pages.get(int(state.object_id))
            if page is None:
                continue
            task_state = state.current_task_state
            revision = task_state.revision if task_state else None
            rows.append(
                {
                    "page": page,
                    "state": state,
                    "task_state": task_state,
                    "notiz": getattr(revision, "aenderungsnotiz", None) if revision else None,
                    "compare_url": compare_with_live_url(page, revision.pk) if revision else None,
                }
            )
        return rows


class ZuPruefenPanel(VorschlaegePanel):
    """Workflow steps the user may decide, with the change note and a one-click comparison with the live version."""

    name = "konzept_zu_pruefen"
    order = 90
    template_name = "handlungsfelder/freigabe/dashboard_zu_pruefen.html"

    def rows(self, user) -> list[dict]:
        task_states = list(
            TaskState.objects.reviewable_by(user)
            .filter(
                status=TaskState.STATUS_IN_PROGRESS,
                workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
            )
            .select_related("task", "revision__aenderungsnotiz", "workflow_state__requested_by")
            .order_by("started_at")
        )
        pages = Page.objects.in_bulk([int(ts.revision.object_id) for ts in task_states])
        rows = []
        for task_state in task_states:
            page = pages.get(int(task_state.revision.object_id))
            if page is None:
                continue
            rows.append(
                {
                    "page": page,
                    "task_state": task_state,
                    "autor": task_state.workflow_state.requested_by,
                    "notiz": getattr(task_state.revision, "aenderungsnotiz", None),
                    "compare_url": compare_with_live_url(page, task_state.revision_id),
                    "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                }
            )
        return rows
