"""The workflow mails: who proposed what and why, which step it is at, what the reviewers said, and absolute links.

Wagtail's notifiers (wagtail/admin/mail.py) choose the recipients, honour each user's notification preferences and
language; these subclasses add the Änderungsgrund, the step, the decisions so far and links built from
`WAGTAILADMIN_BASE_URL` (admin) and the page's Site (public page). The mails are plain text.
"""

from urllib.parse import urljoin

from django.db.models.signals import post_save
from django.urls import reverse

from wagtail.admin.mail import (
    GroupApprovalTaskStateSubmissionEmailNotifier,
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
)
from wagtail.admin.utils import get_admin_base_url
from wagtail.models import Site, TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected

from .models import Aenderungsnotiz
from .panels import compare_with_live_url
from .vier_augen import gesperrte_pruefer
from .workflow import in_order

DECIDED = (TaskState.STATUS_APPROVED, TaskState.STATUS_REJECTED)


def admin_link(path: str | None) -> str | None:
    return urljoin(get_admin_base_url(), path) if path else None


def public_url(page) -> str | None:
    """The page's address on its Site. The default site answers every host, so Wagtail's initial hostname
    "localhost" says nothing about where it runs: then the admin's configured address is the public one too."""
    parts = page.get_url_parts()
    if parts is None:
        return None
    site_id, root_url, path = parts
    site = Site.objects.filter(pk=site_id).first()
    if site is not None and site.is_default_site and site.hostname == "localhost":
        root_url = get_admin_base_url()
    return urljoin(root_url, path)


def steps(workflow_state: WorkflowState, task_state: TaskState) -> dict:
    """Number, total and the step after the one of `task_state` ("" when publication comes next)."""
    names = dict(workflow_state.workflow.tasks.values_list("pk", "name"))
    order = list(names)
    index = order.index(task_state.task_id) if task_state.task_id in names else 0
    return {
        "nummer": index + 1,
        "anzahl": len(order),
        "name": names.get(task_state.task_id, ""),
        "naechster": names[order[index + 1]] if index + 1 < len(order) else "",
    }


def decisions(workflow_state: WorkflowState, revision_id: int) -> list[TaskState]:
    """The steps decided on the text under review, in order, with who decided and their comment."""
    return list(
        TaskState.objects.filter(workflow_state=workflow_state, revision_id=revision_id, status__in=DECIDED)
        .select_related("task", "finished_by")
        .order_by("finished_at", "pk")
    )


def proposal_context(workflow_state: WorkflowState, task_state: TaskState) -> dict:
    page = workflow_state.content_object.specific
    return {
        "notiz": Aenderungsnotiz.objects.filter(revision_id=task_state.revision_id).first(),
        "autor": workflow_state.requested_by,
        "schritt": steps(workflow_state, task_state),
        "entscheidungen": decisions(workflow_state, task_state.revision_id),
        "pruefen_url": admin_link(reverse("wagtailadmin_pages:edit", args=[page.pk])),
        "vergleich_url": admin_link(compare_with_live_url(page, task_state.revision_id)),
        "konto_url": admin_link(reverse("wagtailadmin_account")) + "#tab-notifications",
    }


class MailTemplates:
    """Templates of this app, named after the mail (`<name>_betreff.txt` and `<name>.txt`)."""

    template_directory = "handlungsfelder/freigabe/mails/"
    template_name = ""

    def get_template_set(self, instance, **kwargs):
        base = self.template_directory + self.template_name
        return {"subject": base + "_betreff.txt", "text": base + ".txt"}


class ZurPruefungMail(MailTemplates, GroupApprovalTaskStateSubmissionEmailNotifier):
    """To the reviewers of a step, when it awaits them: not to those the four-eyes rule keeps from deciding it."""

    template_name = "zur_pruefung"

    def __call__(self, instance=None, **kwargs):
        # The editor stores the Änderungsgrund (hooks.after_admin_edit) after the workflow has started:
        # until it is there, the mail waits for it (reason_given).
        if self.can_handle(instance) and not Aenderungsnotiz.objects.filter(revision_id=instance.revision_id).exists():
            return True
        return super().__call__(instance, **kwargs)

    def get_recipient_users(self, task_state, **kwargs):
        workflow_state = task_state.workflow_state
        excluded = gesperrte_pruefer([workflow_state])[workflow_state.pk]
        excluded |= {state.finished_by_id for state in decisions(workflow_state, task_state.revision_id)}
        return super().get_recipient_users(task_state, **kwargs).exclude(pk__in=excluded)

    def get_context(self, task_state, **kwargs):
        return {**super().get_context(task_state, **kwargs), **proposal_context(task_state.workflow_state, task_state)}


class AenderungenAngefordertMail(MailTemplates, WorkflowStateRejectionEmailNotifier):
    """To the author, when a step asks for changes."""

    template_name = "aenderungen_angefordert"

    def get_context(self, workflow_state, **kwargs):
        context = super().get_context(workflow_state, **kwargs)
        return {**context, **proposal_context(workflow_state, workflow_state.current_task_state)}


class VeroeffentlichtMail(MailTemplates, WorkflowStateApprovalEmailNotifier):
    """To the author, when the last step released the proposal and it is public."""

    template_name = "veroeffentlicht"

    def get_context(self, workflow_state, **kwargs):
        context = super().get_context(workflow_state, **kwargs)
        proposal = proposal_context(workflow_state, workflow_state.current_task_state)
        proposal["vergleich_url"] = None  # the text is the live version now
        return {**context, **proposal, "oeffentlich_url": public_url(context["page"])}


zur_pruefung = ZurPruefungMail()


def reason_given(sender, instance, created, raw=False, **kwargs) -> None:
    """Receiver of `post_save` of an Aenderungsnotiz: send the waiting mail of the step reviewing its revision,
    unless the steps ran out of order and the workflow is about to restart at the first step (workflow.py)."""
    if not created or raw:
        return
    task_state = TaskState.objects.filter(revision_id=instance.revision_id, status=TaskState.STATUS_IN_PROGRESS).first()
    if task_state is not None and in_order(task_state.workflow_state):
        zur_pruefung(task_state.specific, user=instance.autor)


# Wagtail's receivers and their dispatch ids (wagtail/admin/signal_handlers.py): each is replaced by the one of this
# app whichever app is ready first, since a signal keeps the first receiver connected under an id.
REPLACED = [
    (task_submitted, TaskState, "group_approval_task_submitted_email_notification", zur_pruefung),
    (workflow_rejected, WorkflowState, "workflow_state_rejected_email_notification", AenderungenAngefordertMail()),
    (workflow_approved, WorkflowState, "workflow_state_approved_email_notification", VeroeffentlichtMail()),
]


def connect() -> None:
    for signal, sender, dispatch_uid, receiver in REPLACED:
        signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)
        signal.connect(receiver, sender=sender, dispatch_uid=dispatch_uid)
    post_save.connect(reason_given, sender=Aenderungsnotiz, dispatch_uid="handlungsfelder.freigabe.reason_given")
