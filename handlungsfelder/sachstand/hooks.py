"""The admin entry "Sachstandsbericht" in Wagtail's reports menu ("Berichte"), for the Redaktion only."""

from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import darf_berichten, sachstandsbericht


class SachstandMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return darf_berichten(request.user)


@hooks.register("register_admin_urls")
def sachstand_admin_urls():
    return [path("sachstandsbericht/", sachstandsbericht, name="handlungsfelder_sachstandsbericht")]


@hooks.register("register_reports_menu_item")
def sachstand_menu_item():
    return SachstandMenuItem(
        _("Sachstandsbericht"), reverse_lazy("handlungsfelder_sachstandsbericht"), icon_name="doc-full", order=50
    )
