"""Read a package in from the command line: a new concept at the root of the page tree."""

from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Page

from ...austausch.importieren import konzept_importieren
from ...austausch.paket import PaketFehler, oeffnen


class Command(BaseCommand):
    help = "Liest ein IT-Konzept-Paket als neues Konzept ein (als Entwürfe, mit --veroeffentlichen veröffentlicht)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("datei", help="Das Paket (ZIP).")
        parser.add_argument("--veroeffentlichen", action="store_true", help="Die Seiten gleich veröffentlichen.")

    def handle(self, *args, datei: str, veroeffentlichen: bool, **options) -> None:
        try:
            with open(datei, "rb") as quelle:
                ergebnis = konzept_importieren(oeffnen(quelle), Page.get_first_root_node(), None, veroeffentlichen)
        except OSError as fehler:
            raise CommandError(f"{datei}: {fehler.strerror}") from None
        except PaketFehler as fehler:
            raise CommandError(str(fehler)) from None
        self.stdout.write(
            f"„{ergebnis.start_page.title}“ eingelesen: {ergebnis.seiten} Seiten, {ergebnis.stammdaten} Stammdaten, "
            f"{ergebnis.dateien} Dateien (Quelle: {ergebnis.quelle.get('adresse', '?')})."
        )
