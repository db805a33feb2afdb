"""Admin entries of following the source: the menu item "Änderungen der Vorlage" for the Redaktion of an adopted
concept, the same link in its start page's header, the views and the history's entry for a take-over."""

from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter

from ..konzept.models import KonzeptStartPage
from .abgleich import LOG_ACTION, darf_abgleichen, konzepte_fuer
from .admin_views import AenderungenView, KonzepteView, UebernehmenView, aenderungen_url
from .models import KonzeptHerkunft


class VorlageMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return bool(konzepte_fuer(request.user))


@hooks.register("register_admin_urls")
def vorlage_admin_urls():
    return [
        path("konzept/vorlage/", KonzepteView.as_view(), name="handlungsfelder_vorlage_konzepte"),
        path("konzept/<int:page_id>/vorlage/", AenderungenView.as_view(), name="handlungsfelder_vorlage_aenderungen"),
        path(
            "konzept/vorlage/seiten/<int:page_id>/uebernehmen/",
            UebernehmenView.as_view(),
            name="handlungsfelder_vorlage_uebernehmen",
        ),
    ]


@hooks.register("register_admin_menu_item")
def vorlage_menu_item():
    return VorlageMenuItem(
        _("Änderungen der Vorlage"), reverse_lazy("handlungsfelder_vorlage_konzepte"), icon_name="resubmit", order=245
    )


@hooks.register("register_page_header_buttons")
def vorlage_button(page, user, view_name, next_url=None):
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
