"""Following the source of an adopted concept: which Handlungsfelder the source changed since the adoption or the
last take-over, and taking such a change over into a draft of the municipality's own page, which then goes through
the municipality's own approval. Nothing is published here, and nothing changed locally is overwritten: where both
sides changed the same place the local text stays and the conflict is named.
"""

from dataclasses import dataclass
from functools import cached_property

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.log_actions import log
from wagtail.models import Locale, Page, Revision

from ..freigabe.models import Aenderungsnotiz
from ..versionen.diff import TeilDiff, handlungsfeld_diff
from ..versionen.models import Veroeffentlichung
from .bereinigen import teil_bereinigen
from .models import KonzeptHerkunft, SeitenHerkunft
from .zusammenfuehren import Zusammenfuehrung, zusammenfuehren

LOG_ACTION = "handlungsfelder.vorlage_uebernommen"


class NichtUebernehmbar(Exception):
    """Why the change cannot be taken over now (shown to the editor, nothing changed)."""


def darf_abgleichen(user, start_page: Page) -> bool:
    """The concept's Redaktion (whoever may publish its start page) follows its source."""
    return bool(user is not None and user.is_authenticated and start_page.permissions_for_user(user).can_publish())


def konzepte_fuer(user) -> list[KonzeptHerkunft]:
    """The adopted concepts whose source this user may follow."""
    herkuenfte = KonzeptHerkunft.objects.select_related("start_page").order_by("start_page__title")
    return [herkunft for herkunft in herkuenfte if darf_abgleichen(user, herkunft.start_page)]


def herkunft_der_seite(page: Page) -> KonzeptHerkunft | None:
    """The adopted concept a page belongs to."""
    return (
        KonzeptHerkunft.objects.filter(start_page_id__in=Page.objects.ancestor_of(page).values("pk"))
        .select_related("start_page")
        .first()
    )


def _bereinigt(page):
    """A version of the source (a fresh object) as the municipality holds it: the county's data left out."""
    for name, _label in page.PARTS:
        setattr(page, name, teil_bereinigen(list(getattr(page, name).raw_data)))
    return page


def _nachfolgend(page) -> bool:
    """Pages made of the parts the history compares, in the concept's original language (a translation follows its
    original through wagtail-localize's sync)."""
    page_class = page.specific_class
    return page_class is not None and hasattr(page_class, "PARTS") and page.locale_id == Locale.get_default().pk


@dataclass
class Vorlagenaenderung:
    """One Handlungsfeld the source changed visibly since the local page was last brought level with it."""

    page: Page  # the municipality's page (specific)
    herkunft: SeitenHerkunft
    quelle: Page  # the source page (specific, live)
    basis: object  # the source's version last taken over, without the county's data
    vorlage: object  # the source's live version, without the county's data
    teile: list[TeilDiff]

    @property
    def revision(self) -> Revision:
        return self.quelle.live_revision

    @cached_property
    def veroeffentlichungen(self) -> list[Veroeffentlichung]:
        """The source's publications since the base, oldest first, with their change notes."""
        publications = Veroeffentlichung.objects.filter(page_id=self.quelle.pk, inhaltlich_geaendert=True)
        basis = self.herkunft.quelle_revision
        if basis is not None:
            seit = (
                Veroeffentlichung.objects.filter(page_id=self.quelle.pk, revision=basis)
                .values_list("veroeffentlicht_am", flat=True)
                .first()
            ) or basis.created_at
            publications = publications.filter(veroeffentlicht_am__gt=seit).exclude(revision=basis)
        return list(publications.order_by("veroeffentlicht_am", "pk"))

    @cached_property
    def lokal_revision_id(self) -> int | None:
        return self.page.latest_revision_id

    @cached_property
    def lokal(self):
        """The municipality's newest state (a draft if there is one), into which the change goes."""
        revision = Revision.objects.filter(pk=self.lokal_revision_id).first()
        return revision.as_object() if revision else self.page

    @cached_property
    def zusammenfuehrung(self) -> Zusammenfuehrung:
        return zusammenfuehren(self.page.specific_class, self.basis, self.vorlage, self.lokal)

    def aenderungsgrund(self, quelle_titel: str) -> str:
        """The prefilled change note: "Übernommen aus „…“: <the source's change notes>"."""
        gruende = list(
            dict.fromkeys(p.aenderungsgrund.strip().rstrip(".") for p in self.veroeffentlichungen if p.aenderungsgrund)
        )
        if not gruende:
            return _("Übernommen aus „%(quelle)s“") % {"quelle": quelle_titel}
        return _("Übernommen aus „%(quelle)s“: %(grund)s") % {"quelle": quelle_titel, "grund": "; ".join(gruende)}


def aenderung(herkunft: SeitenHerkunft) -> Vorlagenaenderung | None:
    """What the source changed on this page since its base; None when nothing visible changed (or the source is
    gone or offline)."""
    if herkunft.quelle_id is None or not _nachfolgend(herkunft.page):
        return None
    quelle = herkunft.quelle.specific
    if not quelle.live or quelle.live_revision_id in (None, herkunft.quelle_revision_id):
        return None
    vorlage = _bereinigt(quelle.live_revision.as_object())
    if herkunft.quelle_revision is not None:
        basis = _bereinigt(herkunft.quelle_revision.as_object())
    else:
        basis = type(quelle)()
    teile = handlungsfeld_diff(basis, vorlage)
    if not any(teil.geaenderte_bloecke for teil in teile):
        return None
    return Vorlagenaenderung(
        page=herkunft.page.specific, herkunft=herkunft, quelle=quelle, basis=basis, vorlage=vorlage, teile=teile
    )


