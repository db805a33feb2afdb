"""The page cache switched on (the suite's settings render every request) and empty at the start of each test."""

from django.core.cache import cache

import pytest


@pytest.fixture
def seitencache(settings):
    settings.SEITENCACHE = True
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """A change as a request makes it: its after-commit work (the signal that empties the cache) runs at the end."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
