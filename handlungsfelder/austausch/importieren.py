"""Reading a package into this installation: reference data, documents and images first, then the pages below a
chosen parent, every reference pointed at the new objects. All or nothing: a package that fails halfway leaves
no pages behind."""

import json
import posixpath
from dataclasses import dataclass, field

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, TranslatableMixin

from ..konzept.models import KonzeptStartPage
from . import inhalt, verweise
from .paket import Paket, PaketFehler


@dataclass
class Ergebnis:
    start_page: KonzeptStartPage
    seiten: int = 0
    stammdaten: int = 0
    dateien: int = 0
    quelle: dict = field(default_factory=dict)
    # Old ids of the package → the new objects' ids (pages: `zuordnung(Page, alt)`).
    zuordnung: "Zuordnung | None" = None


class Zuordnung:
    """Old ids of the package → new ids here, per model (a page is looked up as any page type)."""

    def __init__(self):
        self.ids: dict[tuple[str, int], int] = {}

    def merken(self, model, alt: int, neu: int) -> None:
        self.ids[(self._schluessel(model), alt)] = neu

    def __call__(self, model, alt: int) -> int | None:
        return self.ids.get((self._schluessel(model), alt))

    @staticmethod
    def _schluessel(model) -> str:
        if issubclass(model, Page):
            return "page"
        return inhalt.modellname(model)


def _seitentypen(seiten: list[dict]) -> list[type[Page]]:
    typen = []
    for eintrag in seiten:
        model = inhalt.modell(str(eintrag.get("typ")))
        if model is None or not issubclass(model, Page):
            raise PaketFehler(_("Den Seitentyp „%(typ)s“ gibt es hier nicht.") % {"typ": eintrag.get("typ")})
        typen.append(model)
    if not typen or typen[0] is not KonzeptStartPage or seiten[0].get("eltern") is not None:
        raise PaketFehler(_("Das Paket beginnt nicht mit der Startseite eines IT-Konzepts."))
    return typen


def _pruefen(paket: Paket, eltern: Page) -> None:
    """What can be said before anything is written: the parent may hold a concept and the address is free (the
    Handlungsfelder' Kürzel are the new concept's own)."""
    seiten = paket.inhalt.get("seiten") or []
    _seitentypen(seiten)
    if KonzeptStartPage not in eltern.specific_class.allowed_subpage_models():
        raise PaketFehler(_("Unter „%(titel)s“ kann kein IT-Konzept angelegt werden.") % {"titel": eltern.title})
    slug = seiten[0]["felder"].get("slug")
    if eltern.get_children().filter(slug=slug).exists():
        raise PaketFehler(
            _("Unter „%(titel)s“ gibt es schon eine Seite mit der Kurzadresse „%(slug)s“.")
            % {"titel": eltern.title, "slug": slug}
        )


def _felder(model, felder: dict, zuordnung: Zuordnung) -> tuple[dict, dict]:
    """Package values as the model takes them, references rewritten: plain fields (foreign keys by their id
    attribute) and many-to-many fields (lists of ids) apart. A field this installation does not know is left out."""
    werte, mehrfach = {}, {}
    for name, wert in felder.items():
        try:
            feld = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        neu = verweise.feld_umschreiben(feld, wert, zuordnung)
        if feld.many_to_many:
            mehrfach[name] = neu or []
        elif isinstance(feld, StreamField):
            werte[name] = json.dumps(neu or [])
        elif feld.is_relation:
            werte[feld.attname] = neu
        else:
            werte[name] = feld.to_python(neu)
    return werte, mehrfach


def _stammdaten(paket: Paket, zuordnung: Zuordnung, locale: Locale) -> int:
    anzahl = 0
    daten = paket.inhalt.get("stammdaten") or {}
    for model in inhalt.STAMMDATEN:
        for eintrag in daten.get(inhalt.modellname(model), []):
            werte, _mehrfach = _felder(model, eintrag["felder"], zuordnung)
            if issubclass(model, TranslatableMixin):
                werte["locale"] = locale
            eindeutig = {f.name: werte[f.name] for f in model._meta.concrete_fields if f.unique and f.name in werte}
            objekt = model.objects.filter(**eindeutig).first() if eindeutig else None
            if objekt is None:
                objekt = model(**werte)
                objekt.full_clean(exclude=["translation_key"])
                objekt.save()
                anzahl += 1
            zuordnung.merken(model, eintrag["id"], objekt.pk)
    return anzahl


