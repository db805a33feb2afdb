from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """Installed by the development and test settings only, never in production."""

    name = "demo"
    label = "demo"
    verbose_name = _("Demo-Inhalte")
