"""Bringing back a published wording of a Handlungsfeld: a new draft with the old text, which then goes through the
approval like any edit. The live page is never touched; nothing is published here.

What is restored is what the version history compares (`diff.VERGLICHENE_FELDER`: title, summary, the four parts);
the address (slug), the Kürzel of the Maßnahmen numbers, the tags and the settings stay as the current draft has
them, so a restoration changes the text, not where the page lives or how its Maßnahmen are numbered.
"""

import copy
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from wagtail.models import Locale, Revision

from ..freigabe.models import Aenderungsnotiz
from .diff import TeilDiff, handlungsfeld_diff, verglichene_felder
from .models import Konzeptversion, Veroeffentlichung


class NichtWiederherstellbar(Exception):
    """Why this page cannot take a restored version now (shown to the editor, nothing changed)."""


def wiederherstellbar(page) -> bool:
    """Pages made of the parts the history compares (the Handlungsfelder), in the concept's original language: a
    translation follows its original through wagtail-localize's sync."""
    page_class = page.specific_class
    return page_class is not None and hasattr(page_class, "PARTS") and page.locale_id == Locale.get_default().pk


def darf_wiederherstellen(page, user) -> bool:
    """Whoever may edit the page may restore one of its versions (the result is a draft like any edit)."""
    return bool(user is not None and user.is_authenticated and page.permissions_for_user(user).can_edit())


def wiederherstellen_url(page, revision_id: int) -> str:
    return reverse("handlungsfelder_wiederherstellen", args=[page.pk, revision_id])


def veroeffentlichung_or_404(page, revision_id: int) -> Veroeffentlichung:
    """Only a revision that was published on this page can be restored; any other id is a 404."""
    publication = (
        Veroeffentlichung.objects.filter(page_id=page.pk, revision_id=revision_id)
        .select_related("revision")
        .order_by("-veroeffentlicht_am", "-pk")
        .first()
    )
    if publication is None:
        raise Http404(_("Diese Fassung wurde auf dieser Seite nie veröffentlicht."))
    return publication


def hinderungsgrund(page, user) -> str | None:
    """Why a new revision may not be created now: an open proposal (the text under review would change) or a lock."""
    titel = page.get_admin_display_title()
    workflow_state = page.current_workflow_state
    if workflow_state is not None:
        if workflow_state.status == workflow_state.STATUS_NEEDS_CHANGES:
            return _(
                "„%(titel)s“ hat einen Vorschlag, zu dem Änderungen angefordert wurden. Eine wiederhergestellte "
                "Fassung würde den Text dieses Vorschlags ersetzen. Überarbeiten Sie den Vorschlag oder brechen Sie "
                "ihn im Editor ab (Autor oder Redaktion); danach lässt sich die Fassung wiederherstellen."
            ) % {"titel": titel}
        return _(
            "„%(titel)s“ hat einen offenen Vorschlag in der Freigabe (Schritt „%(schritt)s“). Eine wiederhergestellte "
            "Fassung würde den Text ändern, der gerade geprüft wird. Warten Sie die Entscheidung ab oder brechen Sie "
            "den Vorschlag im Editor ab (Autor oder Redaktion); danach lässt sich die Fassung wiederherstellen."
        ) % {"titel": titel, "schritt": workflow_state.current_task_state.task.name}
    lock = page.get_lock()
    if lock is not None and lock.for_user(user):
        return _("„%(titel)s“ ist gesperrt und kann gerade nicht bearbeitet werden.") % {"titel": titel}
    return None


def konzeptversionen_mit(publication: Veroeffentlichung) -> list[Konzeptversion]:
    """The adopted concept versions that froze exactly this revision of the page."""
    return list(
        Konzeptversion.objects.filter(
            seiten__page_id=publication.page_id, seiten__revision_id=publication.revision_id
        ).order_by("beschlossen_am", "pk")
    )


def version_bezeichnung(publication: Veroeffentlichung) -> str:
    """The version a publication belongs to: "Version 2.0" when adopted in it, else "nach Version 2.0" (the last
    version recorded before it), empty before the first."""
    versionen = konzeptversionen_mit(publication)
    if versionen:
        nummern = ", ".join(version.nummer for version in versionen)
        if len(versionen) == 1:
            return _("Version %(nummer)s") % {"nummer": nummern}
        return _("Versionen %(nummern)s") % {"nummern": nummern}
    vorher = (
        Konzeptversion.objects.filter(
            seiten__page_id=publication.page_id, veroeffentlicht_am__lt=publication.veroeffentlicht_am
        )
        .order_by("-veroeffentlicht_am", "-pk")
        .first()
    )
    return _("nach Version %(nummer)s") % {"nummer": vorher.nummer} if vorher else ""


def datum_text(publication: Veroeffentlichung) -> str:
    """The publication's day as the history shows it ("12.03.2026", local time)."""
    return formats.date_format(timezone.localtime(publication.veroeffentlicht_am), "d.m.Y")


def aenderungsgrund(publication: Veroeffentlichung) -> str:
    """The prefilled change note: "Wiederherstellung der Fassung vom 12.03.2026 (Version 2.0)"."""
    datum = datum_text(publication)
    version = version_bezeichnung(publication)
    if version:
        return _("Wiederherstellung der Fassung vom %(datum)s (%(version)s)") % {"datum": datum, "version": version}
    return _("Wiederherstellung der Fassung vom %(datum)s") % {"datum": datum}


@dataclass
class Vorschau:
    """What restoring would do: the current latest state, the restored one and what changes between them."""

    aktuell: object
    wiederhergestellt: object
    teile: list[TeilDiff]

    @property
    def hat_aenderungen(self) -> bool:
        return any(teil.geaenderte_bloecke for teil in self.teile)


def vorschau(page, publication: Veroeffentlichung) -> Vorschau:
    """The latest revision (draft or live) with the published version's text put in, and the difference."""
    latest = page.get_latest_revision()
    aktuell, wiederhergestellt = latest.as_object(), latest.as_object()
    alt = publication.revision.as_object()
    for name in verglichene_felder(page):
        wert = getattr(alt, name)
        setattr(wiederhergestellt, name, copy.deepcopy(list(wert.raw_data)) if hasattr(wert, "raw_data") else wert)
    return Vorschau(
        aktuell=aktuell, wiederhergestellt=wiederhergestellt, teile=handlungsfeld_diff(aktuell, wiederhergestellt)
    )


def wiederherstellen(page, publication: Veroeffentlichung, user) -> Revision | None:
    """Save the published version's text as the page's newest draft, with its change note; the log says "revert"
    to the old revision, as Wagtail's own revert does. None when the latest revision already has that text;
    NichtWiederherstellbar when a proposal, a lock or today's validation rules stand in the way."""
    grund = hinderungsgrund(page, user)
    if grund:
        raise NichtWiederherstellbar(grund)
    neu = vorschau(page, publication)
    if not neu.hat_aenderungen:
        return None
    try:
        with transaction.atomic():
            revision = neu.wiederhergestellt.save_revision(
                user=user, log_action=True, previous_revision=publication.revision
            )
            Aenderungsnotiz.objects.create(revision=revision, text=aenderungsgrund(publication)[:1000], autor=user)
    except ValidationError as error:
        raise NichtWiederherstellbar(
            _("Diese Fassung passt nicht mehr zu den heutigen Regeln der Seite und wurde nicht wiederhergestellt: %s")
            % " ".join(error.messages)
        ) from error
    return revision