def _dateien(paket: Paket, zuordnung: Zuordnung) -> int:
    sammlung = Collection.get_first_root_node()
    anzahl = 0
    for schluessel, model in (("dokumente", get_document_model()), ("bilder", get_image_model())):
        for eintrag in paket.inhalt.get(schluessel) or []:
            inhalt_der_datei = paket.datei(eintrag["datei"])
            objekt = model(title=eintrag["titel"], collection=sammlung)
            objekt.file.save(posixpath.basename(eintrag["datei"]), ContentFile(inhalt_der_datei), save=False)
            objekt.save()
            zuordnung.merken(model, eintrag["id"], objekt.pk)
            anzahl += 1
    return anzahl


def _seite_anlegen(model, eintrag: dict, eltern: Page, zuordnung: Zuordnung, locale: Locale) -> Page:
    """First pass: the page in the tree with its fields; links to pages not created yet are filled in later."""
    werte, _mehrfach = _felder(model, eintrag["felder"], zuordnung)
    seite = model(**werte, locale=locale, live=False)
    seite.has_unpublished_changes = True
    if eintrag.get("schlagwoerter") and hasattr(seite, "tags"):
        seite.tags.add(*eintrag["schlagwoerter"])
    eltern.add_child(instance=seite)
    return seite


@transaction.atomic
def konzept_importieren(paket: Paket, eltern: Page, user=None, veroeffentlichen: bool = False) -> Ergebnis:
    """Create the package's concept below `eltern`: as drafts for the installation's own approval, or published."""
    _pruefen(paket, eltern)
    locale = eltern.locale if eltern.depth > 1 else Locale.get_default()
    zuordnung = Zuordnung()
    try:
        anzahl_stammdaten = _stammdaten(paket, zuordnung, locale)
        anzahl_dateien = _dateien(paket, zuordnung)
        seiten_im_paket = paket.inhalt["seiten"]
        typen = _seitentypen(seiten_im_paket)
        angelegt: list[Page] = []
        for model, eintrag in zip(typen, seiten_im_paket, strict=True):
            ziel = eltern if eintrag.get("eltern") is None else Page.objects.get(pk=zuordnung(Page, eintrag["eltern"]))
            seite = _seite_anlegen(model, eintrag, ziel, zuordnung, locale)
            zuordnung.merken(Page, eintrag["id"], seite.pk)
            angelegt.append(seite)
        for seite, eintrag in zip(angelegt, seiten_im_paket, strict=True):
            werte, mehrfach = _felder(type(seite), eintrag["felder"], zuordnung)
            for name, wert in werte.items():
                setattr(seite, name, wert)
            for name, ids in mehrfach.items():
                ziel = type(seite)._meta.get_field(name).related_model
                getattr(seite, name).set(list(ziel.objects.filter(pk__in=ids)))
            revision = seite.save_revision(user=user, log_action=True)
            if veroeffentlichen:
                revision.publish(user=user)
    except (ValidationError, IntegrityError, KeyError, TypeError, ValueError) as fehler:
        raise PaketFehler(_("Das Paket lässt sich nicht einlesen: %(fehler)s") % {"fehler": fehler}) from fehler
    quelle = paket.inhalt.get("quelle") or {}
    if quelle.get("stand"):
        quelle = {**quelle, "stand": parse_datetime(quelle["stand"])}
    return Ergebnis(
        start_page=angelegt[0].specific,
        seiten=len(angelegt),
        stammdaten=anzahl_stammdaten,
        dateien=anzahl_dateien,
        quelle=quelle,
        zuordnung=zuordnung,
    )
