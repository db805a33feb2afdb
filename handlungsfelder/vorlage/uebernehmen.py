"""A municipality's concept made from the county's ("Als Vorlage übernehmen"), in the same installation: the
county's current state or an adopted version as a package in memory, its own data left out, read in as drafts
below the tree root, with its own site, roles and provenance. Its history starts with its own first publication."""

import io
import re

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from ..austausch import inhalt
from ..austausch.exportieren import konzept_exportieren
from ..austausch.importieren import konzept_importieren
from ..austausch.paket import Paket, PaketFehler, oeffnen
from ..bereiche.anlegen import eigene_rollen_anlegen
from ..konzept.models import BeschlussPage, KonzeptStartPage, SitzungPage
from ..versionen.models import Konzeptversion
from .bereinigen import felder_bereinigen
from .models import KonzeptHerkunft, SeitenHerkunft

# The county's meetings and decisions are its history, not the municipality's; their index pages stay.
AUSGELASSENE_SEITEN = {inhalt.modellname(BeschlussPage), inhalt.modellname(SitzungPage)}
HOSTNAME = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$")


class UebernahmeFehler(ValueError):
    """An adoption that cannot be made, with a message for the administrator."""


def titel_fuer(name: str) -> str:
    return _("IT-Konzept %(name)s") % {"name": name}


def _pruefen(quelle: KonzeptStartPage, version: Konzeptversion | None, name: str, hostname: str) -> str:
    """The new start page's slug, once name, address and source are usable."""
    if not name.strip():
        raise UebernahmeFehler(_("Bitte geben Sie den Namen der Kommune an."))
    if not HOSTNAME.match(hostname):
        raise UebernahmeFehler(_("„%(hostname)s“ ist kein gültiger Hostname.") % {"hostname": hostname})
    if Site.objects.filter(hostname=hostname).exists():
        raise UebernahmeFehler(
            _("Den Hostnamen „%(hostname)s“ hat schon eine andere Website dieser Installation.")
            % {"hostname": hostname}
        )
    if version is not None and version.konzept_id != quelle.pk:
        raise UebernahmeFehler(_("Diese Version gehört nicht zu „%(titel)s“.") % {"titel": quelle.title})
    if version is None and not quelle.live:
        raise UebernahmeFehler(_("„%(titel)s“ ist nicht veröffentlicht.") % {"titel": quelle.title})
    slug = slugify(titel_fuer(name), allow_unicode=True)
    if Page.get_first_root_node().get_children().filter(slug=slug).exists():
        raise UebernahmeFehler(
            _("Die Kurzadresse „%(slug)s“ hat schon eine Seite an der Wurzel; bitte einen anderen Namen.")
            % {"slug": slug}
        )
    return slug


def _bereinigen(paket: Paket, name: str, slug: str) -> None:
    """The package without the county's meetings, decisions and reference data (every reference to them becomes
    empty on import), each page's own data left out, the start page renamed and without the county's version."""
    daten = paket.inhalt
    daten["stammdaten"] = {}
    seiten = []
    for eintrag in daten["seiten"]:
        if eintrag["typ"] in AUSGELASSENE_SEITEN:
            continue
        seiten.append({**eintrag, "felder": felder_bereinigen(eintrag["felder"])})
    start = seiten[0]["felder"]
    # The version and its date are required: marked for the municipality to fill in before it publishes.
    start.update(
        title=titel_fuer(name),
        slug=slug,
        seo_title="",
        version=pgettext("Platzhalter der Version", "bitte anpassen"),
        in_kraft_seit=timezone.localdate().isoformat(),
    )
    daten["seiten"] = seiten


def _quellrevisionen(quelle: KonzeptStartPage, version: Konzeptversion | None) -> dict[int, int]:
    """Source page → the revision the adopted content comes from: the version's, else the live one."""
    if version is not None:
        return dict(version.seiten.values_list("page_id", "revision_id"))
    return dict(Page.objects.descendant_of(quelle, inclusive=True).live().values_list("pk", "live_revision_id"))


def _in_eigene_sammlung(paket: Paket, zuordnung, sammlung) -> None:
    """The copied documents and images go into the new concept's collection, where its groups work."""
    for schluessel, model in (("dokumente", get_document_model()), ("bilder", get_image_model())):
        ids = [zuordnung(model, eintrag["id"]) for eintrag in paket.inhalt.get(schluessel) or []]
        model.objects.filter(pk__in=ids).update(collection=sammlung)


@transaction.atomic
def als_vorlage_uebernehmen(
    quelle: KonzeptStartPage, version: Konzeptversion | None, name: str, hostname: str, user
) -> KonzeptStartPage:
    """Create the municipality `name`'s concept from `quelle` (at `version`, else its current state), reached at
    `hostname`; its pages are drafts for its own groups to adapt and publish."""
    name, hostname = name.strip(), hostname.strip().lower()
    slug = _pruefen(quelle, version, name, hostname)
    paket = oeffnen(io.BytesIO(konzept_exportieren(quelle, version)))
    _bereinigen(paket, name, slug)
    try:
        ergebnis = konzept_importieren(paket, Page.get_first_root_node(), user)
    except PaketFehler as fehler:
        raise UebernahmeFehler(str(fehler)) from fehler
    start_page = ergebnis.start_page
    Site.objects.create(hostname=hostname, port=80, site_name=name, root_page=start_page)
    eigene = eigene_rollen_anlegen(start_page, name)
    _in_eigene_sammlung(paket, ergebnis.zuordnung, eigene.sammlung)
    KonzeptHerkunft.objects.create(
        start_page=start_page,
        quelle=quelle,
        quelle_titel=quelle.title,
        version=version,
        version_nummer=version.nummer if version else "",
        version_datum=version.beschlossen_am if version else None,
        uebernommen_von=user if user and user.is_authenticated else None,
    )
    revisionen = _quellrevisionen(quelle, version)
    SeitenHerkunft.objects.bulk_create(
        [
            SeitenHerkunft(
                page_id=ergebnis.zuordnung(Page, eintrag["id"]),
                quelle_id=eintrag["id"],
                quelle_revision_id=revisionen.get(eintrag["id"]),
            )
            for eintrag in paket.inhalt["seiten"]
        ]
    )
    return start_page
