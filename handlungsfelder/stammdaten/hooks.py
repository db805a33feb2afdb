"""The admin menu "Stammdaten": schools, roles, providers, regions, the contact person and the tags' translations."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from ..bereiche.stammdaten import KonzeptStammdatenViewSet
from ..sprachen.models import SchlagwortUebersetzung
from .models import Akteur, Dienstleister, Kontakt, Region, Schule


class SchuleViewSet(KonzeptStammdatenViewSet):
    model = Schule
    icon = "home"
    list_display = ["name", "schulart", "ort", "region"]
    list_filter = ["schulart", "region"]
    search_fields = ["name", "ort"]


class AkteurViewSet(KonzeptStammdatenViewSet):
    model = Akteur
    icon = "group"
    list_display = ["name", "kurzname", "art"]
    list_filter = ["art"]


class DienstleisterViewSet(KonzeptStammdatenViewSet):
    model = Dienstleister
    icon = "cogs"
    list_display = ["name", "region", "telefon"]


class RegionViewSet(KonzeptStammdatenViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "slug"]


class KontaktViewSet(KonzeptStammdatenViewSet):
    model = Kontakt
    icon = "mail"
    list_display = ["name", "funktion", "organisation"]


class SchlagwortUebersetzungViewSet(SnippetViewSet):
    model = SchlagwortUebersetzung
    icon = "tag"
    list_display = ["tag", "locale", "name"]
    list_filter = ["locale"]


class StammdatenGroup(SnippetViewSetGroup):
    menu_label = _("Stammdaten")
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (
        SchuleViewSet,
        AkteurViewSet,
        DienstleisterViewSet,
        RegionViewSet,
        KontaktViewSet,
        SchlagwortUebersetzungViewSet,
    )


register_snippet(StammdatenGroup)
