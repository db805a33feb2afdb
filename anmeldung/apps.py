from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AnmeldungConfig(AppConfig):
    name = "anmeldung"
    label = "anmeldung"
    verbose_name = _("Anmeldung")

    def ready(self) -> None:
        from . import checks  # noqa: F401 - registers the system checks
