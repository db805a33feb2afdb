"""The cache's generation: a token in the shared cache that every cached page's key contains.

A change replaces the token, so every page cached before is unreachable at once in every process. The token is
random, not a counter: replacing it needs no atomic increment, and a token lost to eviction cannot come back.
One token per database: a cache directory or Redis used with another database never serves its pages.
"""

import hashlib
import uuid

from django.core.cache import cache
from django.db import connection


def _key() -> str:
    database = connection.settings_dict
    identity = f"{database['ENGINE']}|{database['HOST']}|{database['PORT']}|{database['NAME']}"
    return f"seitencache:generation:{hashlib.sha256(identity.encode()).hexdigest()[:16]}"


def current() -> str | None:
    """The token pages are stored under now; None when the cache cannot be reached (then nothing is cached)."""
    key = _key()
    token = cache.get(key)
    if token is None:
        cache.add(key, uuid.uuid4().hex, timeout=None)
        token = cache.get(key)
    return token


def renew() -> None:
    cache.set(_key(), uuid.uuid4().hex, timeout=None)
