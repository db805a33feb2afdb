"""Product configuration: the groups Systembetreuer, Arbeitsgruppe, Redaktion and the workflow "Freigabe IT-Konzept"."""

from django.db import migrations

from handlungsfelder import roles


def configure_roles(apps, schema_editor):
    roles.configure(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("handlungsfelder", "0002_moderation"),
        # The permissions the roles are granted must exist: choose_image comes with wagtailimages 0023.
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(configure_roles, migrations.RunPython.noop)]
