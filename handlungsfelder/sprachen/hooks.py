"""Admin hooks of the languages feature: the translation sync view under the approval rule, and what changed
in the original of an out-of-date translation."""

from django.apps import apps
from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets import Button

from .sprachstand import aenderungen_seit_synchronisierung


@hooks.register("register_admin_urls")
def uebersetzung_admin_urls():
    """Takes the place of wagtail-localize's "update_translations" view (same address; see views.py)."""
    if not apps.is_installed("wagtail_localize"):
        return []
    from .views import UebersetzungenSynchronisierenView

    return [
        path(
            "localize/update/<int:translation_source_id>/",
            UebersetzungenSynchronisierenView.as_view(),
            name="handlungsfelder_update_translations",
        )
    ]


@hooks.register("register_page_header_buttons")
def aenderungen_am_original_button(page, user, view_name, next_url=None):
    """On an out-of-date translation: what changed in the original since the translation's text was synced."""
    if url := aenderungen_seit_synchronisierung(page):
        yield Button(_("Änderungen am Original seit der Synchronisierung"), url=url, icon_name="history", priority=6)
