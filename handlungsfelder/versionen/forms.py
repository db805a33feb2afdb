"""The picker on /versionen/ (any two adopted versions, or one and today's published concept) and the admin form of a
version (only the concepts whose Redaktion the user is can be chosen)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from ..bereiche.zugriff import mit_recht
from .models import Konzeptversion

#: The address word for today's published concept in a comparison (`/versionen/2.0/vergleich/aktuell/`).
AKTUELL = "aktuell"


class VersionsauswahlForm(forms.Form):
    alt = forms.ChoiceField(label=_("Ältere Fassung"))
    neu = forms.ChoiceField(label=_("Neuere Fassung"))

    def __init__(self, *args, versionen: list[Konzeptversion], **kwargs):
        super().__init__(*args, **kwargs)
        self.versionen = {version.nummer: version for version in versionen}
        choices = [(nummer, _("Version %(nummer)s") % {"nummer": nummer}) for nummer in self.versionen]
        self.fields["alt"].choices = choices
        self.fields["neu"].choices = [(AKTUELL, _("Heutiger Stand")), *choices]

    def clean(self):
        """Two different versions, the older first (the order chosen does not matter)."""
        data = super().clean()
        alt, neu = data.get("alt"), data.get("neu")
        if alt and neu and alt == neu:
            raise forms.ValidationError(_("Bitte zwei verschiedene Fassungen wählen."))
        if alt and neu and neu != AKTUELL:
            reihenfolge = {nummer: (version.beschlossen_am, version.pk) for nummer, version in self.versionen.items()}
            if reihenfolge[alt] > reihenfolge[neu]:
                data["alt"], data["neu"] = neu, alt
        return data


class KonzeptversionForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None and "konzept" in self.fields:
            feld = self.fields["konzept"]
            feld.queryset = mit_recht(self.for_user, "publish", feld.queryset)
