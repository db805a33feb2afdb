from unittest import mock

from django.core.cache import cache

import pytest

from handlungsfelder.pdf import tasks as pdf_tasks


@pytest.fixture(autouse=True)
def sofort(settings):
    """The digest runs as soon as the worker looks (the site waits ten minutes to collect publications)."""
    settings.HANDLUNGSFELDER_ABONNEMENT_SAMMELZEIT = 0


@pytest.fixture(autouse=True)
def leerer_cache():
    """The daily limit counts in the cache: each test starts with none used."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def ohne_pdf():
    """The PDF builds the same worker would run are not what these tests look at."""
    with mock.patch.object(pdf_tasks, "aktuelle_pdfs_erstellen", return_value=0):
        yield


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what waits for the commit (the signal that queues the digest), as a real request's commit does."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
