"""The host's 500 handler: a database error raised outside a view (e.g. saving the session) is a 503 as well."""

import sys

from django.views import defaults

from .middleware import DATABASE_ERRORS, unavailable


def server_error(request, template_name: str = defaults.ERROR_500_TEMPLATE_NAME):
    error = sys.exc_info()[1]
    if isinstance(error, DATABASE_ERRORS):
        return unavailable(error)
    return defaults.server_error(request, template_name)
