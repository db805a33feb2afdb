"""Redis as a cache that may fail: when it cannot be reached the site reads from the database, and says so once."""

import logging
import threading
import time

from django.core.cache.backends.redis import RedisCache

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

# While Redis is down, calls skip it for this long instead of waiting for a connection each time.
PAUSE_SECONDS = 10.0


class FailSafeRedisCache(RedisCache):
    """Django's RedisCache; on a connection error a read misses, a write is dropped and `incr` finds no key.

    One warning per outage (and one line when Redis is back), not one per request.
    """

    def __init__(self, server, params):
        super().__init__(server, params)
        self._lock = threading.Lock()
        self._down_since: float | None = None
        self._retry_at = 0.0

    def _call(self, method: str, fallback, *args, **kwargs):
        if self._down_since is not None and time.monotonic() < self._retry_at:
            return fallback()
        try:
            result = getattr(super(), method)(*args, **kwargs)
        except (RedisConnectionError, RedisTimeoutError) as error:
            with self._lock:
                if self._down_since is None:
                    self._down_since = time.monotonic()
                    logger.warning("Cache (Redis) nicht erreichbar, die Seiten kommen aus der Datenbank: %s", error)
                self._retry_at = time.monotonic() + PAUSE_SECONDS
            return fallback()
        if self._down_since is not None:
            with self._lock:
                if self._down_since is not None:
                    logger.warning("Cache (Redis) wieder erreichbar nach %.0f s.", time.monotonic() - self._down_since)
                    self._down_since = None
        return result

    def get(self, key, default=None, version=None):
        return self._call("get", lambda: default, key, default=default, version=version)

    def get_many(self, keys, version=None):
        return self._call("get_many", dict, keys, version=version)

    def has_key(self, key, version=None):
        return self._call("has_key", lambda: False, key, version=version)

    def add(self, *args, **kwargs):
        return self._call("add", lambda: False, *args, **kwargs)

    def set(self, *args, **kwargs):
        return self._call("set", lambda: None, *args, **kwargs)

    def set_many(self, data, *args, **kwargs):
        return self._call("set_many", lambda: list(data), data, *args, **kwargs)

    def touch(self, *args, **kwargs):
        return self._call("touch", lambda: False, *args, **kwargs)

    def delete(self, *args, **kwargs):
        return self._call("delete", lambda: False, *args, **kwargs)

    def delete_many(self, *args, **kwargs):
        return self._call("delete_many", lambda: None, *args, **kwargs)

    def clear(self):
        return self._call("clear", lambda: False)

    def incr(self, key, delta=1, version=None):
        def missing():
            raise ValueError(f"Key '{key}' not found (cache unreachable)")

        return self._call("incr", missing, key, delta=delta, version=version)
