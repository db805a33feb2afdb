"""The product's roles and approval workflow, as data: groups, their permissions, and the two-step workflow.

`configure(apps, using)` runs after every `migrate` (a `post_migrate` receiver, as Django creates permissions; see
signals.py) and is idempotent, so the roles always follow this code and no migration depends on it;
`attach_to_start_page(apps, page_id)` grants the page permissions and assigns the workflow on one concept,
for existing concepts after migrate and on creating a new start page.
"""

from django.db import DEFAULT_DB_ALIAS

SYSTEMBETREUER = "Systembetreuer"
ARBEITSGRUPPE = "Arbeitsgruppe"
REDAKTION = "Redaktion"
# Translators: edit pages and submit them for translation, save translation drafts; publishing stays the Redaktion's.
UEBERSETZUNG = "Übersetzung"

WORKFLOW_NAME = "Freigabe IT-Konzept"
TASKS = (("Prüfung Arbeitsgruppe", ARBEITSGRUPPE), ("Freigabe Redaktion", REDAKTION))

SNIPPET_MODELS = ("schule", "akteur", "dienstleister", "region", "kontakt")

# Wagtail page permission codenames per group, granted on each concept start page (and so on its subtree).
PAGE_PERMISSIONS = {
    SYSTEMBETREUER: ("add_page", "change_page"),
    ARBEITSGRUPPE: ("add_page", "change_page"),
    REDAKTION: ("add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"),
    UEBERSETZUNG: ("add_page", "change_page"),
}

TRANSLATION_PERMISSION = ("wagtail_localize", "submit_translation")

# (app_label, codename) model permissions per group.
MODEL_PERMISSIONS = {
    SYSTEMBETREUER: [("wagtailadmin", "access_admin")] + [("handlungsfelder", f"view_{m}") for m in SNIPPET_MODELS],
    ARBEITSGRUPPE: [("wagtailadmin", "access_admin")] + [("handlungsfelder", f"view_{m}") for m in SNIPPET_MODELS],
    REDAKTION: [("wagtailadmin", "access_admin")]
    + [("handlungsfelder", f"{action}_{m}") for m in SNIPPET_MODELS for action in ("add", "change", "delete", "view")]
    + [("handlungsfelder", f"{action}_vorschlagsberatung") for action in ("add", "change", "view")]
    + [("handlungsfelder", f"{action}_konzeptversion") for action in ("add", "change", "view")]
    + [("handlungsfelder", f"{action}_schlagwortuebersetzung") for action in ("add", "change", "delete", "view")]
    + [TRANSLATION_PERMISSION],
    UEBERSETZUNG: [("wagtailadmin", "access_admin"), TRANSLATION_PERMISSION]
    + [("handlungsfelder", f"view_{m}") for m in SNIPPET_MODELS]
    + [("handlungsfelder", f"{action}_schlagwortuebersetzung") for action in ("add", "change", "view")],
}

# Collection permissions (documents and images) on the root collection.
COLLECTION_PERMISSIONS = {
    SYSTEMBETREUER: [("wagtaildocs", "choose_document"), ("wagtailimages", "choose_image")],
    ARBEITSGRUPPE: [("wagtaildocs", "choose_document"), ("wagtailimages", "choose_image")],
    UEBERSETZUNG: [("wagtaildocs", "choose_document"), ("wagtailimages", "choose_image")],
    REDAKTION: [
        (app, f"{action}_{model}")
        for app, model in (("wagtaildocs", "document"), ("wagtailimages", "image"))
        for action in ("add", "change", "delete", "choose")
    ],
}


def _permissions(apps, using: str, pairs) -> list:
    """The permissions that exist among (app_label, codename) pairs; an app that is not installed has none."""
    Permission = apps.get_model("auth", "Permission")
    found = []
    for app_label, codename in pairs:
        permission = (
            Permission.objects.using(using).filter(content_type__app_label=app_label, codename=codename).first()
        )
        if permission is not None:
            found.append(permission)
    return found


def configure(apps, using: str = DEFAULT_DB_ALIAS) -> None:
    """Groups with their permissions, the workflow, and both on every existing concept start page."""
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    root_collection = Collection.objects.using(using).filter(depth=1).first()
    groups = {}
    for name in PAGE_PERMISSIONS:
        group, _ = Group.objects.using(using).get_or_create(name=name)
        groups[name] = group
        group.permissions.add(*_permissions(apps, using, MODEL_PERMISSIONS[name]))
        if root_collection is not None:
            for permission in _permissions(apps, using, COLLECTION_PERMISSIONS[name]):
                GroupCollectionPermission.objects.using(using).get_or_create(
                    group=group, collection=root_collection, permission=permission
                )

    _ensure_workflow(apps, using, groups)
    KonzeptStartPage = apps.get_model("handlungsfelder", "KonzeptStartPage")
    for page_id in KonzeptStartPage.objects.using(using).values_list("pk", flat=True):
        attach_to_start_page(apps, page_id, using)


def _ensure_workflow(apps, using: str, groups: dict):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    Task = apps.get_model("handlungsfelder", "VierAugenFreigabeTask")

    task_type, _ = ContentType.objects.using(using).get_or_create(
        app_label="handlungsfelder", model="vieraugenfreigabetask"
    )
    workflow, _ = Workflow.objects.using(using).get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    for order, (task_name, group_name) in enumerate(TASKS):
        task = Task.objects.using(using).filter(name=task_name).first()
        if task is None:
            task = Task.objects.using(using).create(name=task_name, active=True, content_type=task_type)
        task.groups.set([groups[group_name]])
        WorkflowTask.objects.using(using).update_or_create(workflow=workflow, task=task, defaults={"sort_order": order})
    return workflow


def attach_to_start_page(apps, page_id: int, using: str = DEFAULT_DB_ALIAS) -> None:
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")

    for group in Group.objects.using(using).filter(name__in=PAGE_PERMISSIONS):
        codenames = [("wagtailcore", codename) for codename in PAGE_PERMISSIONS[group.name]]
        for permission in _permissions(apps, using, codenames):
            GroupPagePermission.objects.using(using).get_or_create(group=group, page_id=page_id, permission=permission)
    workflow = Workflow.objects.using(using).filter(name=WORKFLOW_NAME).first()
    if workflow is not None:
        WorkflowPage.objects.using(using).get_or_create(page_id=page_id, defaults={"workflow": workflow})
