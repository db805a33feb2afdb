"""Build the PDFs now, in this process: for operators (after a restore, or without a worker) and `make bench`."""

from django.core.management.base import BaseCommand

from ...pdf.erstellen import aktuelle_pdfs_erstellen, version_pdf_erstellen
from ...versionen.models import Konzeptversion


class Command(BaseCommand):
    help = "Erstellt die PDFs des IT-Konzepts: den aktuellen Stand jeder Sprache und jede beschlossene Version."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--alle",
            action="store_true",
            help="Auch PDFs neu erstellen, die schon auf dem letzten Stand sind.",
        )
        parser.add_argument("--ohne-versionen", action="store_true", help="Nur den aktuellen Stand erstellen.")

    def handle(self, *args, alle: bool, ohne_versionen: bool, **options) -> None:
        aktuelle = aktuelle_pdfs_erstellen(nur_veraltete=not alle)
        versionen = 0
        if not ohne_versionen:
            versionen = sum(
                version_pdf_erstellen(version, nur_veraltete=not alle) for version in Konzeptversion.objects.all()
            )
        self.stdout.write(f"{aktuelle} aktuelle PDFs und {versionen} PDFs beschlossener Versionen erstellt.")
