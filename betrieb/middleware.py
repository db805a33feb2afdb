"""When the database fails, the reader gets a static 503 page and a POST leaves nothing half-written."""

import logging

from django.db import DEFAULT_DB_ALIAS, InterfaceError, OperationalError, transaction
from django.http import HttpResponse
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)

DATABASE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 60
SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}


def unavailable(error: Exception) -> HttpResponse:
    """`503.html` without a request context: the normal frame queries the database for its navigation."""
    logger.warning("Datenbank nicht erreichbar, Antwort 503: %s", (str(error).strip().splitlines() or [repr(error)])[0])
    response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseFaultMiddleware:
    """First in MIDDLEWARE. A request that writes runs in one transaction, rolled back on any 5xx answer; a database
    error from a view or its template becomes the 503 page (errors in other middleware reach `views.server_error`)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in SAFE_METHODS:
            return self.get_response(request)
        # The form and its uploads are read before the transaction: a slow upload must not hold SQLite's write lock.
        request.POST  # noqa: B018
        try:
            with transaction.atomic(using=DEFAULT_DB_ALIAS):
                response = self.get_response(request)
                if response.status_code >= 500:
                    transaction.set_rollback(True, using=DEFAULT_DB_ALIAS)
        except DATABASE_ERRORS as error:
            return unavailable(error)
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ERRORS):
            return unavailable(exception)
        return None
