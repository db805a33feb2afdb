"""The plugin's modules the demo uses besides `handlungsfelder.models`, imported here only, one line each."""

from handlungsfelder.freigabe import rollen
from handlungsfelder.sprachen.uebersetzung import uebersetzen

# The groups a demo account may belong to.
ROLLEN = (rollen.SYSTEMBETREUER, rollen.ARBEITSGRUPPE, rollen.REDAKTION, rollen.UEBERSETZUNG)

__all__ = ["ROLLEN", "uebersetzen"]
