"""Admin dashboard panels: authors see their proposals, reviewers the steps awaiting them, each with the change note."""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.forms import Media
from django.urls import reverse

from wagtail.admin.ui.components import Component
from wagtail.models import Page, TaskState, WorkflowState

from .panels import compare_with_live_url

REPLACED_WAGTAIL_PANELS = {"user_objects_in_workflow_moderation", "workflow_objects_to_moderate"}


def earlier_decisions(task_states: list[TaskState]) -> dict[int, list[TaskState]]:
    """Per workflow state, the steps already approved in it, so step 2 reads what the Arbeitsgruppe said."""
    decided = defaultdict(list)
    for state in (
        TaskState.objects.filter(
            workflow_state_id__in=[s.workflow_state_id for s in task_states], status=TaskState.STATUS_APPROVED
        )
        .select_related("task", "finished_by")
        .order_by("finished_at")
    ):
        decided[state.workflow_state_id].append(state)
    return decided


class VorschlaegePanel(Component):
    """A dashboard table with one row per proposal of the logged-in user's, for pages that still exist."""

    def entries(self, user) -> list:
        """Workflow or task states, each about one page."""
        raise NotImplementedError

    def page_id(self, entry) -> int:
        raise NotImplementedError

    def row(self, page: Page, entry) -> dict:
        raise NotImplementedError

    def get_context_data(self, parent_context):
        entries = self.entries(parent_context["request"].user)
        pages = Page.objects.in_bulk([self.page_id(entry) for entry in entries])
        return {"rows": [self.row(pages[self.page_id(e)], e) for e in entries if self.page_id(e) in pages]}

    @property
    def media(self):
        return Media(css={"all": ["handlungsfelder/css/admin-dashboard.css"]})


class MeineVorschlaegePanel(VorschlaegePanel):
    """The user's recent proposals with their state in the approval workflow."""

    name = "konzept_meine_vorschlaege"
    order = 100
    template_name = "handlungsfelder/freigabe/dashboard_meine_vorschlaege.html"

    def entries(self, user) -> list[WorkflowState]:
        return list(
            WorkflowState.objects.filter(requested_by=user, base_content_type=ContentType.objects.get_for_model(Page))
            .select_related("workflow", "current_task_state__task", "current_task_state__revision__aenderungsnotiz")
            .order_by("-created_at")[:15]
        )

    def page_id(self, entry: WorkflowState) -> int:
        return int(entry.object_id)

    def row(self, page: Page, entry: WorkflowState) -> dict:
        task_state = entry.current_task_state
        revision = task_state.revision if task_state else None
        return {
            "page": page,
            "state": entry,
            "task_state": task_state,
            "notiz": getattr(revision, "aenderungsnotiz", None) if revision else None,
            "compare_url": compare_with_live_url(page, revision.pk) if revision else None,
        }


class ZuPruefenPanel(VorschlaegePanel):
    """Workflow steps the user may decide, with the change note and a one-click comparison with the live version."""

    name = "konzept_zu_pruefen"
    order = 90
    template_name = "handlungsfelder/freigabe/dashboard_zu_pruefen.html"

    def entries(self, user) -> list[TaskState]:
        return list(
            TaskState.objects.reviewable_by(user)
            .filter(
                status=TaskState.STATUS_IN_PROGRESS,
                workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
            )
            .select_related("task", "revision__aenderungsnotiz", "workflow_state__requested_by")
            .order_by("started_at")
        )

    def page_id(self, entry: TaskState) -> int:
        return int(entry.revision.object_id)

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        earlier = earlier_decisions([row["task_state"] for row in context["rows"]])
        for row in context["rows"]:
            row["frueher"] = earlier.get(row["task_state"].workflow_state_id, [])
        return context

    def row(self, page: Page, entry: TaskState) -> dict:
        return {
            "page": page,
            "task_state": entry,
            "autor": entry.workflow_state.requested_by,
            "notiz": getattr(entry.revision, "aenderungsnotiz", None),
            "compare_url": compare_with_live_url(page, entry.revision_id),
            "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        }
