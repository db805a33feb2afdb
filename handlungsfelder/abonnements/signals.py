"""A publication the public sees queues the digest of the subscriptions."""

from ..konzept.aenderungen import oeffentlicher_stand_geaendert
from .tasks import anfordern


def connect() -> None:
    oeffentlicher_stand_geaendert.connect(anfordern, dispatch_uid="handlungsfelder.abonnements.stand_geaendert")
