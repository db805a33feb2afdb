"""Admin hooks of the approval feature: change notes, role guards, dashboard panels and meeting preparation."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.widgets import Button

from ..konzept.models import SitzungPage
from . import views
from .dashboard import REPLACED_WAGTAIL_PANELS, MeineVorschlaegePanel, ZuPruefenPanel
from .models import Aenderungsnotiz
from .workflow import keep_steps_in_order


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
            views.sitzung_vorbereiten,
            name="handlungsfelder_sitzung_vorbereiten",
        ),
        path(
            "konzept/sitzungen/<int:sitzung_id>/tagesordnung/druck/",
            views.tagesordnung_drucken,
            name="handlungsfelder_tagesordnung_drucken",
        ),
    ]


@hooks.register("register_page_header_buttons")
def sitzung_tagesordnung_button(page, user, view_name, next_url=None):
    if page.specific_class is SitzungPage and user.has_perm(views.PERMISSION):
        yield Button(
            _("Tagesordnung und Ergebnisse"),
            url=reverse("handlungsfelder_sitzung_vorbereiten", args=[page.pk]),
            icon_name="list-ol",
            priority=5,
        )
