"""Once created the English locale and the translators' group. Locales now come from WAGTAIL_CONTENT_LANGUAGES and the
roles from the code, both after every migrate (handlungsfelder/sprachen/signals.py, handlungsfelder/freigabe/
signals.py). Kept, empty, so the migration history of existing databases stays intact."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("handlungsfelder", "0006_konzeptversionen_rollen_und_bestand")]

    operations = []
