"""The public history of a Handlungsfeld, as routes of the page itself (RoutablePageMixin).

Everything shown comes from `Veroeffentlichung` records, so only revisions that were actually published can be
reached; any other revision id gives 404.
"""

import re

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import register_converter
from django.utils.translation import gettext as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from .diff import handlungsfeld_diff
from .models import Veroeffentlichung


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
        return self.get_url(request) + self.reverse_subpage(name, args=args)

    def _publications(self) -> list[Veroeffentlichung]:
        """The versions the public history lists: publications that changed something visible, newest first."""
        return list(
            Veroeffentlichung.objects.filter(page_id=self.pk, inhaltlich_geaendert=True)
            .select_related("revision")
            .order_by("-veroeffentlicht_am", "-pk")
        )

    def _publication(self, revision_id: int) -> Veroeffentlichung:
        return get_object_or_404(
            Veroeffentlichung.objects.select_related("revision"), page_id=self.pk, revision_id=revision_id
        )

    @path("versionen/", name="versionen")
    def versionen_view(self, request):
        """Every published version of the page, newest first, each with a link to the changes before it."""
        publications = self._publications()
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
                }
            )
        return TemplateResponse(request, "handlungsfelder/versionen/versionen.html", {"page": self, "zeilen": rows})

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
        publication = self._publication(revision_id)
        archived = publication.revision.as_object()
        context = archived.get_context(request)
        context.update({"archiv": publication, "aktuelle_url": self.get_url(request)})
        return TemplateResponse(request, archived.get_template(request), context)

    @path("versionen/<revision_id:alt_id>/vergleich/<revision_id:neu_id>/", name="vergleich")
    def vergleich_view(self, request, alt_id: int, neu_id: int):
        """The changes between two published versions, older first (other orders redirect to that one)."""
        alt, neu = self._publication(alt_id), self._publication(neu_id)
        if (alt.veroeffentlicht_am, alt.pk) > (neu.veroeffentlicht_am, neu.pk):
            return redirect(self.subpage_url("vergleich", neu_id, alt_id, request=request), permanent=True)
        teile = handlungsfeld_diff(alt.revision.as_object(), neu.revision.as_object())
        return TemplateResponse(
            request,
            "handlungsfelder/versionen/vergleich.html",
            {
                "page": self,
                "alt": alt,
                "neu": neu,
                "teile": teile,
                "hat_aenderungen": any(teil.geaenderte_bloecke for teil in teile),
            },
        )
