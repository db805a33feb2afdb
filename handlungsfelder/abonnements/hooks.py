"""The admin entry "Abonnements" in the settings menu, for the Redaktion: numbers only, read-only."""

from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import darf_sehen, uebersicht


class AbonnementsMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return darf_sehen(request.user)


@hooks.register("register_admin_urls")
def abonnements_admin_urls():
    return [path("abonnements/", uebersicht, name="handlungsfelder_abonnements")]


@hooks.register("register_settings_menu_item")
def abonnements_menu_item():
    return AbonnementsMenuItem(
        _("Abonnements"), reverse_lazy("handlungsfelder_abonnements"), icon_name="mail", order=850
    )
