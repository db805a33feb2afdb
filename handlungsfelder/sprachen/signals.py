"""Signal receivers of the languages feature."""

from django.conf import settings
from django.db.models.signals import post_migrate

from wagtail.coreutils import get_content_languages


def locales_created(sender, app_config, apps, using="default", **kwargs) -> None:
    """Receiver of `post_migrate`: a Wagtail locale for every content language the host configures, so a page
    can be translated into each of them (Wagtail itself creates only the default one)."""
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return
    try:
        Locale = apps.get_model("wagtailcore", "Locale")
    except LookupError:
        return
    for language_code in get_content_languages():
        Locale.objects.using(using).get_or_create(language_code=language_code)


def connect(app_config) -> None:
    post_migrate.connect(locales_created, sender=app_config, dispatch_uid="handlungsfelder.sprachen.locales")
