"""Admin integration: reference data menu, change notes, role guards, dashboard panels and meeting preparation."""

from django.apps import apps
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import admin_views, sprachen
from .dashboard import REPLACED_WAGTAIL_PANELS, MeineVorschlaegePanel, ZuPruefenPanel
from .freigabe import keep_steps_in_order
from .models import Aenderungsnotiz, Akteur, Dienstleister, Kontakt, Konzeptversion, Region, Schule, SitzungPage


class SchuleViewSet(SnippetViewSet):
    model = Schule
    icon = "home"
    list_display = ["name", "schulart", "ort", "region"]
    list_filter = ["schulart", "region"]
    search_fields = ["name", "ort"]


class AkteurViewSet(SnippetViewSet):
    model = Akteur
    icon = "group"
    list_display = ["name", "kurzname", "art"]
    list_filter = ["art"]


class DienstleisterViewSet(SnippetViewSet):
    model = Dienstleister
    icon = "cogs"
    list_display = ["name", "region", "telefon"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "slug"]


class KontaktViewSet(SnippetViewSet):
    model = Kontakt
    icon = "mail"
    list_display = ["name", "funktion", "organisation"]


class StammdatenGroup(SnippetViewSetGroup):
    menu_label = _("Stammdaten")
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (SchuleViewSet, AkteurViewSet, DienstleisterViewSet, RegionViewSet, KontaktViewSet)


register_snippet(StammdatenGroup)


class KonzeptversionViewSet(SnippetViewSet):
    """Recording a version freezes the live revision of every concept page (see Konzeptversion.einfrieren)."""

    model = Konzeptversion
    icon = "history"
    menu_label = _("Konzeptversionen")
    menu_order = 240
    add_to_admin_menu = True
    list_display = ["nummer", "beschlossen_am", "in_kraft_ab", "veroeffentlicht_am"]


register_snippet(KonzeptversionViewSet)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def after_admin_edit(request, page):
    """Keep the change note with the revision just saved (the form requires it when submitting),
    then make sure the approval steps still run in order after this edit."""
    text = request.POST.get("aenderungsgrund", "").strip()
    if text and page.latest_revision_id:
        Aenderungsnotiz.objects.update_or_create(
            revision_id=page.latest_revision_id, defaults={"text": text[:1000], "autor": request.user}
        )
    keep_steps_in_order(page, request.user)


@hooks.register("before_delete_page")
def only_publishers_delete(request, page):
    """Deleting is the Redaktion's: Wagtail would let editors delete unpublished leaf pages."""
    if not page.permissions_for_user(request.user).can_publish():
        return permission_denied(request)
    return None


@hooks.register("before_move_page")
def only_publishers_move(request, page, destination):
    if not page.permissions_for_user(request.user).can_publish():
        return permission_denied(request)
    return None


@hooks.register("construct_homepage_panels")
def konzept_dashboard_panels(request, panels):
    panels[:] = [panel for panel in panels if getattr(panel, "name", "") not in REPLACED_WAGTAIL_PANELS]
    panels[:0] = [ZuPruefenPanel(), MeineVorschlaegePanel()]


@hooks.register("register_admin_urls")
def sitzung_admin_urls():
    return [
        path(
            "konzept/sitzungen/<int:sitzung_id>/tagesordnung/",
            admin_views.sitzung_vorbereiten,
            name="handlungsfelder_sitzung_vorbereiten",
        ),
        path(
            "konzept/sitzungen/<int:sitzung_id>/tagesordnung/druck/",
            admin_views.tagesordnung_drucken,
            name="handlungsfelder_tagesordnung_drucken",
        ),
    ]


@hooks.register("register_admin_urls")
def uebersetzung_admin_urls():
    """Takes the place of wagtail-localize's "update_translations" view (same address; see uebersetzung.py)."""
    if not apps.is_installed("wagtail_localize"):
        return []
    from . import uebersetzung

    return [
        path(
            "localize/update/<int:translation_source_id>/",
            uebersetzung.UebersetzungenSynchronisierenView.as_view(),
            name="handlungsfelder_update_translations",
        )
    ]


@hooks.register("register_page_header_buttons")
def sitzung_tagesordnung_button(page, user, view_name, next_url=None):
    if page.specific_class is SitzungPage and user.has_perm(admin_views.PERMISSION):
        yield Button(
            _("Tagesordnung und Ergebnisse"),
            url=reverse("handlungsfelder_sitzung_vorbereiten", args=[page.pk]),
            icon_name="list-ol",
            priority=5,
        )


@hooks.register("register_page_header_buttons")
def aenderungen_am_original_button(page, user, view_name, next_url=None):
    """On an out-of-date translation: what changed in the original since the translation's text was synced."""
    if url := sprachen.aenderungen_seit_synchronisierung(page):
        yield Button(_("Änderungen am Original seit der Synchronisierung"), url=url, icon_name="history", priority=6)
