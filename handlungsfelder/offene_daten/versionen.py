"""The concept versions as open data: what each recorded, without the pages the public may not see now.

A version freezes the live revision of every live page of the concept, a view-restricted one included; the API
leaves out every page that is below a view restriction today.
"""

import copy

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext as _

from ..konzept.models import BeschlussPage, HandlungsfeldPage
from ..konzept.sichtbarkeit import oeffentlich
from ..umsetzung.massnahmen import Massnahme, sammeln_aus
from ..versionen.models import Konzeptversion, KonzeptversionSeite

FELDER = ("title", "slug", "kuerzel")


class VersionUnbekannt(Exception):
    pass


def _versionen(start_page):
    """Versions are adopted for the German original; a translation lists the same ones."""
    return Konzeptversion.objects.filter(konzept__translation_key=start_page.translation_key)


def _handlungsfeld_seiten(versionen_qs):
    """The records of the unrestricted Handlungsfelder of these versions, in tree order."""
    unbeschraenkt = oeffentlich(HandlungsfeldPage.objects.all()).values("pk")
    return (
        KonzeptversionSeite.objects.filter(
            version__in=versionen_qs,
            page__content_type=ContentType.objects.get_for_model(HandlungsfeldPage),
            page__in=unbeschraenkt,
        )
        .select_related("page")
        .order_by("page__path")
    )


def versionen(start_page) -> list[tuple[Konzeptversion, BeschlussPage | None, list]]:
    """Each version, newest first, with its decision (if public) and its Handlungsfelder, in three queries."""
    alle = list(_versionen(start_page).order_by("-beschlossen_am", "-pk"))
    beschluesse = oeffentlich(BeschlussPage.objects.live()).filter(pk__in={v.beschluss_id for v in alle} - {None})
    beschluesse = {page.pk: page for page in beschluesse.select_related("locale", "content_type")}
    seiten = {}
    for eintrag in _handlungsfeld_seiten(_versionen(start_page)):
        seiten.setdefault(eintrag.version_id, []).append(eintrag.page)
    return [(v, beschluesse.get(v.beschluss_id), seiten.get(v.pk, [])) for v in alle]


def massnahmen_der_version(start_page, nummer: str) -> tuple[Konzeptversion, list, list[Massnahme]]:
    """The version, its unrestricted Handlungsfelder as they stood in it, and their Maßnahmen, in five queries."""
    # Compared here, not in the database: the reader's text may hold what PostgreSQL refuses (NUL).
    alle = list(_versionen(start_page).select_related("konzept__locale").order_by("beschlossen_am", "pk"))
    version = next((v for v in alle if v.nummer == nummer), None)
    if version is None:
        vorhanden = ", ".join(v.nummer for v in alle)
        raise VersionUnbekannt(
            _("Keine Konzeptversion „%(nummer)s“. Vorhanden: %(vorhanden)s.")
            % {"nummer": nummer[:20], "vorhanden": vorhanden or _("keine")}
        )
    eintraege = list(_handlungsfeld_seiten(Konzeptversion.objects.filter(pk=version.pk)).select_related("revision"))
    seiten = HandlungsfeldPage.objects.defer_streamfields().in_bulk([eintrag.page_id for eintrag in eintraege])
    handlungsfelder = []
    for eintrag in eintraege:
        # The recorded revision's fields the Maßnahmen show, on a copy of the page: `with_content_json` would read
        # locale, type, comments and tags again for every page.
        page, inhalt = copy.copy(seiten[eintrag.page_id]), eintrag.revision.content
        page.title, page.slug, page.kuerzel = (inhalt.get(feld, getattr(page, feld)) for feld in FELDER)
        page.umsetzungsplan = inhalt.get("umsetzungsplan") or "[]"
        # What the overview's order and the reader's addresses read (`public_handlungsfelder` annotates them).
        page.konzept_pfad, page.sprache = page.path, version.konzept.locale.language_code
        handlungsfelder.append(page)
    return version, handlungsfelder, sammeln_aus(handlungsfelder)
