"""`manage.py sicherung_einspielen ARCHIV`: restore an archive of `sicherung_erstellen` into an empty installation."""

from pathlib import Path

from django.core.management.base import BaseCommand

from betrieb import sicherung


class Command(BaseCommand):
    help = (
        "Spielt eine Sicherung in eine leere Installation ein: prüft zuerst Prüfsummen und Migrationsstand, dann "
        "alles in einer Transaktion oder nichts. Eine Datenbank mit Inhalt wird nur mit --ersetzen überschrieben."
    )

    def add_arguments(self, parser):
        parser.add_argument("archiv", type=Path, help="Archivdatei von sicherung_erstellen")
        parser.add_argument(
            "--ersetzen", action="store_true", help="den gesamten Inhalt einer nicht leeren Datenbank ersetzen"
        )

    def handle(self, *args, archiv: Path, ersetzen: bool, **options):
        result = sicherung.restore(archiv, replace=ersetzen)
        for note in result.notes:
            self.stdout.write(note)
        self.stdout.write(
            f"Sicherung eingespielt: {archiv} ({result.rows} Zeilen in {len(result.counts)} Tabellen, "
            f"{result.media} Mediendateien, {result.seconds:.1f} s, davon {result.migration_seconds:.1f} s für das "
            "Anlegen der Tabellen); der Suchindex wurde neu aufgebaut."
        )
