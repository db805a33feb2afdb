from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SeitencacheConfig(AppConfig):
    """The page cache for anonymous readers: shared by every worker, emptied by every change the public can see."""

    name = "seitencache"
    verbose_name = _("Seitencache")

    def ready(self) -> None:
        from . import signals

        signals.connect(self)
