"""Invalidating the cached PDF whenever the public state of the concept changes."""

from ..konzept.aenderungen import oeffentlicher_stand_geaendert
from .cache import bump_generation


def connect() -> None:
    oeffentlicher_stand_geaendert.connect(bump_generation, dispatch_uid="handlungsfelder.pdf.stand_geaendert")
