from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class HandlungsfelderConfig(AppConfig):
    name = "handlungsfelder"
    label = "handlungsfelder"
    verbose_name = _("IT-Konzept")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import checks as host_checks
        from .abonnements import signals as abonnements_signals
        from .freigabe import signals as freigabe_signals
        from .konzept import aenderungen, darstellung, rahmen
        from .pdf import signals as pdf_signals
        from .sprachen import signals as sprachen_signals
        from .versionen import signals as versionen_signals

        freigabe_signals.connect(self)
        sprachen_signals.connect(self)
        versionen_signals.connect()
        aenderungen.connect()
        darstellung.connect(self)
        rahmen.connect()
        pdf_signals.connect()
        abonnements_signals.connect()
        for check, tags in host_checks.CHECKS:
            checks.register(check, *tags)
