"""ASGI entry point; defaults to production settings."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "itkonzept.settings.production")

application = get_asgi_application()
