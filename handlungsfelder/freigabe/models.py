"""Moderation: the reason given with each submission, the four-eyes review step, proposals on a meeting agenda."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import AbstractGroupApprovalTask, Page, Revision, TaskState, WorkflowState

from .choices import BeratungsErgebnis
from .vier_augen import gesperrte_pruefer


class Aenderungsnotiz(models.Model):
    """The "Änderungsgrund" an author gives when submitting a revision for approval."""

    revision = models.OneToOneField(
        Revision, verbose_name=_("Revision"), on_delete=models.CASCADE, related_name="aenderungsnotiz"
    )
    text = models.TextField(_("Änderungsgrund"), max_length=1000)
    autor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("Autor"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    erstellt_am = models.DateTimeField(_("Erstellt am"), auto_now_add=True)

    class Meta:
        verbose_name = _("Änderungsnotiz")
        verbose_name_plural = _("Änderungsnotizen")

    def __str__(self) -> str:
        return self.text


class VierAugenFreigabeTask(AbstractGroupApprovalTask):
    """Group approval under the four-eyes rule (vier_augen.py): nobody decides a step of a proposal they wrote or
    edited, or of which they already released another step, superusers included."""

    @staticmethod
    def _may_decide(obj, user) -> bool:
        workflow_state = obj.current_workflow_state
        return workflow_state is None or user.pk not in gesperrte_pruefer([workflow_state])[workflow_state.pk]

    def get_actions(self, obj, user):
        """One approve action per step, its comment optional, beside the request for changes."""
        if not self._may_decide(obj, user) or not super().get_actions(obj, user):
            return []
        return [("reject", _("Änderungen anfordern"), True), ("approve", _("Freigeben"), True)]

    def get_template_for_action(self, action):
        """The decision's modal leads to the block-level comparison, so nobody decides without seeing the change."""
        return "handlungsfelder/freigabe/workflow_action_modal.html"

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        workflow_states = list(WorkflowState.objects.filter(pk__in=states.values("workflow_state_id")))
        gesperrt = gesperrte_pruefer(workflow_states)
        return states.exclude(workflow_state_id__in=[pk for pk, users in gesperrt.items() if user.pk in users])

    @classmethod
    def get_description(cls):
        return _(
            "Mitglieder der gewählten Gruppen geben frei; wer einen Vorschlag geschrieben, bearbeitet oder schon "
            "in einem anderen Schritt freigegeben hat, entscheidet ihn nicht."
        )

    class Meta:
        verbose_name = _("Freigabe nach dem Vier-Augen-Prinzip")
        verbose_name_plural = _("Freigaben nach dem Vier-Augen-Prinzip")


class Vorschlagsberatung(models.Model):
    """A proposal waiting for the Arbeitsgruppe, put on a meeting's agenda, and the outcome recorded there."""

    sitzung = models.ForeignKey(
        "handlungsfelder.SitzungPage",
        verbose_name=_("Sitzung"),
        on_delete=models.CASCADE,
        related_name="vorschlagsberatungen",
    )
    page = models.ForeignKey(Page, verbose_name=_("Seite"), on_delete=models.CASCADE, related_name="+")
    revision = models.ForeignKey(
        Revision, verbose_name=_("Revision"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    task_state = models.ForeignKey(
        TaskState, verbose_name=_("Prüfschritt"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    ergebnis = models.CharField(
        _("Ergebnis"), max_length=20, choices=BeratungsErgebnis.choices, default=BeratungsErgebnis.OFFEN
    )
    kommentar = models.TextField(_("Kommentar"), blank=True)
    entschieden_am = models.DateTimeField(_("Entschieden am"), null=True, blank=True)
    entschieden_von = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Eingetragen von"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("Beratener Vorschlag")
        verbose_name_plural = _("Beratene Vorschläge")
        ordering = ["sitzung", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["sitzung", "revision"], name="vorschlag_einmal_je_sitzung"),
        ]

    def __str__(self) -> str:
        return f"{self.page} ({self.get_ergebnis_display()})"
