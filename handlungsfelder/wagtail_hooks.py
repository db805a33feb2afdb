"""Wagtail imports this module; each feature registers its own admin hooks in its `hooks` module."""

from .abonnements import hooks as abonnements_hooks
from .austausch import hooks as austausch_hooks
from .bereiche import hooks as bereiche_hooks
from .freigabe import hooks as freigabe_hooks
from .sachstand import hooks as sachstand_hooks
from .sprachen import hooks as sprachen_hooks
from .stammdaten import hooks as stammdaten_hooks
from .versionen import hooks as versionen_hooks
from .vorlage import hooks as vorlage_hooks

__all__ = [
    "abonnements_hooks",
    "austausch_hooks",
    "bereiche_hooks",
    "freigabe_hooks",
    "sachstand_hooks",
    "sprachen_hooks",
    "stammdaten_hooks",
    "versionen_hooks",
    "vorlage_hooks",
]
