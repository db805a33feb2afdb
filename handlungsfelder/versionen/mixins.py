"""The public history of a Handlungsfeld, as routes of the page itself (RoutablePageMixin).

Everything shown comes from `Veroeffentlichung` records, so only revisions that were actually published can be
reached; any other revision id gives 404.
"""

import re

from django.http import Http404
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import register_converter
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from ..konzept.darstellung import schluessel, seiten_url
from .diff import handlungsfeld_diff
from .models import Veroeffentlichung
from .wiederherstellen import darf_wiederherstellen, wiederherstellbar, wiederherstellen_url


class RevisionId:
    """A revision id as the database can hold it (Wagtail's revisions have 32-bit ids): a longer number does not
    match the route, so it is a 404 instead of an integer overflow in the database."""

    regex = "[0-9]{1,10}"
    maximum = 2**31 - 1

    def to_python(self, value: str) -> int:
        if not re.fullmatch(self.regex, value) or int(value) > self.maximum:
            raise ValueError(value)
        return int(value)

    def to_url(self, value) -> str:
        return str(value)


register_converter(RevisionId, "revision_id")


class VersionsgeschichteMixin(RoutablePageMixin):
    """/<page>/versionen/: every published version, each archived version, and what changed between two."""

    def subpage_url(self, name: str, *args, request=None) -> str:
        """The address of one of this page's history routes (as `{% routablepageurl %}` builds it)."""
        return seiten_url(request, self, name, *args)

    def _darf_wiederherstellen(self, request) -> bool:
        """Editors of the page see "Diese Fassung wiederherstellen"; an anonymous reader costs no query for it."""
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return False
        return wiederherstellbar(self) and darf_wiederherstellen(self, user)

    @staticmethod
    def _persoenlich(response: TemplateResponse, personal: bool) -> TemplateResponse:
        """An answer with an editor's admin link is for that editor only: no shared or browser cache keeps it."""
        if personal:
            add_never_cache_headers(response)
        return response

    def _publications(self) -> list[Veroeffentlichung]:
        """The versions the public history lists: publications that changed something visible, newest first."""
        return list(
            Veroeffentlichung.objects.filter(page_id=self.pk, inhaltlich_geaendert=True).order_by(
                "-veroeffentlicht_am", "-pk"
            )
        )

    def _publications_of(self, *revision_ids: int) -> list[Veroeffentlichung]:
        """The publications of these revisions of this page, in the order asked for, in one query (404 if one is
        not a publication of this page); the revision's content is read only to build what is not stored."""
        gefunden = Veroeffentlichung.objects.filter(page_id=self.pk, revision_id__in=revision_ids).defer("freigaben")
        nach_revision = {publication.revision_id: publication for publication in gefunden}
        if any(revision_id not in nach_revision for revision_id in revision_ids):
            raise Http404
        return [nach_revision[revision_id] for revision_id in revision_ids]

    @path("versionen/", name="versionen")
    def versionen_view(self, request):
        """Every published version of the page, newest first, each with a link to the changes before it."""
        # The stored frame first: the rows' addresses are built from it.
        darstellung = self.darstellung(request)
        publications = self._publications()
        darf = self._darf_wiederherstellen(request)
        rows = []
        for position, publication in enumerate(publications):
            previous = publications[position + 1] if position + 1 < len(publications) else None
            rows.append(
                {
                    "veroeffentlichung": publication,
                    "fassung_url": self.subpage_url("fassung", publication.revision_id, request=request),
                    "vergleich_url": self.subpage_url(
                        "vergleich", previous.revision_id, publication.revision_id, request=request
                    )
                    if previous
                    else None,
                    "aktuell": position == 0,
                    "wiederherstellen_url": wiederherstellen_url(self, publication.revision_id)
                    if darf and publication.revision_id != self.latest_revision_id
                    else None,
                }
            )
        context = {"page": self, "zeilen": rows, "darstellung": darstellung}
        response = TemplateResponse(request, "handlungsfelder/versionen/versionen.html", context)
        return self._persoenlich(response, darf)

    @path("versionen/vergleich/", name="vergleich_auswahl")
    def vergleich_auswahl_view(self, request):
        """The comparison form on the history page: turn ?alt=&neu= into the stable comparison URL."""
        try:
            alt_id, neu_id = (RevisionId().to_python(request.GET.get(name, "")) for name in ("alt", "neu"))
        except ValueError:
            raise Http404(_("Bitte zwei Fassungen zum Vergleich auswählen.")) from None
        return redirect(self.subpage_url("vergleich", alt_id, neu_id, request=request))

    @path("versionen/<revision_id:revision_id>/", name="fassung")
    def fassung_view(self, request, revision_id: int):
        """A published version rendered with the page's normal template, marked as archived and not indexed."""
        (publication,) = self._publications_of(revision_id)
        darstellung = self.darstellung(request, fassung=publication.revision_id)
        darf = self._darf_wiederherstellen(request)
        context = {
            **self.get_context(request, darstellung=darstellung),
            "archiv": publication,
            "aktuelle_url": seiten_url(request, self),
            "wiederherstellen_url": wiederherstellen_url(self, publication.revision_id)
            if darf and publication.revision_id != self.latest_revision_id
            else None,
        }
        response = TemplateResponse(request, self.get_template(request), context)
        return self._persoenlich(response, darf)

    @path("versionen/<revision_id:alt_id>/vergleich/<revision_id:neu_id>/", name="vergleich")
    def vergleich_view(self, request, alt_id: int, neu_id: int):
        """The changes between two published versions, older first (other orders redirect to that one)."""
        alt, neu = self._publications_of(alt_id, neu_id)
        if (alt.veroeffentlicht_am, alt.pk) > (neu.veroeffentlicht_am, neu.pk):
            return redirect(self.subpage_url("vergleich", neu_id, alt_id, request=request), permanent=True)
        eigener = schluessel(request, "vergleich", self.pk, alt_id, neu_id)
        darstellung = self.darstellung(request, weitere={eigener: lambda: self._vergleich_bauen(request, alt, neu)})
        return TemplateResponse(
            request,
            "handlungsfelder/versionen/vergleich.html",
            {"page": self, "alt": alt, "neu": neu, "darstellung": darstellung, "vergleich": darstellung[eigener]},
        )

    def _vergleich_bauen(self, request, alt: Veroeffentlichung, neu: Veroeffentlichung) -> dict:
        """The rendered changes between two publications, stored like the page's parts."""
        teile = handlungsfeld_diff(alt.revision.as_object(), neu.revision.as_object())
        html = render_to_string("handlungsfelder/versionen/diff_teile.html", {"teile": teile, "prefix": ""}, request)
        return {"html": html, "hat_aenderungen": any(teil.geaenderte_bloecke for teil in teile)}
