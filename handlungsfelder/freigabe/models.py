"""Moderation: the reason given with each submission, the four-eyes review step, proposals on a meeting agenda."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import AbstractGroupApprovalTask, Page, Revision, TaskState

from .choices import BeratungsErgebnis


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
    """Group approval in which nobody reviews their own proposal (superusers excepted)."""

    @staticmethod
    def _is_own_proposal(obj, user) -> bool:
        workflow_state = obj.current_workflow_state
        return workflow_state is not None and workflow_state.requested_by_id == user.pk

    def get_actions(self, obj, user):
        if not user.is_superuser and self._is_own_proposal(obj, user):
            return []
        return super().get_actions(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        return states if user.is_superuser else states.exclude(workflow_state__requested_by=user)

    @classmethod
    def get_description(cls):
        return _("Mitglieder der gewählten Gruppen geben frei; eigene Vorschläge prüft jeweils jemand anderes.")

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
