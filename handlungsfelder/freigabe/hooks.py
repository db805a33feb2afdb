"""Admin hooks of the approval feature: change notes, role guards, dashboard panels and meeting preparation."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin import messages as admin_messages
from wagtail.admin.auth import permission_denied
from wagtail.admin.widgets import Button

from ..konzept.models import SitzungPage
from . import aktionen, views
from .dashboard import REPLACED_WAGTAIL_PANELS, MeineVorschlaegePanel, ZuPruefenPanel
from .models import Aenderungsnotiz
from .panels import current_submission
from .vergleich import may_compare, may_decide_current_step
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
    aktionen.confirm_next_step(request, page)


DIREKT_VEROEFFENTLICHEN_GESPERRT = _(
    "„%(titel)s“ hat einen offenen Vorschlag in der Freigabe und wird über die Freigabeschritte veröffentlicht: "
    "eine direkte Veröffentlichung gäbe den Vorschlag ohne beide Prüfungen frei."
)


def has_open_proposal(page) -> bool:
    """A proposal in review or sent back for changes: its text must not go public past the workflow."""
    return page.current_workflow_state is not None


@hooks.register("construct_page_action_menu")
def no_direct_publication_of_open_proposals(menu_items, request, context):
    page = context.get("page")
    if page is not None and page.pk and has_open_proposal(page):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]
    aktionen.arrange_menu(menu_items, request, page)


@hooks.register("before_edit_page")
def refuse_direct_publication_of_open_proposal(request, page):
    if request.method == "POST" and request.POST.get("action-publish") and has_open_proposal(page):
        messages.error(request, DIREKT_VEROEFFENTLICHEN_GESPERRT % {"titel": page.get_admin_display_title()})
        return redirect("wagtailadmin_pages:edit", page.pk)
    if request.method == "POST" and aktionen.cancel_refused(request, page):
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_publication_of_open_proposals(request, action_type, objects, action_class_instance):
    if action_type != "publish":
        return None
    offen = [page for page in objects if has_open_proposal(page)]
    if not offen:
        return None
    for page in offen:
        messages.error(request, DIREKT_VEROEFFENTLICHEN_GESPERRT % {"titel": page.get_admin_display_title()})
    weiter = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(weiter, allowed_hosts={request.get_host()}):
        weiter = reverse("wagtailadmin_explore_root")
    return redirect(weiter)


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
        path(
            "konzept/vorschlaege/<int:page_id>/vergleich/<int:revision_id>/",
            views.vorschlag_vergleich,
            name="handlungsfelder_vorschlag_vergleich",
        ),
    ]


@hooks.register("register_page_header_buttons")
def sitzung_tagesordnung_button(page, user, view_name, next_url=None):
    """In the edit view Wagtail 8 lists it in the header's "…" menu; the edit form shows it too (`sitzung_panel`)."""
    if page.specific_class is SitzungPage and user.has_perm(views.PERMISSION):
        yield Button(
            _("Tagesordnung und Ergebnisse"),
            url=reverse("handlungsfelder_sitzung_vorbereiten", args=[page.pk]),
            icon_name="list-ol",
            priority=5,
        )


def _open_proposal_comparison(page, user) -> str | None:
    """The comparison of the page's open proposal, for whom may read it."""
    einreichung = current_submission(page)
    if einreichung is None or not einreichung["compare_url"] or not may_compare(page, user):
        return None
    return einreichung["compare_url"]


@hooks.register("register_page_header_buttons")
def vergleich_button(page, user, view_name, next_url=None):
    if view_name == "edit" and (url := _open_proposal_comparison(page, user)):
        yield Button(_("Vergleich mit Live-Version"), url=url, icon_name="history", priority=1)


@hooks.register("before_edit_page")
def point_reviewer_to_comparison(request, page):
    """A reviewer opening the editor of a proposal awaiting their decision sees its comparison at the top, as
    Wagtail shows a lock there (the header's menu and the change-note panel carry the link too)."""
    if request.method != "GET" or not may_decide_current_step(page, request.user):
        return None
    url = _open_proposal_comparison(page, request.user)
    if url:
        admin_messages.info(
            request,
            _("Dieser Vorschlag wartet auf Ihre Prüfung (%(schritt)s).") % {"schritt": page.current_workflow_task.name},
            buttons=[admin_messages.button(url, _("Vergleich mit Live-Version"))],
            extra_tags="vergleich",
        )
    return None
