"""The editor's workflow actions in words that say what happens: submitting first, cancelling only for the author
and the Redaktion, and confirmations that name the step that comes next."""

from django.contrib import messages
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.action_menu import SubmitForModerationMenuItem
from wagtail.models import Page, WorkflowState, WorkflowTask

from ..bereiche.models import Konzeptrollen
from .rollen import WORKFLOW_NAME

EINREICHEN = gettext_lazy("Zur Prüfung einreichen (Arbeitsgruppe, dann Redaktion)")
ABBRECHEN_GESPERRT = gettext_lazy(
    "Den Freigabeprozess von „%(titel)s“ brechen nur der Autor des Vorschlags oder die Redaktion ab; "
    "wer prüft, fordert stattdessen Änderungen an."
)
ABBRECHEN_AKTIONEN = ("action-cancel-workflow", "action-restart-workflow")
# The next step by its place in the concept's workflow (the same two steps in every concept's own workflow).
NAECHSTER_SCHRITT = (
    gettext_lazy("Als Nächstes prüft die Arbeitsgruppe."),
    gettext_lazy("Als Nächstes gibt die Redaktion frei."),
)


class ZurPruefungEinreichen(SubmitForModerationMenuItem):
    """Wagtail's submit action, labelled with the two steps of the concept's workflow."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        page = context.get("page")
        workflow_page = page if page and page.pk else context["parent_page"]
        workflow = workflow_page.get_workflow()
        if workflow is not None and ist_konzept_workflow(workflow):
            context["label"] = EINREICHEN
        return context


def ist_konzept_workflow(workflow) -> bool:
    """The installation's two-step workflow or a concept's own."""
    return workflow.name == WORKFLOW_NAME or Konzeptrollen.objects.filter(workflow=workflow).exists()


def may_cancel(page, user) -> bool:
    """Cancelling a proposal is its author's or the Redaktion's, not a reviewer's (Wagtail lets reviewers)."""
    state = page.current_workflow_state
    return state is None or state.requested_by_id == user.pk or page.permissions_for_user(user).can_publish()


def arrange_menu(menu_items, request, page) -> None:
    """Submitting becomes the main action; cancelling disappears for those who may not cancel."""
    for index, item in enumerate(menu_items):
        if item.name == "action-submit":
            menu_items[index] = ZurPruefungEinreichen(order=item.order)
    if page is not None and page.pk and not may_cancel(page, request.user):
        menu_items[:] = [item for item in menu_items if item.name not in ABBRECHEN_AKTIONEN]
    menu_items.sort(key=lambda item: item.name != "action-submit")


def cancel_refused(request, page) -> bool:
    """A forged cancel or restart (which cancels first) by someone who may not cancel."""
    if any(request.POST.get(name) for name in ABBRECHEN_AKTIONEN) and not may_cancel(page, request.user):
        messages.error(request, ABBRECHEN_GESPERRT % {"titel": page.get_admin_display_title()})
        return True
    return False


def what_comes_next(page) -> str:
    page = Page.objects.get(pk=page.pk)
    state = page.current_workflow_state
    if state is None:
        return _("Der Vorschlag ist veröffentlicht.") if page.live and not page.has_unpublished_changes else ""
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return _("Der Vorschlag geht mit dem Kommentar an den Autor zurück.")
    stelle = (
        WorkflowTask.objects.filter(workflow_id=state.workflow_id, task_id=state.current_task_state.task_id)
        .values_list("sort_order", flat=True)
        .first()
    )
    if not ist_konzept_workflow(state.workflow) or stelle is None or stelle >= len(NAECHSTER_SCHRITT):
        return ""
    return str(NAECHSTER_SCHRITT[stelle])


def confirm_next_step(request, page) -> None:
    """After a submission or a decision in the editor, Wagtail's "zur Moderation eingereicht" gives way to a
    confirmation that says which step comes next."""
    if request.POST.get("action-submit"):
        text = _("„%(titel)s“ wurde zur Prüfung eingereicht.")
    elif request.POST.get("action-workflow-action"):
        text = _("Ihre Entscheidung zu „%(titel)s“ ist gespeichert.")
    else:
        return
    for message in messages.get_messages(request):
        if message.level != messages.SUCCESS:
            messages.add_message(request, message.level, message.message, extra_tags=message.extra_tags)
    text = text % {"titel": page.get_admin_display_title()}
    messages.success(request, f"{text} {what_comes_next(page)}".strip())
