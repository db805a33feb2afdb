from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BetriebConfig(AppConfig):
    """Operating the host site: backups that round-trip, and faults of database and cache that lose nothing."""

    name = "betrieb"
    verbose_name = _("Betrieb")
