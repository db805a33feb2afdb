"""Settings shared by every environment; safe by default (DEBUG off, no secret default)."""

from datetime import timedelta
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from csp.constants import NONE, SELF, UNSAFE_INLINE

from .env import database, env_bool, env_list, env_str, search_backends

BASE_DIR = Path(__file__).resolve().parent.parent.parent
HOST_SITE_DIR = BASE_DIR / "site"

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_str("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "handlungsfelder",
    "pages",
    "anmeldung",
    "betrieb",
    "seitencache",
    "django_tasks",
    "django_tasks_db",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
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
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "itkonzept.middleware.ContentSecurityPolicyMiddleware",
    "itkonzept.middleware.PermissionsPolicyMiddleware",
    # Before anything that touches the database: a request that writes is all-or-nothing, and a database that cannot
    # be reached gets the static 503 page (with the headers above).
    "betrieb.middleware.DatabaseFaultMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before the session and the database: a reader's page from the cache touches neither (seitencache/).
    "seitencache.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "anmeldung.middleware.ZweiFaktorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a login refused by the lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "itkonzept.urls"
WSGI_APPLICATION = "itkonzept.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [HOST_SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {"default": database(env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"))}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes' backend first: it refuses a locked-out login before the password is even checked.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "de"
LANGUAGES = [("de", "Deutsch"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATICFILES_DIRS = [HOST_SITE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "var" / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = env_str("MEDIA_ROOT", str(BASE_DIR / "var" / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Mail (admin notifications, the subscriptions' confirmations and digests): SMTP once EMAIL_HOST is set, else
# printed to the console (the log of `make run` and of the worker).
EMAIL_HOST = env_str("EMAIL_HOST")
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend" if EMAIL_HOST else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = EMAIL_HOST or "localhost"
EMAIL_PORT = int(env_str("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
# Seconds before a mail server that does not answer is given up (the worker tries again later).
EMAIL_TIMEOUT = int(env_str("EMAIL_TIMEOUT", "30"))
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "it-konzept@localhost")

# --- Background tasks ---
# Wagtail's own tasks (search index, references) run at once, in the request; the PDF has its own queue in the
# database, worked off by one worker process (`manage.py db_worker --backend pdf`, started by make run and make serve).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "pdf": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}

# --- Caches and the page cache (seitencache/) ---
if env_str("REDIS_URL"):
    # Redis that cannot be reached costs one warning, not the site: reads miss, writes are dropped (betrieb/cache.py).
    CACHES = {
        "default": {
            "BACKEND": "betrieb.cache.FailSafeRedisCache",
            "LOCATION": env_str("REDIS_URL"),
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:
    # One cache for every worker process on this machine: a change made through one worker empties the page cache of
    # all (a per-process LocMem cache would keep serving the old page from the others).
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": env_str("CACHE_DIR", str(BASE_DIR / "var" / "cache")),
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }
# Anonymous readers' pages from the cache (SEITENCACHE=false renders every request, e.g. to measure cold pages).
SEITENCACHE = env_bool("SEITENCACHE", True)
SEITENCACHE_TIMEOUT = int(env_str("SEITENCACHE_TIMEOUT", "86400"))
# Each worker process keeps a copy of the pages it served, up to this many bytes (seitencache/speicher.py).
SEITENCACHE_PROZESS_BYTES = int(env_str("SEITENCACHE_PROZESS_BYTES", str(64 * 1024 * 1024)))
SEITENCACHE_EXCLUDED_PATHS = ["/admin/", "/documents/", "/_util/", "/static/", "/media/"]
# Cache-Control of public pages: browsers keep them briefly; a proxy or CDN longer when it is purged on every change.
FRONTEND_CACHE_PURGE_URL = env_str("FRONTEND_CACHE_PURGE_URL")
SEITENCACHE_MAX_AGE = int(env_str("SEITENCACHE_MAX_AGE", "60"))
SEITENCACHE_S_MAXAGE = int(env_str("SEITENCACHE_S_MAXAGE", "86400" if FRONTEND_CACHE_PURGE_URL else "60"))
if FRONTEND_CACHE_PURGE_URL:
    # Varnish or any proxy that understands PURGE; every public address is purged on each change (seitencache/purge.py).
    WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
        }
    }
# --- end of caches ---

SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", False)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
behind_tls_proxy = env_bool("BEHIND_TLS_PROXY")
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if behind_tls_proxy else None

# Login lockout (django-axes): 5 failed logins for one account from one address lock that pair for 15 minutes,
# counted from the fifth failure (attempts during the lockout do not extend it). A success resets the count.
# Per account and address, so an attacker cannot lock a teacher out from elsewhere, and a school behind one NAT
# address is not locked as a whole. The record is the failed attempts only (no log of successful logins).
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_DISABLE_ACCESS_LOG = True
AXES_LOCKOUT_CALLABLE = "anmeldung.views.gesperrt"
# Behind the TLS proxy every request comes from the proxy: the client is the address the proxy appended last.
AXES_CLIENT_IP_CALLABLE = "anmeldung.sperren.client_ip_address" if behind_tls_proxy else None

# Two-factor login (django-otp, TOTP apps and recovery codes): required for the Redaktion and superusers when on,
# optional for every other account. dev and test switch it off.
ZWEI_FAKTOR_PFLICHT = env_bool("ZWEI_FAKTOR_PFLICHT", True)
OTP_TOTP_ISSUER = "IT-Konzept"

# Content-Security-Policy (enforced, itkonzept/middleware.py). The public site runs no JavaScript and has no inline
# styles: only its own stylesheets, images and forms, never framed (but a preview, by the admin: see the middleware).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [NONE],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Directives replaced below the Wagtail admin (wagtail-localize's editor included), each for what breaks without it.
ADMIN_CONTENT_SECURITY_POLICY = {
    # Inline scripts in Wagtail's and wagtail-localize's templates: date pickers (also the explorer's filters), inline
    # panels, the chooser modals' HTML (page, snippet, workflow action) and the translation editor's start.
    "script-src": [SELF, UNSAFE_INLINE],
    # <style> elements that Draftail's and wagtail-localize's React editors insert at run time.
    "style-src": [SELF, UNSAFE_INLINE],
}
# Avatars come from the admin itself, not from gravatar.com (editors' e-mail hashes stay here, the policy stays 'self').
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Browser features neither the site nor the admin uses, denied to every page and frame (itkonzept/middleware.py).
# Only names Chromium knows: it logs an error for any other, and the browser tests fail on it.
PERMISSIONS_POLICY = {
    feature: []
    for feature in [
        "accelerometer",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "interest-cohort",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    ]
}

# Complex page models with four StreamFields exceed Django's default of 1000 form fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAILADMIN_USER_LOGIN_FORM = "anmeldung.forms.AnmeldeForm"
WAGTAIL_SITE_NAME = "IT-Konzept der Schulen im Landkreis"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = [("de", _("Deutsch")), ("en", _("Englisch"))]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("de", "Deutsch"), ("en", "English")]
# A page submitted for translation starts as a draft: only the Redaktion publishes translations.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Moderation: an edit during review goes back through every step; notifications go to reviewers and authors.
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# No autosave: every revision under review is one the author saved on purpose (autosave revisions raced submit and
# approval, restarted steps and left no-op drafts after publication). The editor still warns before leaving unsaved.
WAGTAIL_AUTOSAVE_INTERVAL = 0
# Draftail, but posted input that is not the editor's data is a form error instead of a 500.
WAGTAILADMIN_RICH_TEXT_EDITORS = {"default": {"WIDGET": "handlungsfelder.freigabe.widgets.DraftailEditor"}}
WAGTAILADMIN_COMMENTS_ENABLED = True
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAILSEARCH_BACKENDS = search_backends(DATABASES["default"])
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024

# Page types that editors may place directly below the concept start page besides the plugin's own.
HANDLUNGSFELDER_START_PAGE_EXTRA_SUBPAGE_TYPES = ["pages.ContentPage"]
# The licence of the open data (API, CSV and Excel exports); the plugin's default, named here as the county's choice.
HANDLUNGSFELDER_DATENLIZENZ = {
    "name": "Datenlizenz Deutschland – Namensnennung – Version 2.0",
    "kennung": "dl-de/by-2-0",
    "url": "https://www.govdata.de/dl-de/by-2-0",
}