def aenderungen(start_page: Page) -> list[Vorlagenaenderung]:
    """Every page of the adopted concept whose source changed visibly since it was last brought level, in the
    tree's order."""
    herkuenfte = (
        SeitenHerkunft.objects.filter(page__in=Page.objects.descendant_of(start_page, inclusive=True))
        .select_related("page", "quelle", "quelle_revision")
        .order_by("page__path")
    )
    return [neu for herkunft in herkuenfte if (neu := aenderung(herkunft)) is not None]


def hinderungsgrund(page, user) -> str | None:
    """Why no new revision may be created now: an open proposal (its text would change) or a lock."""
    titel = page.get_admin_display_title()
    workflow_state = page.current_workflow_state
    if workflow_state is not None:
        if workflow_state.status == workflow_state.STATUS_NEEDS_CHANGES:
            return _(
                "„%(titel)s“ hat einen Vorschlag, zu dem Änderungen angefordert wurden. Eine Übernahme aus der "
                "Vorlage würde den Text dieses Vorschlags ändern. Überarbeiten Sie den Vorschlag oder brechen Sie ihn "
                "im Editor ab; danach lässt sich die Änderung der Vorlage übernehmen."
            ) % {"titel": titel}
        return _(
            "„%(titel)s“ hat einen offenen Vorschlag in der Freigabe (Schritt „%(schritt)s“). Eine Übernahme aus der "
            "Vorlage würde den Text ändern, der gerade geprüft wird. Warten Sie die Entscheidung ab oder brechen Sie "
            "den Vorschlag im Editor ab; danach lässt sich die Änderung der Vorlage übernehmen."
        ) % {"titel": titel, "schritt": workflow_state.current_task_state.task.name}
    lock = page.get_lock()
    if lock is not None and lock.for_user(user):
        return _("„%(titel)s“ ist gesperrt und kann gerade nicht bearbeitet werden.") % {"titel": titel}
    return None


@dataclass
class Uebernahme:
    revision: Revision | None  # None when the merge left the local text as it was (nothing new, or all conflicts)
    zusammenfuehrung: Zusammenfuehrung


def uebernehmen(neu: Vorlagenaenderung, konzept: KonzeptHerkunft, user) -> Uebernahme:
    """Save the merge as the page's newest draft with its change note, and count the source's version as taken
    over. NichtUebernehmbar when a proposal, a lock or the page's validation stands in the way, or when the page or
    its base changed since the merge was computed (a draft saved meanwhile is never overwritten)."""
    page = neu.page
    grund = hinderungsgrund(page, user)
    if grund:
        raise NichtUebernehmbar(grund)
    ergebnis = neu.zusammenfuehrung
    entwurf = page.get_latest_revision_as_object()
    for name, wert in ergebnis.werte.items():
        setattr(entwurf, name, wert)
    geaendert = any(teil.geaenderte_bloecke for teil in handlungsfeld_diff(neu.lokal, entwurf))
    try:
        with transaction.atomic():
            herkunft = SeitenHerkunft.objects.select_for_update().get(pk=neu.herkunft.pk)
            neueste = Page.objects.filter(pk=page.pk).values_list("latest_revision_id", flat=True).first()
            if herkunft.quelle_revision_id != neu.herkunft.quelle_revision_id or neueste != neu.lokal_revision_id:
                raise NichtUebernehmbar(
                    _(
                        "„%(titel)s“ wurde inzwischen geändert, oder die Änderung der Vorlage wurde schon übernommen. "
                        "Bitte sehen Sie sich die Änderungen der Vorlage noch einmal an."
                    )
                    % {"titel": page.get_admin_display_title()}
                )
            revision = None
            if geaendert:
                revision = entwurf.save_revision(user=user, log_action=False)
                Aenderungsnotiz.objects.create(
                    revision=revision, text=neu.aenderungsgrund(konzept.quelle_titel)[:1000], autor=user
                )
            herkunft.quelle_revision = neu.revision
            herkunft.abgeglichen_am = timezone.now()
            herkunft.save(update_fields=["quelle_revision", "abgeglichen_am"])
            log(
                instance=page,
                action=LOG_ACTION,
                user=user,
                revision=revision,
                content_changed=geaendert,
                data={
                    "quelle": {"id": neu.quelle.pk, "title": konzept.quelle_titel},
                    "quelle_revision": neu.revision.pk,
                    "konflikte": [str(konflikt) for konflikt in ergebnis.konflikte],
                },
            )
    except ValidationError as error:
        raise NichtUebernehmbar(
            _("Die Änderung der Vorlage passt nicht zu den Regeln der Seite und wurde nicht übernommen: %s")
            % " ".join(error.messages)
        ) from error
    return Uebernahme(revision=revision, zusammenfuehrung=ergebnis)
