"""Giving a concept its own roles: four groups named after it, its own two-step workflow and collection, and the
page permissions on its tree only. The installation-wide groups lose their rights there, so the county's Redaktion has
none in a municipality's concept unless someone adds its members to that concept's groups."""

from django.apps import apps as global_apps
from django.contrib.auth.models import Group
from django.db import transaction

from wagtail.models import Collection, GroupPagePermission, Workflow, WorkflowTask

from ..freigabe import rollen
from .models import Konzeptrollen


def gruppenname(rolle: str, name: str) -> str:
    return f"{rolle} – {name}"


@transaction.atomic
def eigene_rollen_anlegen(start_page, name: str) -> Konzeptrollen:
    """Create (once) the concept's groups and workflow; `name` names them, e.g. "Markt Peißenberg"."""
    vorhanden = Konzeptrollen.objects.filter(start_page=start_page).first()
    if vorhanden is not None:
        return vorhanden
    gruppen = {rolle: Group.objects.create(name=gruppenname(rolle, name)) for rolle in rollen.PAGE_PERMISSIONS}
    workflow = Workflow.objects.create(name=f"{rollen.WORKFLOW_NAME} – {name}", active=True)
    task_model = global_apps.get_model("handlungsfelder", "VierAugenFreigabeTask")
    for order, (task_name, rolle) in enumerate(rollen.TASKS):
        task = task_model.objects.create(name=f"{task_name} – {name}", active=True)
        task.groups.set([gruppen[rolle]])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    sammlung = Collection.get_first_root_node().add_child(name=name)
    eigene = Konzeptrollen.objects.create(
        start_page=start_page,
        systembetreuer=gruppen[rollen.SYSTEMBETREUER],
        arbeitsgruppe=gruppen[rollen.ARBEITSGRUPPE],
        redaktion=gruppen[rollen.REDAKTION],
        uebersetzung=gruppen[rollen.UEBERSETZUNG],
        workflow=workflow,
        sammlung=sammlung,
    )
    GroupPagePermission.objects.filter(
        page__translation_key=start_page.translation_key, group__name__in=rollen.PAGE_PERMISSIONS
    ).delete()
    rollen.configure_concept(global_apps, eigene)
    return eigene
