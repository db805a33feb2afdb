"""Public views of the version history: per-page history, archived versions, comparisons, concept versions, feed.

The per-page views are routes of HandlungsfeldPage (RoutablePageMixin); the concept-wide ones are in urls.py.

Everything shown here comes from `Veroeffentlichung` and `KonzeptversionSeite` records, so only revisions that
were actually published can be reached; any other revision id gives 404.
"""

from django.contrib.contenttypes.models import ContentType
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from ..diff import handlungsfeld_diff
from ..konzept import start_page_or_404
from ..models import HandlungsfeldPage, Konzeptversion, Veroeffentlichung


def versionen_url(page_url: str) -> str:
    return f"{page_url}versionen/"


def fassung_url(page_url: str, revision_id: int) -> str:
    return f"{page_url}versionen/{revision_id}/"


def vergleich_url(page_url: str, alt_id: int, neu_id: int) -> str:
    return f"{page_url}versionen/{alt_id}/vergleich/{neu_id}/"


def _publications(page) -> list[Veroeffentlichung]:
    return list(
        Veroeffentlichung.objects.filter(page_id=page.pk)
        .select_related("revision")
        .order_by("-veroeffentlicht_am", "-pk")
    )


def versionen(request, page):
    """Every published version of the page, newest first, each with a link to the changes before it."""
    publications = _publications(page)
    page_url = page.get_url(request)
    rows = []
    for index, publication in enumerate(publications):
        previous = publications[index + 1] if index + 1 < len(publications) else None
        rows.append(
            {
                "veroeffentlichung": publication,
                "fassung_url": fassung_url(page_url, publication.revision_id),
                "vergleich_url": vergleich_url(page_url, previous.revision_id, publication.revision_id)
                if previous
                else None,
                "aktuell": publication.revision_id == page.live_revision_id,
            }
        )
    return TemplateResponse(request, "handlungsfelder/versionen.html", {"page": page, "zeilen": rows})


def _publication(page, revision_id: int) -> Veroeffentlichung:
    return get_object_or_404(
        Veroeffentlichung.objects.select_related("revision"), page_id=page.pk, revision_id=revision_id
    )


def fassung(request, page, revision_id: int):
    """A published version rendered with the page's normal template, marked as archived and not indexed."""
    publication = _publication(page, revision_id)
    archived = publication.revision.as_object()
    context = archived.get_context(request)
    context.update({"archiv": publication, "aktuelle_url": page.get_url(request)})
    return TemplateResponse(request, archived.get_template(request), context)


def vergleich(request, page, alt_id: int, neu_id: int):
    """The changes between two published versions, older first (other orders redirect to that one)."""
    alt, neu = _publication(page, alt_id), _publication(page, neu_id)
    if (alt.veroeffentlicht_am, alt.pk) > (neu.veroeffentlicht_am, neu.pk):
        return redirect(vergleich_url(page.get_url(request), neu_id, alt_id), permanent=True)
    teile = handlungsfeld_diff(alt.revision.as_object(), neu.revision.as_object())
    return TemplateResponse(
        request,
        "handlungsfelder/vergleich.html",
        {
            "page": page,
            "alt": alt,
            "neu": neu,
            "teile": teile,
            "hat_aenderungen": any(teil.geaenderte_bloecke for teil in teile),
            "versionen_url": versionen_url(page.get_url(request)),
        },
    )


def vergleich_auswahl(request, page):
    """The comparison form on the history page: turn ?alt=&neu= into the stable comparison URL."""
    try:
        alt_id, neu_id = int(request.GET.get("alt", "")), int(request.GET.get("neu", ""))
    except ValueError:
        raise Http404(_("Bitte zwei Fassungen zum Vergleich auswählen.")) from None
    return redirect(vergleich_url(page.get_url(request), alt_id, neu_id))


# Concept versions -----------------------------------------------------------------------------------------------


def _handlungsfelder_in(version: Konzeptversion) -> dict[int, object]:
    """page id -> the Handlungsfeld as it stood in this concept version."""
    seiten = (
        version.seiten.filter(page__content_type=ContentType.objects.get_for_model(HandlungsfeldPage))
        .select_related("revision")
        .order_by("page__path")
    )
    return {seite.page_id: seite.revision.as_object() for seite in seiten}


def _versionen(start_page):
    """Concept versions are adopted for the German original; a translation lists the same ones."""
    return Konzeptversion.objects.filter(konzept__translation_key=start_page.translation_key)


def _version(start_page, nummer: str) -> Konzeptversion:
    return get_object_or_404(_versionen(start_page).select_related("konzept__locale"), nummer=nummer)


