"""The cache's generation: a token in the shared cache that every cached page's key contains.

A change replaces the token, so every page cached before is unreachable at once in every process. The token is
random, not a counter: replacing it needs no atomic increment, and a token lost to eviction cannot come back.
"""

import uuid

from django.core.cache import cache

KEY = "seitencache:generation"


def current() -> str | None:
    """The token pages are stored under now; None when the cache cannot be reached (then nothing is cached)."""
    token = cache.get(KEY)
    if token is None:
        cache.add(KEY, uuid.uuid4().hex, timeout=None)
        token = cache.get(KEY)
    return token


def renew() -> None:
    cache.set(KEY, uuid.uuid4().hex, timeout=None)
