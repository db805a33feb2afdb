"""Admin entries of "Als Vorlage übernehmen" (settings menu, a concept start page's header), the provenance
notice in the stored frame of an adopted concept, and following the source: the menu item "Änderungen der Vorlage"
for the Redaktion of an adopted concept, the same link in its start page's header, the history's entry for a
take-over."""

from django.urls import path, reverse, reverse_lazy
from django.utils import dateformat, timezone
from django.utils.http import urlencode
from django.utils.translation import gettext, pgettext
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter

from ..konzept.models import KonzeptStartPage
from . import views
from .abgleich import LOG_ACTION, darf_abgleichen, konzepte_fuer
from .admin_views import AenderungenView, KonzepteView, NeuesHandlungsfeldView, UebernehmenView, aenderungen_url
from .models import KonzeptHerkunft


class VorlageMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return views.darf_uebernehmen(request.user)


class AenderungenMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return bool(konzepte_fuer(request.user))


@hooks.register("register_admin_urls")
def vorlage_admin_urls():
    return [
        path("konzept/vorlage/", views.uebernehmen, name="handlungsfelder_vorlage_uebernehmen"),
        path("konzept/vorlage/aenderungen/", KonzepteView.as_view(), name="handlungsfelder_vorlage_konzepte"),
        path(
            "konzept/<int:page_id>/vorlage/aenderungen/",
            AenderungenView.as_view(),
            name="handlungsfelder_vorlage_aenderungen",
        ),
        path(
            "konzept/vorlage/seiten/<int:page_id>/aenderung-uebernehmen/",
            UebernehmenView.as_view(),
            name="handlungsfelder_vorlage_aenderung_uebernehmen",
        ),
        path(
            "konzept/<int:page_id>/vorlage/neu/<int:quelle_id>/",
            NeuesHandlungsfeldView.as_view(),
            name="handlungsfelder_vorlage_neues_handlungsfeld",
        ),
    ]


@hooks.register("register_settings_menu_item")
def vorlage_menu_item():
    return VorlageMenuItem(
        _("Als Vorlage übernehmen"), reverse_lazy("handlungsfelder_vorlage_uebernehmen"), icon_name="copy", order=865
    )


@hooks.register("register_admin_menu_item")
def aenderungen_menu_item():
    return AenderungenMenuItem(
        _("Änderungen der Vorlage"), reverse_lazy("handlungsfelder_vorlage_konzepte"), icon_name="resubmit", order=245
    )


@hooks.register("register_page_header_buttons")
def vorlage_button(page, user, view_name, next_url=None):
    if page.specific_class is KonzeptStartPage and views.darf_uebernehmen(user):
        url = reverse("handlungsfelder_vorlage_uebernehmen") + "?" + urlencode({"quelle": page.pk})
        yield Button(_("Als Vorlage übernehmen"), url=url, icon_name="copy", priority=61)


@hooks.register("register_page_header_buttons")
def aenderungen_button(page, user, view_name, next_url=None):
    if (
        page.specific_class is KonzeptStartPage
        and KonzeptHerkunft.objects.filter(start_page_id=page.pk).exists()
        and darf_abgleichen(user, page)
    ):
        yield Button(_("Änderungen der Vorlage"), url=aenderungen_url(page.pk), icon_name="resubmit", priority=62)


@hooks.register("register_log_actions")
def vorlage_log_actions(actions):
    @actions.register_action(LOG_ACTION)
    class UebernahmeFormatter(LogFormatter):
        label = _("Änderung der Vorlage übernommen")

        def format_message(self, log_entry):
            titel = (log_entry.data.get("quelle") or {}).get("title", "")
            return _("Änderungen aus „%(quelle)s“ in einen Entwurf übernommen") % {"quelle": titel}

        def format_comment(self, log_entry):
            konflikte = log_entry.data.get("konflikte") or []
            if not konflikte:
                return ""
            return _("Eigener Text behalten: %(konflikte)s") % {"konflikte": "; ".join(konflikte)}


@hooks.register("konzept_rahmen")
def herkunft(request, start_page, rahmen: dict) -> dict:
    """The notice where the concept came from, in the frame's language; stored with the frame, so it costs a
    page no query. A translation shows its original's."""
    eintrag = KonzeptHerkunft.objects.filter(start_page__translation_key=start_page.translation_key).first()
    if eintrag is None:
        return {"herkunft": None}
    datumsformat = pgettext("Datumsformat des Stands", "d.m.Y")
    if eintrag.version_nummer:
        text = gettext("Beruht auf dem %(titel)s, Version %(nummer)s vom %(datum)s.") % {
            "titel": eintrag.quelle_titel,
            "nummer": eintrag.version_nummer,
            "datum": dateformat.format(eintrag.version_datum, datumsformat) if eintrag.version_datum else "",
        }
    else:
        text = gettext("Beruht auf dem %(titel)s, Stand vom %(datum)s.") % {
            "titel": eintrag.quelle_titel,
            "datum": dateformat.format(timezone.localtime(eintrag.uebernommen_am), datumsformat),
        }
    return {"herkunft": text}
