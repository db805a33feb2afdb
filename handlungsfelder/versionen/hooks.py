"""The admin menu "Konzeptversionen", where the Redaktion records a version the committee adopted."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Konzeptversion


class KonzeptversionViewSet(SnippetViewSet):
    """Recording a version freezes the live revision of every concept page (see Konzeptversion.einfrieren)."""

    model = Konzeptversion
    icon = "history"
    menu_label = _("Konzeptversionen")
    menu_order = 240
    add_to_admin_menu = True
    list_display = ["nummer", "beschlossen_am", "in_kraft_ab", "veroeffentlicht_am"]


register_snippet(KonzeptversionViewSet)
