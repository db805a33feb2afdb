"""Handlungsfelder the source published after the adoption: listed beside the source's changes and taken over as a
new draft page of the adopted concept, the county's data left out, links to Handlungsfelder pointed at the local
pages. Like every take-over it publishes nothing: the new page goes through the municipality's own approval."""

from django.db import transaction
from django.utils.translation import gettext as _

from wagtail.models import Locale, Page

from ..freigabe.models import Aenderungsnotiz
from ..konzept.models import HandlungsfeldIndexPage, HandlungsfeldPage, public_handlungsfelder
from .abgleich import NichtUebernehmbar
from .bereinigen import teil_bereinigen
from .models import KonzeptHerkunft, SeitenHerkunft


def _uebernommene_quellen(konzept: KonzeptHerkunft):
    seiten = Page.objects.descendant_of(konzept.start_page, inclusive=True)
    return SeitenHerkunft.objects.filter(page__in=seiten, quelle__isnull=False)


def neue_handlungsfelder(konzept: KonzeptHerkunft) -> list[HandlungsfeldPage]:
    """The source's live, public Handlungsfelder (in its original language) that no page here came from."""
    if konzept.quelle is None or not konzept.quelle.live:
        return []
    return list(
        public_handlungsfelder(konzept.quelle)
        .filter(locale=Locale.get_default())
        .exclude(pk__in=_uebernommene_quellen(konzept).values("quelle_id"))
    )


def _verweise_umleiten(raw: list[dict], hier: dict[int, int]) -> list[dict]:
    """A link to a Handlungsfeld of the source points at the page here that came from it, else it is emptied."""
    for block in raw:
        if block.get("type") == "handlungsfeld_verweis" and isinstance(block.get("value"), dict):
            block["value"]["seite"] = hier.get(block["value"].get("seite"))
    return raw


@transaction.atomic
def neues_handlungsfeld_uebernehmen(konzept: KonzeptHerkunft, quelle: HandlungsfeldPage, user) -> HandlungsfeldPage:
    """Create the source's new Handlungsfeld as a draft below the concept's Handlungsfelder. NichtUebernehmbar when
    it is not new here, the concept has no Handlungsfelder page, or its address is taken there."""
    if quelle not in neue_handlungsfelder(konzept):
        raise NichtUebernehmbar(
            _("„%(titel)s“ ist kein neues Handlungsfeld der Vorlage (mehr).") % {"titel": quelle.title}
        )
    index = HandlungsfeldIndexPage.objects.descendant_of(konzept.start_page).filter(locale=Locale.get_default()).first()
    if index is None:
        raise NichtUebernehmbar(_("Dieses IT-Konzept hat keine Übersicht der Handlungsfelder, in die es gehört."))
    if index.get_children().filter(slug=quelle.slug).exists():
        raise NichtUebernehmbar(
            _("Unter „%(index)s“ gibt es schon eine Seite mit der Kurzadresse „%(slug)s“.")
            % {"index": index.title, "slug": quelle.slug}
        )
    fassung = quelle.live_revision.as_object()
    hier = dict(_uebernommene_quellen(konzept).values_list("quelle_id", "page_id"))
    seite = HandlungsfeldPage(
        title=fassung.title, slug=fassung.slug, summary=fassung.summary, live=False, has_unpublished_changes=True
    )
    if not seite.andere_im_konzept(index).filter(kuerzel=fassung.kuerzel).exists():
        seite.kuerzel = fassung.kuerzel
    for name, _label in HandlungsfeldPage.PARTS:
        setattr(seite, name, _verweise_umleiten(teil_bereinigen(list(getattr(fassung, name).raw_data)), hier))
    seite.tags.add(*fassung.tags.names())
    index.add_child(instance=seite)
    revision = seite.save_revision(user=user, log_action=True)
    Aenderungsnotiz.objects.create(
        revision=revision,
        text=_("Neues Handlungsfeld, übernommen aus „%(quelle)s“") % {"quelle": konzept.quelle_titel},
        autor=user,
    )
    SeitenHerkunft.objects.create(page=seite, quelle=quelle, quelle_revision=quelle.live_revision)
    return seite
