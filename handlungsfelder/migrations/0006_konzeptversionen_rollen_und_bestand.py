"""Publications made before the version history existed enter it too. (The roles this migration once extended
for concept versions are set up after every migrate now; see handlungsfelder/freigabe/signals.py.)"""

from django.db import migrations


def record_past_publications(apps, schema_editor):
    PageLogEntry = apps.get_model("wagtailcore", "PageLogEntry")
    Veroeffentlichung = apps.get_model("handlungsfelder", "Veroeffentlichung")
    Aenderungsnotiz = apps.get_model("handlungsfelder", "Aenderungsnotiz")
    notes = dict(Aenderungsnotiz.objects.values_list("revision_id", "text"))
    entries = PageLogEntry.objects.filter(action="wagtail.publish", revision__isnull=False).select_related("user")
    Veroeffentlichung.objects.bulk_create(
        [
            Veroeffentlichung(
                page_id=entry.page_id,
                revision_id=entry.revision_id,
                veroeffentlicht_am=entry.timestamp,
                veroeffentlicht_von=entry.user.get_username() if entry.user else "",
                aenderungsgrund=notes.get(entry.revision_id, ""),
            )
            for entry in entries
            if not Veroeffentlichung.objects.filter(revision_id=entry.revision_id).exists()
        ]
    )


class Migration(migrations.Migration):
    dependencies = [("handlungsfelder", "0005_versionsgeschichte")]

    operations = [migrations.RunPython(record_past_publications, migrations.RunPython.noop)]
