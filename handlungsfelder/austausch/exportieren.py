"""Writing a concept (its current published state or an adopted version) as a package."""

import io
import json
import posixpath
import zipfile

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

import wagtail
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, TranslatableMixin

from ..konzept.models import KonzeptStartPage
from ..konzept.queries import public_pages
from ..versionen.models import Konzeptversion
from . import inhalt, paket, verweise


def _fassungen(start_page: KonzeptStartPage, version: Konzeptversion | None) -> list[Page]:
    """Every public page of the concept as the public sees it now, or as it stood in the adopted version; pages
    of the plugin's own types only (a host's legal pages stay at home), parents before children."""
    seiten = public_pages(start_page).order_by("path")
    if version is not None:
        revisionen = dict(version.seiten.values_list("page_id", "revision_id"))
        seiten = seiten.filter(pk__in=revisionen)
    fassungen = []
    for seite in seiten.select_related("live_revision"):
        if seite.content_type.app_label != KonzeptStartPage._meta.app_label:
            continue
        revision = seite.live_revision
        if version is not None:
            revision = seite.revisions.get(pk=revisionen[seite.pk])
        fassungen.append(revision.as_object() if revision else seite.specific)
    return fassungen


def _eintrag(seite: Page, eltern: dict[str, int]) -> dict:
    felder = inhalt.seitenfelder(seite)
    for feld in type(seite)._meta.concrete_fields:
        if isinstance(feld, StreamField) and isinstance(felder.get(feld.name), str):
            felder[feld.name] = json.loads(felder[feld.name])
    return {
        "id": seite.pk,
        "eltern": eltern.get(seite.path[: -Page.steplen]),
        "typ": inhalt.modellname(type(seite)),
        "felder": felder,
        "schlagwoerter": sorted(seite.tags.names()) if hasattr(seite, "tags") else [],
        "veroeffentlicht_am": seite.last_published_at,
    }


def _datei(archiv: zipfile.ZipFile, ordner: str, objekt) -> str:
    name = posixpath.join("dateien", ordner, str(objekt.pk), posixpath.basename(objekt.file.name))
    with objekt.file.open("rb") as datei:
        archiv.writestr(name, datei.read())
    return name


def konzept_exportieren(start_page: KonzeptStartPage, version: Konzeptversion | None = None) -> bytes:
    """The package as bytes: `konzept.json` plus the files of every document and image the pages refer to."""
    fassungen = _fassungen(start_page, version)
    pfade = {seite.path: seite.pk for seite in fassungen}
    seiten = [_eintrag(seite, pfade) for seite in fassungen]
    verwiesen: set = set()
    for seite in fassungen:
        verwiesen |= verweise.sammeln(type(seite), inhalt.seitenfelder(seite))
    stammdaten = {}
    for model in inhalt.STAMMDATEN:
        objekte = model.objects.order_by("pk")
        if issubclass(model, TranslatableMixin):
            objekte = objekte.filter(locale_id=start_page.locale_id)
        stammdaten[inhalt.modellname(model)] = [
            {"id": objekt.pk, "felder": inhalt.objektfelder(objekt)} for objekt in objekte
        ]
    puffer = io.BytesIO()
    with zipfile.ZipFile(puffer, "w", zipfile.ZIP_DEFLATED) as archiv:
        dateien = {}
        for ordner, model in (("dokumente", get_document_model()), ("bilder", get_image_model())):
            ids = sorted(pk for ziel, pk in verwiesen if issubclass(ziel, model))
            dateien[ordner] = [
                {"id": objekt.pk, "titel": objekt.title, "datei": _datei(archiv, ordner, objekt)}
                for objekt in model.objects.filter(pk__in=ids).order_by("pk")
            ]
        daten = {
            "format": paket.FORMAT,
            "schema": paket.SCHEMA,
            "erstellt_am": timezone.now(),
            "quelle": {
                "konzept": start_page.title,
                "adresse": start_page.full_url,
                "sprache": start_page.locale.language_code,
                "version": version.nummer if version else start_page.version,
                "version_beschlossen_am": version.beschlossen_am if version else None,
                "stand": max((s["veroeffentlicht_am"] for s in seiten if s["veroeffentlicht_am"]), default=None),
                "wagtail": wagtail.__version__,
            },
            "seiten": seiten,
            "stammdaten": stammdaten,
            "dokumente": dateien["dokumente"],
            "bilder": dateien["bilder"],
        }
        archiv.writestr(paket.INHALT, json.dumps(daten, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1))
    return puffer.getvalue()
