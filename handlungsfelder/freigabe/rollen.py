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


def _rollenrechte(apps, using: str, group, rolle: str, collection) -> None:
    """The model permissions of one role on one group, its collection permissions on `collection`."""
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    group.permissions.add(*_permissions(apps, using, MODEL_PERMISSIONS[rolle]))
    if collection is not None:
        for permission in _permissions(apps, using, COLLECTION_PERMISSIONS[rolle]):
            GroupCollectionPermission.objects.using(using).get_or_create(
                group=group, collection=collection, permission=permission
            )


def _root_collection(apps, using: str):
    return apps.get_model("wagtailcore", "Collection").objects.using(using).filter(depth=1).first()


def configure(apps, using: str = DEFAULT_DB_ALIAS) -> None:
    """Groups with their permissions, the workflow, and both on every existing concept start page; a concept
    with its own roles (`bereiche`) gets its own groups' rights instead."""
    Group = apps.get_model("auth", "Group")
    root_collection = _root_collection(apps, using)
    groups = {}
    for name in PAGE_PERMISSIONS:
        group, _ = Group.objects.using(using).get_or_create(name=name)
        groups[name] = group
        _rollenrechte(apps, using, group, name, root_collection)

    _ensure_workflow(apps, using, groups)
    KonzeptStartPage = apps.get_model("handlungsfelder", "KonzeptStartPage")
    for page_id in KonzeptStartPage.objects.using(using).values_list("pk", flat=True):
        attach_to_start_page(apps, page_id, using)
    try:
        eigene_rollen = apps.get_model("handlungsfelder", "Konzeptrollen").objects.using(using).all()
    except LookupError:  # migrated back to before several concepts
        return
    for eigene in eigene_rollen:
        configure_concept(apps, eigene, using)


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


def _eigene_rollen(apps, using: str, page_id: int):
    """The own roles of the concept this start page belongs to (in any of its languages), if it has them."""
    try:
        Konzeptrollen = apps.get_model("handlungsfelder", "Konzeptrollen")
    except LookupError:  # migrated back to before several concepts
        return None
    Page = apps.get_model("wagtailcore", "Page")
    translation_key = Page.objects.using(using).filter(pk=page_id).values_list("translation_key", flat=True).first()
    return (
        Konzeptrollen.objects.using(using)
        .filter(start_page__translation_key=translation_key)
        .select_related("systembetreuer", "arbeitsgruppe", "redaktion", "uebersetzung", "workflow")
        .first()
    )


def _gruppen(eigene) -> dict:
    """Role → group of a concept's own roles (a `bereiche.Konzeptrollen` row, also as a historical model)."""
    return {
        SYSTEMBETREUER: eigene.systembetreuer,
        ARBEITSGRUPPE: eigene.arbeitsgruppe,
        REDAKTION: eigene.redaktion,
        UEBERSETZUNG: eigene.uebersetzung,
    }


def configure_concept(apps, eigene, using: str = DEFAULT_DB_ALIAS) -> None:
    """A concept's own groups get the roles' model rights; they and its workflow go onto each of its start pages."""
    sammlung = apps.get_model("wagtailcore", "Collection").objects.using(using).get(pk=eigene.sammlung_id)
    for rolle, group in _gruppen(eigene).items():
        _rollenrechte(apps, using, group, rolle, sammlung)
    KonzeptStartPage = apps.get_model("handlungsfelder", "KonzeptStartPage")
    translation_key = KonzeptStartPage.objects.using(using).get(pk=eigene.start_page_id).translation_key
    for page_id in (
        KonzeptStartPage.objects.using(using).filter(translation_key=translation_key).values_list("pk", flat=True)
    ):
        _rechte_auf_seite(apps, using, page_id, _gruppen(eigene), eigene.workflow, eigene=True)


def _rechte_auf_seite(apps, using: str, page_id: int, groups: dict, workflow, eigene: bool = False) -> None:
    """A concept's own workflow replaces whatever the page had; the installation's is only set where none is."""
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    for rolle, group in groups.items():
        codenames = [("wagtailcore", codename) for codename in PAGE_PERMISSIONS[rolle]]
        for permission in _permissions(apps, using, codenames):
            GroupPagePermission.objects.using(using).get_or_create(group=group, page_id=page_id, permission=permission)
    if workflow is not None and eigene:
        WorkflowPage.objects.using(using).update_or_create(page_id=page_id, defaults={"workflow": workflow})
    elif workflow is not None:
        WorkflowPage.objects.using(using).get_or_create(page_id=page_id, defaults={"workflow": workflow})


def attach_to_start_page(apps, page_id: int, using: str = DEFAULT_DB_ALIAS) -> None:
    """The roles' page rights and the workflow on one start page: its concept's own, else the installation's."""
    eigene = _eigene_rollen(apps, using, page_id)
    if eigene is not None:
        _rechte_auf_seite(apps, using, page_id, _gruppen(eigene), eigene.workflow, eigene=True)
        return
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    groups = {group.name: group for group in Group.objects.using(using).filter(name__in=PAGE_PERMISSIONS)}
    _rechte_auf_seite(apps, using, page_id, groups, Workflow.objects.using(using).filter(name=WORKFLOW_NAME).first())
