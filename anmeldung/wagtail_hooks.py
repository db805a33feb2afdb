"""The login's admin entries: its URLs, two-factor login in the account menu, lockouts in the settings menu."""

from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem

from . import urls


@hooks.register("register_admin_urls")
def anmeldung_admin_urls():
    return urls.urlpatterns


@hooks.register("register_account_menu_item")
def zweifaktor_menu_item(request):
    return {
        "url": reverse("anmeldung_zweifaktor"),
        "label": _("Zwei-Faktor-Anmeldung"),
        "help_text": _("Authenticator-App einrichten oder entfernen, Wiederherstellungscodes erneuern."),
    }


@hooks.register("register_settings_menu_item")
def sperren_menu_item():
    return AdminOnlyMenuItem(_("Anmeldesperren"), reverse_lazy("anmeldung_sperren"), icon_name="lock", order=900)
