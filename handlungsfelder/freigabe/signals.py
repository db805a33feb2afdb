"""Signal receivers of the approval feature: the roles after every migrate and on each new start page; the mails."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db.models.signals import post_migrate, post_save

from ..konzept.models import KonzeptStartPage
from . import mails, rollen


def roles_configured(sender, app_config, apps=global_apps, using="default", **kwargs) -> None:
    """Receiver of `post_migrate`: groups, permissions and the workflow, as this code defines them.

    Django creates each app's permissions in its own `post_migrate`; the roles need those of all apps now.
    """
    try:
        apps.get_model("handlungsfelder", "VierAugenFreigabeTask")
    except LookupError:  # migrated back to before the plugin's tables
        return
    for config in global_apps.get_app_configs():
        create_permissions(config, verbosity=0, using=using, apps=apps)
    rollen.configure(apps, using)


def start_page_configured(sender, instance, created, raw=False, using="default", **kwargs) -> None:
    """Receiver of `post_save`: a new concept start page gets the roles' page permissions and the workflow."""
    if created and not raw:
        rollen.attach_to_start_page(global_apps, instance.pk, using)


def connect(app_config) -> None:
    post_migrate.connect(roles_configured, sender=app_config, dispatch_uid="handlungsfelder.freigabe.roles")
    post_save.connect(start_page_configured, sender=KonzeptStartPage, dispatch_uid="handlungsfelder.freigabe.start")
    mails.connect()
