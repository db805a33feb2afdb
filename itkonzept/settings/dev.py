"""Local development: DEBUG on and a development-only secret key."""

from .base import *  # noqa: F403
from .env import env_bool, env_str

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# Static files come from the finders here; WhiteNoise serves the collected files in production only.
MIDDLEWARE = [m for m in MIDDLEWARE if m != "whitenoise.middleware.WhiteNoiseMiddleware"]  # noqa: F405

# The host's demo content (`manage.py load_demo`), never installed in production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
# Password of the accounts `load_demo` creates; empty means a random one, printed once.
DEMO_PASSWORD = env_str("DEMO_PASSWORD")
# The demo accounts log in with their password alone unless ZWEI_FAKTOR_PFLICHT=true is set.
ZWEI_FAKTOR_PFLICHT = env_bool("ZWEI_FAKTOR_PFLICHT", False)
# Pages are rendered on every request, so a changed template shows at once (SEITENCACHE=true to try the cache).
SEITENCACHE = env_bool("SEITENCACHE", False)
