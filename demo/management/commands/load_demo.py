"""`manage.py load_demo`: loads the demo IT-Konzept from demo/data/ in one transaction; safe to run again."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings

from handlungsfelder.models import KonzeptStartPage

from ...daten import DemoDataError
from ...loader import DemoLoader


class Command(BaseCommand):
    help = (
        "Lädt Demo-Inhalte: Stammdaten, Handlungsfelder, Sitzungen, Beschlüsse, rechtliche Seiten und Demo-Konten. "
        "Das Passwort neuer Konten kommt aus DEMO_PASSWORD oder wird einmal erzeugt und ausgegeben."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Nichts tun, wenn es bereits eine IT-Konzept-Startseite gibt (für „make run“).",
        )

    def handle(self, *args, if_empty: bool = False, **options):
        if if_empty and KonzeptStartPage.objects.exists():
            self.stdout.write("Es gibt bereits ein IT-Konzept; Demo-Inhalte werden nicht geladen.")
            return
        write = self.stdout.write if options["verbosity"] > 0 else (lambda line: None)
        started = time.monotonic()
        loader = DemoLoader(password=getattr(settings, "DEMO_PASSWORD", ""), log=write)
        try:
            # The demo replays years of proposals and approvals; their notifications are not sent.
            with transaction.atomic(), override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
                loader.build()
        except DemoDataError as error:
            raise CommandError(f"Demo-Daten fehlerhaft, nichts wurde gespeichert: {error}") from error
        write(self.style.SUCCESS(f"Fertig in {time.monotonic() - started:.1f} s."))
