"""Building the PDFs, in the background worker (`tasks.py`) or by `manage.py pdf_erstellen`, never for a request.

A change asks for a new current PDF by moving `angefordert_am` forward; a build records when it began, so a build
that began after the last request holds every change, and requests that pile up during one build cost one more
build, not one each.
"""

import logging

from django.contrib.contenttypes.models import ContentType
from django.db.models import Max
from django.utils import timezone

from wagtail.models import Page

from ..konzept.models import HandlungsfeldPage, KonzeptStartPage
from ..konzept.queries import beschluss_der_version, public_handlungsfelder, stand
from ..konzept.sichtbarkeit import oeffentlich
from ..versionen.models import Konzeptversion, Veroeffentlichung
from .models import KonzeptPdf
from .rendering import Fassung, render_pdf

logger = logging.getLogger(__name__)


def aktuelle_fassung(start_page: KonzeptStartPage) -> Fassung:
    """The concept as published now, on the version in force: its record (adopted for the German original, so a
    translation finds it by translation key) dates the cover, the decision page when no version was recorded."""
    version = Konzeptversion.objects.filter(
        konzept__translation_key=start_page.translation_key, nummer=start_page.version
    ).first()
    beschluss = None if version else beschluss_der_version(start_page)
    zuletzt = stand(start_page)
    return Fassung(
        start_page=start_page,
        handlungsfelder=list(public_handlungsfelder(start_page).prefetch_related("tags")),
        version=start_page.version,
        beschlossen_am=version.beschlossen_am if version else beschluss.datum if beschluss else None,
        in_kraft=version.in_kraft_ab if version else start_page.in_kraft_seit,
        stand=zuletzt,
        # Without a record nobody can say the text is the adopted one.
        seither_geaendert=version is None or (zuletzt is not None and zuletzt > version.veroeffentlicht_am),
    )


def fassung_der_version(version: Konzeptversion) -> Fassung:
    """The concept as recorded for an adopted version: the revisions live then, each dated by its publication (a
    version records every live page: those below a view restriction are left out)."""
    seiten = list(
        version.seiten.filter(page__in=oeffentlich(Page.objects.all()).values("pk"))
        .select_related("revision", "page")
        .order_by("page__path")
    )
    veroeffentlicht = dict(
        Veroeffentlichung.objects.filter(revision__in=[seite.revision_id for seite in seiten])
        .values("revision_id")
        .annotate(am=Max("veroeffentlicht_am"))
        .values_list("revision_id", "am")
    )
    handlungsfeld_typ = ContentType.objects.get_for_model(HandlungsfeldPage)
    start_page, handlungsfelder = version.konzept.specific, []
    for seite in seiten:
        if seite.page_id == version.konzept_id:
            start_page = seite.revision.as_object()
        elif seite.page.content_type_id == handlungsfeld_typ.pk:
            page = seite.revision.as_object()
            page.last_published_at = veroeffentlicht.get(seite.revision_id, page.last_published_at)
            handlungsfelder.append(page)
    return Fassung(
        start_page=start_page,
        handlungsfelder=handlungsfelder,
        version=version.nummer,
        beschlossen_am=version.beschlossen_am,
        in_kraft=version.in_kraft_ab,
        stand=version.veroeffentlicht_am,
        eingefroren=True,
    )


def _bauen(pdf: KonzeptPdf, fassung: Fassung) -> bool:
    """Render and store; a failure is logged and recorded, the last good file stays."""
    begonnen = timezone.now()
    try:
        inhalt = render_pdf(fassung)
    except Exception:
        logger.exception("Das PDF %s ließ sich nicht erzeugen.", pdf)
        pdf.fehlgeschlagen_am = timezone.now()
        pdf.save(update_fields=["fehlgeschlagen_am"])
        return False
    pdf.inhalt, pdf.stand, pdf.begonnen_am = inhalt, fassung.stand, begonnen
    pdf.erstellt_am = timezone.now()
    pdf.dauer, pdf.fehlgeschlagen_am = pdf.erstellt_am - begonnen, None
    # Never `angefordert_am`: a change during the build keeps its request.
    pdf.save(update_fields=["inhalt", "stand", "begonnen_am", "erstellt_am", "dauer", "fehlgeschlagen_am"])
    logger.info("PDF %s erstellt in %.1f s (%d KB).", pdf, pdf.dauer.total_seconds(), len(inhalt) // 1024)
    return True


def aktuelle_pdfs_erstellen(nur_veraltete: bool = True) -> int:
    """The current PDF of every live concept and language that a change made out of date; returns how many."""
    gebaut = 0
    for start_page in KonzeptStartPage.objects.live().public().select_related("locale"):
        pdf, _ = KonzeptPdf.objects.get_or_create(konzept=start_page, konzeptversion=None)
        if nur_veraltete and pdf.aktuell:
            continue
        gebaut += _bauen(pdf, aktuelle_fassung(start_page))
    return gebaut


def version_pdf_erstellen(version: Konzeptversion, nur_veraltete: bool = True) -> bool:
    """The frozen PDF of an adopted version, once: its pages never change; only a corrected record of the version
    (its date, say) asks for a new cover, or an operator's `pdf_erstellen --alle` after a release that renders
    differently (the tagging, say)."""
    pdf, _ = KonzeptPdf.objects.get_or_create(konzept_id=version.konzept_id, konzeptversion=version)
    if nur_veraltete and pdf.vorhanden and pdf.aktuell:
        return False
    return _bauen(pdf, fassung_der_version(version))
