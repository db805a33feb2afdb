"""`manage.py sicherung_erstellen ZIEL`: the whole installation (database and media files) in one archive."""

from pathlib import Path

from django.core.management.base import BaseCommand

from betrieb import sicherung


class Command(BaseCommand):
    help = (
        "Schreibt die ganze Installation (Datenbank und Mediendateien) in ein Archiv. ZIEL ist eine Datei oder ein "
        "Verzeichnis, in das eine Datei mit Datum und Uhrzeit im Namen geschrieben wird."
    )

    def add_arguments(self, parser):
        parser.add_argument("ziel", type=Path, help="Archivdatei (.tar.gz) oder Verzeichnis")

    def handle(self, *args, ziel: Path, **options):
        result = sicherung.create(ziel)
        self.stdout.write(
            f"Sicherung geschrieben: {result.path} ({result.rows} Zeilen in {len(result.counts)} Tabellen, "
            f"{result.media} Mediendateien, {result.path.stat().st_size / 1e6:.1f} MB, {result.seconds:.1f} s)"
        )
