"""Signed links in the mails: confirming a subscription (valid for a few days) and unsubscribing (valid for good).

A token names subscription ids and a short hash of their address, so a link works only for the address it was sent
to, and nothing needs to be stored for it.
"""

import hashlib
from datetime import timedelta

from django.core import signing

# Unconfirmed subscriptions are deleted after this long; the confirmation link ends with them.
BESTAETIGUNG_GUELTIG = timedelta(days=7)
_BESTAETIGEN = "handlungsfelder.abonnements.bestaetigen"
_ABMELDEN = "handlungsfelder.abonnements.abmelden"


class UngueltigerLink(Exception):
    """The link was altered, cut off or has expired."""


def _fingerabdruck(email: str) -> str:
    return hashlib.sha256(email.encode()).hexdigest()[:16]


def _erstellen(ids: list[int], email: str, salt: str) -> str:
    return signing.dumps({"ids": sorted(ids), "e": _fingerabdruck(email)}, salt=salt, compress=True)


def _lesen(token: str, salt: str, max_age: timedelta | None) -> tuple[list[int], str]:
    try:
        daten = signing.loads(token, salt=salt, max_age=max_age)
        ids = [int(pk) for pk in daten["ids"]]
        return ids, str(daten["e"])
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise UngueltigerLink from error


def bestaetigen_token(abonnement) -> str:
    return _erstellen([abonnement.pk], abonnement.email, _BESTAETIGEN)


def abmelden_token(abonnements) -> str:
    return _erstellen([a.pk for a in abonnements], abonnements[0].email, _ABMELDEN)


def bestaetigen_lesen(token: str) -> tuple[list[int], str]:
    return _lesen(token, _BESTAETIGEN, BESTAETIGUNG_GUELTIG)


def abmelden_lesen(token: str) -> tuple[list[int], str]:
    return _lesen(token, _ABMELDEN, None)


def passt(abonnement, fingerabdruck: str) -> bool:
    return _fingerabdruck(abonnement.email) == fingerabdruck
