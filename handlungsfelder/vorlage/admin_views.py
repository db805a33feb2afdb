"""Admin views "Änderungen der Vorlage": what the source of an adopted concept changed since, with the diff and the
conflicts a take-over would produce, and "In einen Entwurf übernehmen" (POST) for each Handlungsfeld; the source's new
Handlungsfelder, each taken over as a new draft page."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import View

from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from ..konzept.models import HandlungsfeldPage
from .abgleich import (
    NichtUebernehmbar,
    Uebernahme,
    aenderung,
    aenderungen,
    darf_abgleichen,
    herkunft_der_seite,
    hinderungsgrund,
    konzepte_fuer,
    uebernehmen,
)
from .models import KonzeptHerkunft, SeitenHerkunft
from .neue_seiten import neue_handlungsfelder, neues_handlungsfeld_uebernehmen


def aenderungen_url(start_page_id: int) -> str:
    return reverse("handlungsfelder_vorlage_aenderungen", args=[start_page_id])


class KonzepteView(WagtailAdminTemplateMixin, View):
    """The menu's entry: the adopted concepts the user follows (straight to the one when there is one)."""

    page_title = gettext_lazy("Änderungen der Vorlage")
    header_icon = "resubmit"
    template_name = "handlungsfelder/vorlage/konzepte.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": str(self.page_title)}]

    def get(self, request):
        konzepte = konzepte_fuer(request.user)
        if not konzepte:
            return permission_denied(request)
        if len(konzepte) == 1:
            return redirect(aenderungen_url(konzepte[0].start_page_id))
        zeilen = [{"herkunft": herkunft, "url": aenderungen_url(herkunft.start_page_id)} for herkunft in konzepte]
        return self.render_to_response(self.get_context_data(zeilen=zeilen))


class AenderungenView(WagtailAdminTemplateMixin, View):
    """Every Handlungsfeld of the adopted concept whose source changed since, with its publications, the diff and
    what a take-over would keep locally."""

    page_title = gettext_lazy("Änderungen der Vorlage")
    header_icon = "resubmit"
    template_name = "handlungsfelder/vorlage/aenderungen.html"

    def dispatch(self, request, page_id: int):
        self.konzept = get_object_or_404(KonzeptHerkunft.objects.select_related("start_page"), start_page_id=page_id)
        if not darf_abgleichen(request.user, self.konzept.start_page):
            return permission_denied(request)
        return super().dispatch(request)

    def get_page_subtitle(self):
        return self.konzept.start_page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("wagtailadmin_explore", args=[self.konzept.start_page_id]),
                "label": self.get_page_subtitle(),
            },
            {"url": "", "label": str(self.page_title)},
        ]

    def get(self, request):
        eintraege = []
        for index, neu in enumerate(aenderungen(self.konzept.start_page)):
            grund = hinderungsgrund(neu.page, request.user)
            eintraege.append(
                {
                    "aenderung": neu,
                    "hinderungsgrund": grund,
                    "konflikte": [] if grund else neu.zusammenfuehrung.konflikte,
                    "diff_html": render_to_string(
                        "handlungsfelder/versionen/diff_teile.html",
                        {"teile": neu.teile, "prefix": f"vorlage-{index}-", "ebene": 4},
                        request,
                    ),
                    "aenderungsgrund": neu.aenderungsgrund(self.konzept.quelle_titel),
                    "uebernehmen_url": reverse("handlungsfelder_vorlage_aenderung_uebernehmen", args=[neu.page.pk]),
                }
            )
        neue = [
            {
                "quelle": quelle,
                "uebernehmen_url": reverse(
                    "handlungsfelder_vorlage_neues_handlungsfeld", args=[self.konzept.start_page_id, quelle.pk]
                ),
            }
            for quelle in neue_handlungsfelder(self.konzept)
        ]
        return self.render_to_response(self.get_context_data(konzept=self.konzept, eintraege=eintraege, neue=neue))


