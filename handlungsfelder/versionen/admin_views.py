"""Admin views "Frühere Fassungen" of a Handlungsfeld and "Diese Fassung wiederherstellen" (confirm, then restore).

Wagtail's page history offers no hook for its revision rows, and its own "revert" only loads an old revision into the
editor; these views list what was published and restore it as a new draft with a prefilled change note.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import View

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from .models import Veroeffentlichung
from .wiederherstellen import (
    NichtWiederherstellbar,
    aenderungsgrund,
    darf_wiederherstellen,
    datum_text,
    hinderungsgrund,
    konzeptversionen_mit,
    veroeffentlichung_or_404,
    vorschau,
    wiederherstellbar,
    wiederherstellen,
    wiederherstellen_url,
)


class SeitenFassungMixin(WagtailAdminTemplateMixin):
    """The Handlungsfeld of the address, for those who may edit it (others get PermissionDenied, which the admin
    answers with its dashboard and a message); pages without a history are a 404."""

    header_icon = "history"

    def dispatch(self, request, page_id: int, *args, **kwargs):
        self.page = get_object_or_404(Page, pk=page_id).specific
        if not wiederherstellbar(self.page):
            raise Http404(
                _("Diese Seite hat keine Versionsgeschichte, aus der sich eine Fassung wiederherstellen ließe.")
            )
        if not darf_wiederherstellen(self.page, request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailadmin_pages:edit", args=[self.page.pk]), "label": self.get_page_subtitle()},
            {"url": reverse("handlungsfelder_fassungen", args=[self.page.pk]), "label": str(FassungenView.page_title)},
            *self.weitere_breadcrumbs(),
        ]

    def weitere_breadcrumbs(self) -> list[dict]:
        return []

    def get_context_data(self, **kwargs):
        return super().get_context_data(page=self.page, **kwargs)


class FassungenView(SeitenFassungMixin, View):
    """Every published version of the page, newest first, each with "Diese Fassung wiederherstellen"."""

    page_title = gettext_lazy("Frühere Fassungen")
    template_name = "handlungsfelder/versionen/fassungen_admin.html"

    def get(self, request):
        publications = Veroeffentlichung.objects.filter(page_id=self.page.pk, inhaltlich_geaendert=True).order_by(
            "-veroeffentlicht_am", "-pk"
        )
        rows = [
            {
                "veroeffentlichung": publication,
                "live": publication.revision_id == self.page.live_revision_id,
                "aktueller_stand": publication.revision_id == self.page.latest_revision_id,
                "url": wiederherstellen_url(self.page, publication.revision_id),
                "oeffentlich_url": self.page.subpage_url("fassung", publication.revision_id),
            }
            for publication in publications
        ]
        context = self.get_context_data(zeilen=rows, hinderungsgrund=hinderungsgrund(self.page, request.user))
        return self.render_to_response(context)


class WiederherstellenView(SeitenFassungMixin, View):
    """GET: which version, what would change, and a button; POST: restore it and go on in the editor."""

    page_title = gettext_lazy("Diese Fassung wiederherstellen")
    template_name = "handlungsfelder/versionen/wiederherstellen.html"

    def dispatch(self, request, page_id: int, revision_id: int):
        self.revision_id = revision_id
        return super().dispatch(request, page_id)

    @cached_property
    def veroeffentlichung(self) -> Veroeffentlichung:
        return veroeffentlichung_or_404(self.page, self.revision_id)

    def weitere_breadcrumbs(self) -> list[dict]:
        datum = datum_text(self.veroeffentlichung)
        return [{"url": "", "label": _("Fassung vom %(datum)s wiederherstellen") % {"datum": datum}}]

    def get(self, request):
        publication = self.veroeffentlichung
        grund = hinderungsgrund(self.page, request.user)
        context = {"veroeffentlichung": publication, "hinderungsgrund": grund}
        if grund is None:
            neu = vorschau(self.page, publication)
            latest = self.page.get_latest_revision()
            context |= {
                "vorschau": neu,
                "diff_html": render_to_string(
                    "handlungsfelder/versionen/diff_teile.html",
                    {"teile": neu.teile, "prefix": "wiederherstellen-", "ebene": 3},
                    request,
                ),
                "entwurf": latest if latest.pk != self.page.live_revision_id else None,
                "aenderungsgrund": aenderungsgrund(publication),
            }
        context |= {
            "konzeptversionen": konzeptversionen_mit(publication),
            "oeffentlich_url": self.page.subpage_url("fassung", publication.revision_id),
        }
        return self.render_to_response(self.get_context_data(**context), status=409 if grund else 200)

    def post(self, request):
        publication = self.veroeffentlichung
        if hinderungsgrund(self.page, request.user):
            return self.get(request)
        try:
            revision = wiederherstellen(self.page, publication, request.user)
        except NichtWiederherstellbar as refusal:
            messages.error(request, str(refusal))
            return redirect("handlungsfelder_fassungen", self.page.pk)
        if revision is None:
            messages.info(request, _("Diese Fassung ist bereits der aktuelle Stand; es wurde nichts geändert."))
            return redirect("wagtailadmin_pages:edit", self.page.pk)
        messages.success(
            request,
            _(
                "Die Fassung vom %(datum)s ist als neuer Entwurf von „%(titel)s“ gespeichert; die veröffentlichte "
                "Seite ist unverändert. Jetzt zur Prüfung einreichen: Der Änderungsgrund ist schon eingetragen."
            )
            % {"datum": datum_text(publication), "titel": self.page.get_admin_display_title()},
        )
        return redirect("wagtailadmin_pages:edit", self.page.pk)
