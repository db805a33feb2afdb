"""Admin entries: "Als Paket exportieren" in a concept start page's header, "IT-Konzept einlesen" in the settings."""

from django.urls import path, reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from ..konzept.models import KonzeptStartPage
from . import views


class ImportMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return views.darf_importieren(request.user)


@hooks.register("register_admin_urls")
def austausch_admin_urls():
    return [
        path("konzept/<int:page_id>/paket/", views.exportieren, name="handlungsfelder_paket_exportieren"),
        path("konzept/einlesen/", views.importieren, name="handlungsfelder_paket_importieren"),
    ]


@hooks.register("register_settings_menu_item")
def import_menu_item():
    return ImportMenuItem(
        _("IT-Konzept einlesen"), reverse_lazy("handlungsfelder_paket_importieren"), icon_name="upload", order=860
    )


@hooks.register("register_page_header_buttons")
def export_button(page, user, view_name, next_url=None):
    if page.specific_class is KonzeptStartPage and views.darf_exportieren(user, page):
        yield Button(
            _("Als Paket exportieren"),
            url=reverse("handlungsfelder_paket_exportieren", args=[page.pk]),
            icon_name="download",
            priority=60,
        )
