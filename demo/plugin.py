"""The plugin's modules the demo uses besides `handlungsfelder.models`, imported here only, one line each."""

from handlungsfelder import roles
from handlungsfelder.uebersetzung import uebersetzen

# The groups a demo account may belong to.
ROLLEN = (roles.SYSTEMBETREUER, roles.ARBEITSGRUPPE, roles.REDAKTION, roles.UEBERSETZUNG)

__all__ = ["ROLLEN", "uebersetzen"]
