"""Factories for the concept's snippets and pages, and raw StreamField data for every block type."""

import datetime
import uuid

from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.documents.models import Document
from wagtail.models import Page, Site

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from handlungsfelder.models import (
    Akteur,
    BeschlussIndexPage,
    BeschlussPage,
    Dienstleister,
    HandlungsfeldIndexPage,
    HandlungsfeldPage,
    Kontakt,
    KonzeptStartPage,
    Region,
    Schule,
    SitzungIndexPage,
    SitzungPage,
)


class RegionFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Region {n}")
    slug = factory.Sequence(lambda n: f"region-{n}")

    class Meta:
        model = Region


class DienstleisterFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Systemhaus {n} GmbH")
    region = factory.SubFactory(RegionFactory)
    telefon = "0881 123-0"

    class Meta:
        model = Dienstleister


class SchuleFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Staatliche Realschule Nummer {n}")
    kurzname = factory.Sequence(lambda n: f"Realschule {n}")
    slug = factory.Sequence(lambda n: f"realschule-{n}")
    schulart = "realschule"
    ort = "Weilheim i. OB"
    region = factory.SubFactory(RegionFactory)

    class Meta:
        model = Schule


class AkteurFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Stelle {n}")
    art = "sachaufwandstraeger"

    class Meta:
        model = Akteur


class KontaktFactory(DjangoModelFactory):
    name = "Katharina Brandl"
    funktion = "Projektleitung IT-Konzept"
    organisation = "Landratsamt, Sachgebiet Schulen"
    anschrift = "Stainhartstraße 7\n82362 Weilheim i. OB"
    telefon = "0881 681-1400"
    email = "it-konzept@lra.example"

    class Meta:
        model = Kontakt


class KonzeptStartPageFactory(wagtail_factories.PageFactory):
    title = "IT-Konzept für die Schulen"
    slug = "it-konzept"
    intro = "<p>Das IT-Konzept regelt Ausstattung, Betrieb und Zuständigkeiten.</p>"
    version = "1.0"
    in_kraft_seit = datetime.date(2019, 9, 1)

    class Meta:
        model = KonzeptStartPage


class HandlungsfeldIndexPageFactory(wagtail_factories.PageFactory):
    title = "Handlungsfelder"
    slug = "handlungsfelder"

    class Meta:
        model = HandlungsfeldIndexPage


class HandlungsfeldPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Handlungsfeld {n}")
    slug = factory.Sequence(lambda n: f"handlungsfeld-{n}")
    summary = "Ausgangslage, Ziele und Maßnahmen."

    class Meta:
        model = HandlungsfeldPage


class SitzungIndexPageFactory(wagtail_factories.PageFactory):
    title = "Arbeitsgruppe"
    slug = "arbeitsgruppe"

    class Meta:
        model = SitzungIndexPage


class SitzungPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"{n}. Sitzung der Arbeitsgruppe")
    slug = factory.Sequence(lambda n: f"sitzung-{n}")
    datum = datetime.date(2019, 7, 11)
    ort = "Landratsamt, Sitzungssaal"

    class Meta:
        model = SitzungPage


class BeschlussIndexPageFactory(wagtail_factories.PageFactory):
    title = "Beschlüsse"
    slug = "beschluesse"

    class Meta:
        model = BeschlussIndexPage


class BeschlussPageFactory(wagtail_factories.PageFactory):
    title = "Beschluss des IT-Konzepts Version 1.0"
    slug = factory.Sequence(lambda n: f"beschluss-{n}")
    datum = datetime.date(2019, 8, 5)
    gegenstand = "Der Ausschuss beschließt das IT-Konzept in der Version 1.0."
    abstimmungsergebnis = "einstimmig"
    konzeptversion = "1.0"
    in_kraft_ab = datetime.date(2019, 9, 1)

    class Meta:
        model = BeschlussPage


def in_tagen(tage: int) -> datetime.date:
    """A day counted from today in the site's time zone: a meeting ahead takes proposals without a confirmation."""
    return timezone.localdate() + datetime.timedelta(days=tage)


def publish(page: Page) -> Page:
    """Publish the page's current state through a real revision, as an editor would."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def make_site_root(page: Page) -> None:
    site = Site.objects.get(is_default_site=True)
    site.root_page = page
    site.save()


def block(block_type: str, value) -> dict:
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def massnahme(titel: str, status: str, verantwortlich: Akteur, schulen=(), alle_schulen=False, kosten=None) -> dict:
    return block(
        "massnahme",
        {
            "titel": titel,
            "beschreibung": f"<p>Beschreibung: {titel}.</p>",
            "status": status,
            "zeitraum": "Schuljahr 2020/21",
            "verantwortlich": verantwortlich.pk,
            "alle_schulen": alle_schulen,
            "schulen": [schule.pk for schule in schulen],
            "kosten": kosten,
        },
    )


def document(title: str = "Rahmenvertrag Endgeräte") -> Document:
    return Document.objects.create(title=title, file=ContentFile(b"%PDF-1.4 demo", name="rahmenvertrag.pdf"))


def common_blocks(verweis_ziel: Page | None = None, dokument: Document | None = None) -> list[dict]:
    """One of each block every part offers."""
    blocks = [
        block("heading", {"text": "Ausgangslage", "level": "h3"}),
        block("paragraph", "<p>Alle Schulen sind an das Landkreisnetz angebunden.</p>"),
        block(
            "hinweis",
            {"art": "warnung", "titel": "Private Geräte", "text": "<p>Nur im Gäste-WLAN erlaubt.</p>"},
        ),
        block(
            "tabelle",
            {
                "beschriftung": "Netzsegmente",
                "spalte_1": "Segment",
                "spalte_2": "Zweck",
                "spalte_3": "",
                "spalte_4": "",
                "zeilen": [
                    {"spalte_1": "VLAN 10", "spalte_2": "Verwaltung", "spalte_3": "", "spalte_4": ""},
                    {"spalte_1": "VLAN 20", "spalte_2": "Unterricht", "spalte_3": "", "spalte_4": ""},
                ],
            },
        ),
    ]
    if verweis_ziel is not None:
        blocks.append(block("handlungsfeld_verweis", {"seite": verweis_ziel.pk, "text": ""}))
    if dokument is not None:
        blocks.append(block("dokument", {"dokument": dokument.pk, "titel": "", "beschreibung": "Stand 2024"}))
    return blocks
