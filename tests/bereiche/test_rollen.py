"""A concept with its own roles: its groups and workflow on its tree only, the installation's groups off it."""

from django.apps import apps
from django.contrib.auth.models import Group

from wagtail.models import GroupCollectionPermission, GroupPagePermission, Page

import pytest

from handlungsfelder.bereiche.anlegen import eigene_rollen_anlegen
from handlungsfelder.freigabe.rollen import REDAKTION, WORKFLOW_NAME, configure

from ..factories import KonzeptStartPageFactory

pytestmark = pytest.mark.django_db


def test_a_concept_with_own_roles_has_its_groups_and_workflow_and_none_of_the_installations(konzept):
    gemeinde = KonzeptStartPageFactory(
        parent=Page.get_first_root_node(), title="IT-Konzept Markt Peißenberg", slug="peissenberg"
    )
    eigene = eigene_rollen_anlegen(gemeinde, "Markt Peißenberg")

    assert eigene.redaktion.name == "Redaktion – Markt Peißenberg"
    assert gemeinde.get_workflow() == eigene.workflow
    assert [task.specific.groups.get() for task in eigene.workflow.tasks.order_by("workflow_tasks__sort_order")] == [
        eigene.arbeitsgruppe,
        eigene.redaktion,
    ]
    on_page = set(GroupPagePermission.objects.filter(page=gemeinde).values_list("group__name", flat=True))
    assert on_page == {
        group.name for group in (eigene.systembetreuer, eigene.arbeitsgruppe, eigene.redaktion, eigene.uebersetzung)
    }
    assert eigene.redaktion.permissions.filter(codename="change_schule").exists()
    assert eigene.sammlung.name == "Markt Peißenberg"
    assert set(
        GroupCollectionPermission.objects.filter(group=eigene.redaktion).values_list("collection", flat=True)
    ) == {eigene.sammlung.pk}
    assert konzept.start.get_workflow().name == WORKFLOW_NAME
    assert GroupPagePermission.objects.filter(page=konzept.start, group__name=REDAKTION).exists()


def test_the_roles_after_migrate_keep_a_concept_with_own_roles_to_itself(konzept):
    gemeinde = KonzeptStartPageFactory(
        parent=Page.get_first_root_node(), title="IT-Konzept Markt Peißenberg", slug="peissenberg"
    )
    eigene = eigene_rollen_anlegen(gemeinde, "Markt Peißenberg")
    configure(apps)

    assert gemeinde.get_workflow() == eigene.workflow
    assert not GroupPagePermission.objects.filter(page=gemeinde, group=Group.objects.get(name=REDAKTION)).exists()
    assert eigene_rollen_anlegen(gemeinde, "anders") == eigene
