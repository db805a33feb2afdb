"""Admin panels for concept pages."""

from django.urls import reverse

from wagtail.admin.panels import FieldPanel


def compare_with_live_url(page, revision_id: int) -> str | None:
    """Admin link comparing a revision block by block with the live version (all new for a page never published);
    None for the live revision itself."""
    if page.live and page.live_revision_id == revision_id:
        return None
    return reverse("handlungsfelder_vorschlag_vergleich", args=[page.pk, revision_id])


def current_submission(page) -> dict | None:
    """The open approval of a page: its change note, author and the link comparing it with the live version."""
    if page is None or not page.pk:
        return None
    workflow_state = page.current_workflow_state
    if workflow_state is None or workflow_state.current_task_state is None:
        return None
    revision = workflow_state.current_task_state.revision
    notiz = getattr(revision, "aenderungsnotiz", None)
    return {
        "notiz": notiz,
        "autor": workflow_state.requested_by,
        "eingereicht_am": workflow_state.created_at,
        "schritt": workflow_state.current_task_state.task,
        "compare_url": compare_with_live_url(page, revision.pk),
    }


class AenderungsgrundPanel(FieldPanel):
    """The change-note field, with the note of the submission currently under review shown above it."""

    def __init__(self, field_name: str = "aenderungsgrund", **kwargs):
        super().__init__(field_name, **kwargs)

    class BoundPanel(FieldPanel.BoundPanel):
        template_name = "handlungsfelder/freigabe/aenderungsgrund_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["einreichung"] = current_submission(self.instance)
            return context