def konzeptversionen(request):
    start_page = start_page_or_404(request)
    versions = list(_versionen(start_page).select_related("beschluss").order_by("-beschlossen_am", "-pk"))
    rows = [
        {"version": version, "vorgaenger": versions[index + 1] if index + 1 < len(versions) else None}
        for index, version in enumerate(versions)
    ]
    return TemplateResponse(request, "handlungsfelder/konzeptversionen.html", {"page": start_page, "zeilen": rows})


def konzeptversion(request, nummer: str):
    """The whole concept as it stood in one version (point-in-time view)."""
    start_page = start_page_or_404(request)
    version = _version(start_page, nummer)
    return TemplateResponse(
        request,
        "handlungsfelder/konzeptversion.html",
        {"page": start_page, "version": version, "handlungsfelder": list(_handlungsfelder_in(version).values())},
    )


def konzept_vergleich(request, alt: str, neu: str):
    """Which Handlungsfelder changed between two concept versions, and each change."""
    start_page = start_page_or_404(request)
    alt_version, neu_version = _version(start_page, alt), _version(start_page, neu)
    alt_pages, neu_pages = _handlungsfelder_in(alt_version), _handlungsfelder_in(neu_version)
    alt_revisions = dict(alt_version.seiten.values_list("page_id", "revision_id"))
    neu_revisions = dict(neu_version.seiten.values_list("page_id", "revision_id"))
    geaendert, unveraendert = [], []
    for page_id, neu_page in neu_pages.items():
        alt_page = alt_pages.get(page_id)
        if alt_page is None:
            geaendert.append({"page": neu_page, "neu": True, "teile": []})
        elif alt_revisions[page_id] != neu_revisions[page_id]:
            teile = handlungsfeld_diff(alt_page, neu_page)
            if any(teil.geaenderte_bloecke for teil in teile):
                geaendert.append({"page": neu_page, "neu": False, "teile": teile})
            else:
                unveraendert.append(neu_page)
        else:
            unveraendert.append(neu_page)
    entfernt = [page for page_id, page in alt_pages.items() if page_id not in neu_pages]
    return TemplateResponse(
        request,
        "handlungsfelder/konzept_vergleich.html",
        {
            "page": start_page,
            "alt": alt_version,
            "neu": neu_version,
            "geaendert": geaendert,
            "unveraendert": unveraendert,
            "entfernt": entfernt,
        },
    )


class AenderungenFeed(Feed):
    """Atom feed of published changes to the concept's Handlungsfelder."""

    feed_type = Atom1Feed
    limit = 50

    def get_object(self, request):
        self.request = request
        return start_page_or_404(request)

    def title(self, start_page) -> str:
        return _("Änderungen: %(titel)s") % {"titel": start_page.title}

    def link(self, start_page) -> str:
        return start_page.get_url(self.request)

    def subtitle(self, start_page) -> str:
        return _("Veröffentlichte Änderungen an den Handlungsfeldern, mit Änderungsgrund und Vergleich.")

    def items(self, start_page) -> list[Veroeffentlichung]:
        handlungsfelder = HandlungsfeldPage.objects.live().public().descendant_of(start_page)
        items = list(
            Veroeffentlichung.objects.filter(page__in=handlungsfelder.values("pk"))
            .select_related("page")
            .order_by("-veroeffentlicht_am", "-pk")[: self.limit]
        )
        history = {}
        for row in (
            Veroeffentlichung.objects.filter(page_id__in={i.page_id for i in items})
            .order_by("veroeffentlicht_am", "pk")
            .values("page_id", "revision_id")
        ):
            history.setdefault(row["page_id"], []).append(row["revision_id"])
        for item in items:
            revisions = history[item.page_id]
            position = revisions.index(item.revision_id)
            item.vorgaenger_revision_id = revisions[position - 1] if position else None
        return items

    def item_title(self, item) -> str:
        return _("%(seite)s – Fassung vom %(datum)s") % {
            "seite": item.page.title,
            "datum": item.veroeffentlicht_am.strftime("%d.%m.%Y"),
        }

    def item_description(self, item) -> str:
        return item.aenderungsgrund or _("Ohne Änderungsgrund veröffentlicht.")

    def item_link(self, item) -> str:
        page_url = item.page.get_url(self.request)
        if item.vorgaenger_revision_id:
            return vergleich_url(page_url, item.vorgaenger_revision_id, item.revision_id)
        return fassung_url(page_url, item.revision_id)

    def item_pubdate(self, item):
        return item.veroeffentlicht_am

    def item_updateddate(self, item):
        return item.veroeffentlicht_am
