"""Atom feed of published changes to the concept's Handlungsfelder, each linking to what changed."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from ..konzept.darstellung import seiten_url
from ..konzept.models import HandlungsfeldPage
from ..konzept.queries import start_page_or_404
from ..konzept.sichtbarkeit import oeffentlich
from .models import Veroeffentlichung


class AenderungenFeed(Feed):
    """Atom feed of published changes to the concept's Handlungsfelder."""

    feed_type = Atom1Feed
    limit = 50

    def __call__(self, request, *args, **kwargs):
        """The feed in one piece: Django's feed writer appends each XML fragment separately, and a WSGI server writes
        every piece to the socket on its own (199 writes for the demo's feed; under gunicorn 250 requests/s against
        673 for the sitemap, the same once joined)."""
        response = super().__call__(request, *args, **kwargs)
        response.content = response.content
        return response

    def get_object(self, request):
        self.request = request
        return start_page_or_404(request)

    def title(self, start_page) -> str:
        return _("Änderungen: %(titel)s") % {"titel": start_page.title}

    def link(self, start_page) -> str:
        return seiten_url(self.request, start_page)

    def subtitle(self, start_page) -> str:
        return _("Veröffentlichte Änderungen an den Handlungsfeldern, mit Änderungsgrund und Vergleich.")

    def items(self, start_page) -> list[Veroeffentlichung]:
        handlungsfelder = oeffentlich(HandlungsfeldPage.objects.live().descendant_of(start_page))
        items = list(
            Veroeffentlichung.objects.filter(page__in=handlungsfelder.values("pk"), inhaltlich_geaendert=True).order_by(
                "-veroeffentlicht_am", "-pk"
            )[: self.limit]
        )
        pages = HandlungsfeldPage.objects.defer_streamfields().in_bulk({item.page_id for item in items})
        history = {}
        for row in (
            Veroeffentlichung.objects.filter(page_id__in={i.page_id for i in items}, inhaltlich_geaendert=True)
            .order_by("veroeffentlicht_am", "pk")
            .values("page_id", "revision_id")
        ):
            history.setdefault(row["page_id"], []).append(row["revision_id"])
        for item in items:
            item.handlungsfeld = pages[item.page_id]
            revisions = history[item.page_id]
            position = revisions.index(item.revision_id)
            item.vorgaenger_revision_id = revisions[position - 1] if position else None
        return items

    def item_title(self, item) -> str:
        return _("%(seite)s – Fassung vom %(datum)s") % {
            "seite": item.handlungsfeld.title,
            "datum": item.veroeffentlicht_am.strftime("%d.%m.%Y"),
        }

    def item_description(self, item) -> str:
        return item.aenderungsgrund or _("Ohne Änderungsgrund veröffentlicht.")

    def item_link(self, item) -> str:
        if item.vorgaenger_revision_id:
            return item.handlungsfeld.subpage_url(
                "vergleich", item.vorgaenger_revision_id, item.revision_id, request=self.request
            )
        return item.handlungsfeld.subpage_url("fassung", item.revision_id, request=self.request)

    def item_pubdate(self, item):
        return item.veroeffentlicht_am

    def item_updateddate(self, item):
        return item.veroeffentlicht_am
