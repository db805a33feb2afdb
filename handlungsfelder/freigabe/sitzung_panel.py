"""The meeting's agenda link at the top of its edit form: Wagtail 8 puts page header buttons of the edit view into
the "…" menu (`EditView.header_more_buttons`) and has no hook for the header itself, so the Redaktion finds it
here, with how many proposals wait for the Arbeitsgruppe."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import Panel

from .sitzung import PERMISSION, wartende_vorschlaege


class TagesordnungPanel(Panel):
    """Read-only: the link to the meeting's agenda and outcomes, for users who record them."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Vorschläge für die Sitzung"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "handlungsfelder/freigabe/tagesordnung_panel.html"

        def is_shown(self) -> bool:
            return bool(self.instance.pk) and self.request.user.has_perm(PERMISSION)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["tagesordnung_url"] = reverse("handlungsfelder_sitzung_vorbereiten", args=[self.instance.pk])
            context["wartend"] = wartende_vorschlaege(self.instance).count()
            return context
