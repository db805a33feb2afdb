"""The product's roles and approval workflow, as data: groups, their permissions, and the two-step workflow.

`configure(apps)` is run by data migrations (with the historical app registry) and is idempotent: a migration
that adds a model the roles need runs it again;
`attach_to_start_page(apps, page_id)` grants the page permissions and assigns the workflow on one concept,
called from the migration for existing concepts and on creating a new start page (see signals.py).
"""

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
    + [TRANSLATION_PERMISSION],
    UEBERSETZUNG: [("wagtailadmin", "access_admin"), TRANSLATION_PERMISSION]
    + [("handlungsfelder", f"view_{m}") for m in SNIPPET_MODELS],
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


def _permission(apps, app_label: str, codename: str):
    """The permission, or None for a model a later migration creates (that migration runs configure again)."""
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


def _permissions(apps, pairs) -> list:
    return [permission for permission in (_permission(apps, app, codename) for app, codename in pairs) if permission]


def _ensure_model_permissions_exist(apps) -> None:
    """Permissions are normally created after migrate; the groups need them now."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def configure(apps) -> None:
    _ensure_model_permissions_exist(apps)
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    root_collection = Collection.objects.filter(depth=1).first()
    groups = {}
    for name in PAGE_PERMISSIONS:
        group, _ = Group.objects.get_or_create(name=name)
        groups[name] = group
        group.permissions.add(*_permissions(apps, MODEL_PERMISSIONS[name]))
        if root_collection is not None:
            for permission in _permissions(apps, COLLECTION_PERMISSIONS[name]):
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )

    _ensure_workflow(apps, groups)
    KonzeptStartPage = apps.get_model("handlungsfelder", "KonzeptStartPage")
    for page_id in KonzeptStartPage.objects.values_list("pk", flat=True):
        attach_to_start_page(apps, page_id)


def _ensure_workflow(apps, groups: dict):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    Task = apps.get_model("handlungsfelder", "VierAugenFreigabeTask")

    task_type, _ = ContentType.objects.get_or_create(app_label="handlungsfelder", model="vieraugenfreigabetask")
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    for order, (task_name, group_name) in enumerate(TASKS):
        task = Task.objects.filter(name=task_name).first()
        if task is None:
            task = Task.objects.create(name=task_name, active=True, content_type=task_type)
        task.groups.set([groups[group_name]])
        WorkflowTask.objects.update_or_create(workflow=workflow, task=task, defaults={"sort_order": order})
    return workflow


def attach_to_start_page(apps, page_id: int) -> None:
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")

    for group in Group.objects.filter(name__in=PAGE_PERMISSIONS):
        for permission in _permissions(apps, [("wagtailcore", codename) for codename in PAGE_PERMISSIONS[group.name]]):
            GroupPagePermission.objects.get_or_create(group=group, page_id=page_id, permission=permission)
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page_id=page_id, defaults={"workflow": workflow})
