"""Which publications each confirmed address has not been told of yet, and one digest mail per address and language.

Only publication records count (what went public, never a draft), only those that changed something visible
(`inhaltlich_geaendert`), and only of pages the public may still see. Several publications between two runs go out
as one mail: each address remembers the last record it was told of (`gemeldet_bis`).
"""

import logging
from dataclasses import dataclass, field
from itertools import groupby

from django.db.models import Max, Q
from django.utils import timezone

from wagtail.models import Locale, Page

from ..bereiche.zugriff import mit_eigenen_rollen
from ..konzept.models import HandlungsfeldPage, KonzeptStartPage
from ..konzept.queries import public_pages
from ..stammdaten.models import Schule
from ..versionen.mixins import VersionsgeschichteMixin
from ..versionen.models import Veroeffentlichung
from .mails import zusammenfassung_senden
from .models import Abonnement, Umfang
from .tokens import BESTAETIGUNG_GUELTIG

logger = logging.getLogger(__name__)


@dataclass
class Eintrag:
    """One page of a digest: its publications since the last mail, the page and the public diff over all of them."""

    page: object
    veroeffentlichungen: list = field(default_factory=list)
    seite_url: str = ""
    vergleich_url: str | None = None


def letzte_veroeffentlichung() -> int:
    return Veroeffentlichung.objects.aggregate(letzte=Max("pk"))["letzte"] or 0


def abgelaufene_loeschen() -> int:
    """Unconfirmed subscriptions older than their confirmation link: the address is not kept."""
    grenze = timezone.now() - BESTAETIGUNG_GUELTIG
    return Abonnement.objects.filter(bestaetigt_am=None, angelegt_am__lt=grenze).delete()[0]


def _oeffentliche_seiten() -> Q:
    bedingung = Q(pk__in=[])
    for start in KonzeptStartPage.objects.live():
        bedingung |= Q(page_id__in=public_pages(start).values("id"))
    return bedingung


def _schulen_der_fassungen(veroeffentlichungen) -> dict[int, set]:
    """Per record of a Handlungsfeld: the translation keys of the schools its Maßnahmen name (all: None)."""
    genannt: dict[int, set] = {}
    for record in veroeffentlichungen:
        fassung = record.revision.as_object()
        if not isinstance(fassung, HandlungsfeldPage):
            continue
        plan = fassung.umsetzungsplan.raw_data
        werte = [item["value"] for item in plan if item["type"] == "massnahme"]
        if any(wert.get("alle_schulen") for wert in werte):
            genannt[record.pk] = None
        else:
            genannt[record.pk] = {pk for wert in werte for pk in wert.get("schulen") or []}
    schluessel = dict(
        Schule.objects.filter(pk__in={pk for pks in genannt.values() if pks for pk in pks}).values_list(
            "pk", "translation_key"
        )
    )
    return {pk: None if pks is None else {schluessel[s] for s in pks if s in schluessel} for pk, pks in genannt.items()}


def _uebersetzt() -> dict[str, set]:
    """Per language, the translation keys of its live pages: a page missing there is read in the original."""
    uebersetzt: dict[str, set] = {}
    for sprache, schluessel in Page.objects.live().values_list("locale__language_code", "translation_key"):
        uebersetzt.setdefault(sprache, set()).add(schluessel)
    return uebersetzt


def _in_sprache(record, sprache: str, uebersetzt: dict[str, set]) -> bool:
    """The record is of a page in that language, or of an original the language has no translation of."""
    seite = record.page.locale.language_code
    if seite == sprache:
        return True
    return seite == Locale.get_default().language_code and record.page.translation_key not in uebersetzt.get(
        sprache, set()
    )