class UebernehmenView(WagtailAdminTemplateMixin, View):
    """POST: take the source's change into a new draft of the page and go on in its editor; an open proposal or a
    lock refuses it (409) and changes nothing."""

    http_method_names = ["post"]
    page_title = gettext_lazy("Änderung der Vorlage übernehmen")
    header_icon = "resubmit"
    template_name = "handlungsfelder/vorlage/verweigert.html"

    def post(self, request, page_id: int):
        page = get_object_or_404(Page, pk=page_id).specific
        konzept = herkunft_der_seite(page)
        herkunft = SeitenHerkunft.objects.filter(page=page).select_related("quelle", "quelle_revision").first()
        if konzept is None or herkunft is None:
            raise Http404(_("Diese Seite wurde aus keiner Vorlage übernommen."))
        darf = darf_abgleichen(request.user, konzept.start_page)
        if not darf or not page.permissions_for_user(request.user).can_edit():
            return permission_denied(request)
        zurueck = aenderungen_url(konzept.start_page_id)
        grund = hinderungsgrund(page, request.user)
        if grund:
            context = self.get_context_data(page=page, hinderungsgrund=grund, zurueck_url=zurueck)
            return self.render_to_response(context, status=409)
        neu = aenderung(herkunft)
        if neu is None:
            messages.info(
                request,
                _("„%(titel)s“ ist auf dem Stand der Vorlage; es gibt nichts zu übernehmen.")
                % {"titel": page.get_admin_display_title()},
            )
            return redirect(zurueck)
        try:
            ergebnis = uebernehmen(neu, konzept, request.user)
        except NichtUebernehmbar as refusal:
            messages.error(request, str(refusal))
            return redirect(zurueck)
        melden(request, konzept, page, ergebnis)
        return redirect("wagtailadmin_pages:edit", page.pk)


class NeuesHandlungsfeldView(View):
    """POST: a Handlungsfeld the source published after the adoption becomes a new draft page here."""

    http_method_names = ["post"]

    def post(self, request, page_id: int, quelle_id: int):
        konzept = get_object_or_404(
            KonzeptHerkunft.objects.select_related("start_page", "quelle"), start_page_id=page_id
        )
        if not darf_abgleichen(request.user, konzept.start_page):
            return permission_denied(request)
        quelle = get_object_or_404(HandlungsfeldPage, pk=quelle_id)
        try:
            seite = neues_handlungsfeld_uebernehmen(konzept, quelle, request.user)
        except NichtUebernehmbar as refusal:
            messages.error(request, str(refusal))
            return redirect(aenderungen_url(konzept.start_page_id))
        messages.success(
            request,
            _(
                "„%(titel)s“ ist als neuer Entwurf angelegt, ohne die Angaben der Vorlage zu Schulen, Kosten und "
                "Verantwortlichen: bitte ergänzen und zur Prüfung einreichen."
            )
            % {"titel": seite.title},
        )
        return redirect("wagtailadmin_pages:edit", seite.pk)


def melden(request, konzept: KonzeptHerkunft, page, ergebnis: Uebernahme) -> None:
    """What the take-over did, and every place where the local text was kept against the source's change."""
    konflikte = ergebnis.zusammenfuehrung.konflikte
    if ergebnis.revision is None:
        messages.info(
            request,
            _(
                "„%(titel)s“ enthält die Änderungen aus „%(quelle)s“ schon, oder Sie haben die geänderten Stellen "
                "selbst anders gefasst: Es wurde kein Entwurf angelegt, die Änderung gilt als übernommen."
            )
            % {"quelle": konzept.quelle_titel, "titel": page.get_admin_display_title()},
        )
    else:
        messages.success(
            request,
            _(
                "Die Änderungen aus „%(quelle)s“ sind als neuer Entwurf von „%(titel)s“ gespeichert; die "
                "veröffentlichte Seite ist unverändert. Jetzt zur Prüfung einreichen: Der Änderungsgrund ist schon "
                "eingetragen."
            )
            % {"quelle": konzept.quelle_titel, "titel": page.get_admin_display_title()},
        )
    if konflikte:
        messages.warning(
            request,
            _(
                "Wo Sie selbst und die Vorlage dieselbe Stelle geändert haben, blieb Ihr Text stehen; bitte "
                "prüfen Sie: %(konflikte)s"
            )
            % {"konflikte": "; ".join(str(konflikt) for konflikt in konflikte)},
        )
