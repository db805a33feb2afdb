"""Admin entries of "Als Vorlage übernehmen" (settings menu, a concept start page's header) and the provenance
notice in the stored frame of an adopted concept."""

from django.urls import path, reverse, reverse_lazy
from django.utils import dateformat, timezone
from django.utils.http import urlencode
from django.utils.translation import gettext, pgettext
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from ..konzept.models import KonzeptStartPage
from . import views
from .models import KonzeptHerkunft


class VorlageMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return views.darf_uebernehmen(request.user)


@hooks.register("register_admin_urls")
def vorlage_admin_urls():
    return [path("konzept/vorlage/", views.uebernehmen, name="handlungsfelder_vorlage_uebernehmen")]


@hooks.register("register_settings_menu_item")
def vorlage_menu_item():
    return VorlageMenuItem(
        _("Als Vorlage übernehmen"), reverse_lazy("handlungsfelder_vorlage_uebernehmen"), icon_name="copy", order=865
    )


@hooks.register("register_page_header_buttons")
def vorlage_button(page, user, view_name, next_url=None):
    if page.specific_class is KonzeptStartPage and views.darf_uebernehmen(user):
        url = reverse("handlungsfelder_vorlage_uebernehmen") + "?" + urlencode({"quelle": page.pk})
        yield Button(_("Als Vorlage übernehmen"), url=url, icon_name="copy", priority=61)


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