class Konzepte:
    """Which concept a page belongs to (by the translation key of its start page), read once per run."""

    def __init__(self):
        starts = mit_eigenen_rollen(KonzeptStartPage.objects.all()).values_list(
            "path", "translation_key", "hat_eigene_rollen"
        )
        self.schluessel = {pfad: schluessel for pfad, schluessel, _eigene in starts}
        self.eigene = {schluessel for _pfad, schluessel, eigene in starts if eigene}

    def von(self, page) -> str | None:
        pfade = [pfad for pfad in self.schluessel if page.path.startswith(pfad)]
        return self.schluessel[max(pfade, key=len)] if pfade else None

    def betrifft(self, abonnement: Abonnement, page) -> bool:
        """A subscription from before several concepts follows the concepts of the installation-wide roles."""
        konzept = self.von(page)
        if abonnement.konzept_id is None:
            return konzept not in self.eigene
        return konzept == abonnement.konzept.translation_key


def _betrifft(abonnement: Abonnement, record, schulen: dict[int, set], uebersetzt: dict[str, set], konzepte) -> bool:
    if record.pk <= abonnement.gemeldet_bis or not _in_sprache(record, abonnement.sprache, uebersetzt):
        return False
    if not konzepte.betrifft(abonnement, record.page):
        return False
    if abonnement.umfang == Umfang.HANDLUNGSFELD:
        return record.page.translation_key == abonnement.handlungsfeld.translation_key
    if abonnement.umfang == Umfang.SCHULE:
        if record.pk not in schulen:
            return False
        genannt = schulen[record.pk]
        return genannt is None or abonnement.schule.translation_key in genannt
    return True


def _eintraege(records) -> list[Eintrag]:
    """The records grouped by page, each with a link to the diff from the version before the first of them."""
    eintraege = []
    for _page_id, gruppe in groupby(sorted(records, key=lambda r: (r.page_id, r.pk)), key=lambda r: r.page_id):
        gruppe = list(gruppe)
        page = gruppe[0].page.specific
        eintrag = Eintrag(page=page, veroeffentlichungen=gruppe, seite_url=page.get_full_url())
        vorher = (
            Veroeffentlichung.objects.filter(page_id=page.pk, inhaltlich_geaendert=True, pk__lt=gruppe[0].pk)
            .order_by("-veroeffentlicht_am", "-pk")
            .first()
        )
        if vorher is not None and isinstance(page, VersionsgeschichteMixin) and eintrag.seite_url:
            eintrag.vergleich_url = eintrag.seite_url + page.reverse_subpage(
                "vergleich", args=(vorher.revision_id, gruppe[-1].revision_id)
            )
        eintraege.append(eintrag)
    return sorted(eintraege, key=lambda e: min(r.pk for r in e.veroeffentlichungen))


def zusammenfassungen_senden() -> int:
    """Send every digest that is due; returns the number of mails sent. A failed mail is tried again next run."""
    abgelaufene_loeschen()
    bis = letzte_veroeffentlichung()
    abonnements = list(
        Abonnement.objects.filter(bestaetigt_am__isnull=False, gemeldet_bis__lt=bis)
        .select_related("handlungsfeld", "schule", "konzept")
        .order_by("email", "sprache", "pk")
    )
    if not abonnements:
        return 0
    records = list(
        Veroeffentlichung.objects.filter(
            _oeffentliche_seiten(),
            pk__gt=min(a.gemeldet_bis for a in abonnements),
            pk__lte=bis,
            inhaltlich_geaendert=True,
        )
        .select_related("page", "page__locale", "revision")
        .order_by("pk")
    )
    schulen = _schulen_der_fassungen(records)
    uebersetzt = _uebersetzt()
    konzepte = Konzepte()
    gesendet = 0
    for _schluessel, gruppe in groupby(abonnements, key=lambda a: (a.email, a.sprache)):
        gruppe = list(gruppe)
        passend = [r for r in records if any(_betrifft(a, r, schulen, uebersetzt, konzepte) for a in gruppe)]
        if passend:
            eintraege = _eintraege(passend)
            try:
                zusammenfassung_senden(gruppe, eintraege, eintraege[0].page.get_site().root_url)
            except Exception:
                logger.exception(
                    "Zusammenfassung an ein Abonnement nicht gesendet; nächster Versuch beim nächsten Lauf"
                )
                continue
            gesendet += 1
        Abonnement.objects.filter(pk__in=[a.pk for a in gruppe]).update(gemeldet_bis=bis)
    return gesendet
