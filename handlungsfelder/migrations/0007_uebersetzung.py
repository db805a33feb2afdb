"""English as the second content language and the translators' group (Übersetzung) with wagtail-localize's
permission to submit translations; the Redaktion gets it too."""

from django.conf import settings
from django.db import migrations

from handlungsfelder import roles


def english_locale_and_roles(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Locale.objects.get_or_create(language_code="en")
    roles.configure(apps)


# The translators' permission exists once wagtail-localize's tables do; a site without the app skips it.
LOCALIZE = [("wagtail_localize", "0016_rename_page_revision_translationlog_revision")]


class Migration(migrations.Migration):
    dependencies = [("handlungsfelder", "0006_konzeptversionen_rollen_und_bestand")] + (
        LOCALIZE if "wagtail_localize" in settings.INSTALLED_APPS else []
    )

    operations = [migrations.RunPython(english_locale_and_roles, migrations.RunPython.noop)]
