"""Once created the roles and the workflow; since they follow the code, a `post_migrate` receiver does that now
(handlungsfelder/freigabe/signals.py). Kept, empty, so the migration history of existing databases stays intact."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("handlungsfelder", "0002_moderation"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = []
