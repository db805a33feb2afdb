"""What empties the page cache: the plugin's signal for every public change, and the host's own changes sent to it."""

from django.apps import apps
from django.db.models.signals import post_delete, post_migrate, post_save

from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting

from handlungsfelder.konzept.aenderungen import melden, oeffentlicher_stand_geaendert

from . import generation, purge


def host_models() -> list:
    """Models of the host that every page shows (footer, legal links, menu roots, redirects)."""
    settings_models = [model for model in apps.get_models() if issubclass(model, BaseSiteSetting | BaseGenericSetting)]
    return [*settings_models, apps.get_model("wagtailcore", "Site"), apps.get_model("wagtailredirects", "Redirect")]


def _saved(**kwargs) -> None:
    melden("save")


def _deleted(**kwargs) -> None:
    melden("delete")


def stand_geaendert(**kwargs) -> None:
    generation.renew()
    purge.purge_public_urls()


def neue_version(**kwargs) -> None:
    """A deploy runs `migrate`: pages rendered by the previous code (templates, styles) are not served after it."""
    generation.renew()


def connect(app_config) -> None:
    oeffentlicher_stand_geaendert.connect(stand_geaendert, dispatch_uid="seitencache.stand_geaendert")
    post_migrate.connect(neue_version, sender=app_config, dispatch_uid="seitencache.migrated")
    for model in host_models():
        uid = f"seitencache.{model._meta.label_lower}"
        post_save.connect(_saved, sender=model, dispatch_uid=f"{uid}.saved")
        post_delete.connect(_deleted, sender=model, dispatch_uid=f"{uid}.deleted")
