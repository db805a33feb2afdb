"""What the tests do as a visitor through Django's test client: read a page, count what it costs, log in."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from bs4 import BeautifulSoup


def soup(client, url: str, status: int = 200) -> BeautifulSoup:
    """The page at `url`, parsed, after checking that it answered with `status`."""
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return BeautifulSoup(response.content, "html.parser")


def count_queries(client, url: str) -> int:
    """Database queries of one request, after two warmed the per-process caches a running server has and the
    stored output (the first request of a site's life also creates the host's settings row, a change that renews
    the stored output like any other), with the Django cache emptied as `make bench` empties it: what Wagtail
    keeps there (the sites' root paths) is gone after a restart or a cull, too."""
    client.get(url)
    client.get(url)
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def log_in(client, username: str, password: str, **extra):
    """Log in through the admin's login form, as a person does: the lockout counts it, a second factor follows.

    (`client.login` cannot: it calls `authenticate` without a request, which django-axes refuses.)"""
    return client.post(reverse("wagtailadmin_login"), {"username": username, "password": password}, **extra)


def logged_in(client, username: str, password: str) -> bool:
    """Whether the admin's login form accepts these credentials (it redirects on success)."""
    return log_in(client, username, password).status_code == 302
