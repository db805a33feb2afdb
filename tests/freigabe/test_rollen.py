"""The roles, their permissions and the workflow follow the code: set up after every migrate, idempotently."""

from django.contrib.auth.models import Group, Permission
from django.core.management import call_command

from wagtail.models import GroupPagePermission, Locale, Workflow, WorkflowPage

import pytest

from handlungsfelder.freigabe.rollen import (
    ARBEITSGRUPPE,
    MODEL_PERMISSIONS,
    REDAKTION,
    SYSTEMBETREUER,
    UEBERSETZUNG,
    WORKFLOW_NAME,
)


def zustand() -> dict:
    return {
        "gruppen": sorted(Group.objects.values_list("name", flat=True)),
        "rechte": sorted(Permission.objects.filter(group__isnull=False).values_list("group__name", "codename")),
        "seitenrechte": GroupPagePermission.objects.count(),
        "workflows": list(Workflow.objects.values_list("name", flat=True)),
        "schritte": [task.name for task in Workflow.objects.get(name=WORKFLOW_NAME).tasks.order_by("workflow_tasks")],
        "zuordnungen": WorkflowPage.objects.count(),
        "sprachen": sorted(Locale.objects.values_list("language_code", flat=True)),
    }


@pytest.mark.django_db
def test_migrate_sets_up_the_four_groups_the_workflow_and_the_content_languages():
    state = zustand()
    assert {SYSTEMBETREUER, ARBEITSGRUPPE, REDAKTION, UEBERSETZUNG} <= set(state["gruppen"])
    assert state["schritte"] == ["Prüfung Arbeitsgruppe", "Freigabe Redaktion"]
    assert state["sprachen"] == ["de", "en"]
    redaktion = {codename for group, codename in state["rechte"] if group == REDAKTION}
    assert {codename for _app, codename in MODEL_PERMISSIONS[REDAKTION]} == redaktion


@pytest.mark.django_db
def test_migrating_again_restores_what_was_removed_and_changes_nothing_else(konzept):
    vorher = zustand()
    Group.objects.get(name=UEBERSETZUNG).delete()
    Group.objects.get(name=REDAKTION).permissions.clear()
    WorkflowPage.objects.filter(workflow__name=WORKFLOW_NAME).delete()
    Locale.objects.filter(language_code="en").delete()

    call_command("migrate", verbosity=0)
    assert zustand() == vorher
    call_command("migrate", verbosity=0)
    assert zustand() == vorher
