from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


def _rechtliches_geaendert(**kwargs) -> None:
    """The footer's legal links are stored with the concept's frame: a changed setting renews it."""
    from handlungsfelder.konzept.aenderungen import melden

    melden("save")


class PagesConfig(AppConfig):
    name = "pages"
    label = "pages"
    verbose_name = _("Allgemeine Seiten")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        setting = self.get_model("RechtlicheSeiten")
        post_save.connect(_rechtliches_geaendert, sender=setting, dispatch_uid="pages.rechtliches.saved")
        post_delete.connect(_rechtliches_geaendert, sender=setting, dispatch_uid="pages.rechtliches.deleted")
