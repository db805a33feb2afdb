"""A minimal second Wagtail project that mounts only the plugin: no host apps, no host templates."""

from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent
SECRET_KEY = "plugin-standalone-test-key"
DEBUG = False
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "tests.plugin_standalone.urls"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

INSTALLED_APPS = [
    "handlungsfelder",
    "django_tasks",
    "django_tasks_db",
    "wagtail.contrib.routable_page",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    }
]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
LANGUAGE_CODE = "de"
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True
STATIC_URL = "/static/"
WAGTAIL_SITE_NAME = "Nachbargemeinde"
WAGTAILADMIN_BASE_URL = "http://testserver"
# What the plugin's system checks ask of every host (handlungsfelder/checks.py).
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAIL_AUTOSAVE_INTERVAL = 0
# The PDF queue in this project's database (check handlungsfelder.E009), under an alias of this project's choosing.
HANDLUNGSFELDER_PDF_TASK_BACKEND = "hintergrund"
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "hintergrund": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
# The sender of the subscription mails (check handlungsfelder.W003).
DEFAULT_FROM_EMAIL = "it-konzept@nachbargemeinde.example"
WAGTAILADMIN_RICH_TEXT_EDITORS = {"default": {"WIDGET": "handlungsfelder.freigabe.widgets.DraftailEditor"}}
