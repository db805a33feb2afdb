"""Cheap, deterministic settings for the test suite (TEST_DATABASE_URL selects the database)."""

from .base import *  # noqa: F403
from .env import database, env_bool, env_str, search_backends

SECRET_KEY = "test-only-secret-key"
DEBUG = False
ALLOWED_HOSTS = ["*"]
DATABASES = {"default": database(env_str("TEST_DATABASE_URL", "sqlite:///:memory:"))}
WAGTAILSEARCH_BACKENDS = search_backends(DATABASES["default"])
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Pages are rendered on every request, so tests see them cold and count their queries; tests/seitencache/ switch the
# page cache on.
SEITENCACHE = env_bool("SEITENCACHE", False)
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "var" / "test-media"  # noqa: F405
# Static files come from the finders here; WhiteNoise serves the collected files in production only.
MIDDLEWARE = [m for m in MIDDLEWARE if m != "whitenoise.middleware.WhiteNoiseMiddleware"]  # noqa: F405

# The host's demo content (`manage.py load_demo`), never installed in production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
# Password of the accounts `load_demo` creates; empty means a random one, printed once.
DEMO_PASSWORD = env_str("DEMO_PASSWORD")
# Two-factor enforcement is tested where it is switched on (tests/anmeldung/); the lockout stays on, its records
# live in the test database and go with each test's rollback.
ZWEI_FAKTOR_PFLICHT = False
