"""Write a concept as a package from the command line (for an operator moving it to another installation)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ...austausch.exportieren import konzept_exportieren
from ...konzept.models import KonzeptStartPage


class Command(BaseCommand):
    help = "Schreibt ein IT-Konzept als Paket (ZIP mit konzept.json und Dokumenten)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("datei", help="Wohin das Paket geschrieben wird, z. B. konzept.zip.")
        parser.add_argument("--konzept", help="Kurzadresse der Startseite (ohne Angabe: das erste Konzept).")
        parser.add_argument("--konzeptversion", help="Eine beschlossene Version statt des aktuellen Stands, z. B. 2.0.")

    def handle(self, *args, datei: str, konzept: str | None, konzeptversion: str | None, **options) -> None:
        version = konzeptversion
        start_pages = KonzeptStartPage.objects.live().order_by("path")
        start_page = (start_pages.filter(slug=konzept) if konzept else start_pages).first()
        if start_page is None:
            raise CommandError(
                "Kein veröffentlichtes IT-Konzept" + (f" mit der Kurzadresse „{konzept}“." if konzept else ".")
            )
        fassung = None
        if version:
            fassung = start_page.versionen.filter(nummer=version).first()
            if fassung is None:
                raise CommandError(f"„{start_page.title}“ hat keine Version {version}.")
        inhalt = konzept_exportieren(start_page, fassung)
        Path(datei).write_bytes(inhalt)
        self.stdout.write(
            f"{datei}: {len(inhalt) // 1024} KB, {start_page.title}" + (f", Version {version}" if version else "")
        )
