"""Admin hooks of the version history: the menu "Konzeptversionen" and restoring an earlier version of a page."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import ObjectList
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet

from ..bereiche.stammdaten import KonzeptStammdatenViewSet
from .admin_views import FassungenView, WiederherstellenView
from .forms import KonzeptversionForm
from .models import Konzeptversion
from .wiederherstellen import darf_wiederherstellen, wiederherstellbar


class KonzeptversionViewSet(KonzeptStammdatenViewSet):
    """Recording a version freezes the live revision of every concept page (see Konzeptversion.einfrieren); each
    Redaktion lists and records the versions of its own concepts."""

    model = Konzeptversion
    icon = "history"
    menu_label = _("Konzeptversionen")
    menu_order = 240
    add_to_admin_menu = True
    list_display = ["nummer", "beschlossen_am", "in_kraft_ab", "veroeffentlicht_am"]
    edit_handler = ObjectList(Konzeptversion.panels, base_form_class=KonzeptversionForm)


register_snippet(KonzeptversionViewSet)


@hooks.register("register_admin_urls")
def wiederherstellen_admin_urls():
    return [
        path("konzept/seiten/<int:page_id>/fassungen/", FassungenView.as_view(), name="handlungsfelder_fassungen"),
        path(
            "konzept/seiten/<int:page_id>/wiederherstellen/<int:revision_id>/",
            WiederherstellenView.as_view(),
            name="handlungsfelder_wiederherstellen",
        ),
    ]


@hooks.register("register_page_header_buttons")
def fruehere_fassungen_button(page, user, view_name, next_url=None):
    """The entry to restoring: Wagtail's history has no hook for its revision rows."""
    if page.first_published_at is not None and wiederherstellbar(page) and darf_wiederherstellen(page, user):
        yield Button(
            _("Frühere Fassungen"),
            url=reverse("handlungsfelder_fassungen", args=[page.pk]),
            icon_name="history",
            priority=66,
        )
