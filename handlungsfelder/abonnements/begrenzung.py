"""A limit on confirmation mails per address and day, so the form cannot be used to flood someone's mailbox.

Counted in the cache under a hash of the address (the address itself is not kept there), for every attempt alike,
so the answer never tells whether an address is subscribed.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache

TAG = 24 * 60 * 60


def mails_pro_tag() -> int:
    return getattr(settings, "HANDLUNGSFELDER_ABONNEMENT_MAILS_PRO_TAG", 3)


def erlaubt(email: str) -> bool:
    """Count one attempt for the address; False once it has had its mails for today."""
    schluessel = "handlungsfelder:abonnements:" + hashlib.sha256(email.encode()).hexdigest()
    cache.add(schluessel, 0, TAG)
    try:
        anzahl = cache.incr(schluessel)
    except ValueError:  # expired between add and incr
        cache.set(schluessel, 1, TAG)
        anzahl = 1
    return anzahl <= mails_pro_tag()
