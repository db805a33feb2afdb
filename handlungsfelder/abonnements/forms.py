"""The subscription form: an address and one subject (the whole concept, a Handlungsfeld or a school)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Umfang


class AbonnementForm(forms.Form):
    email = forms.EmailField(
        label=_("Ihre E-Mail-Adresse"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Bitte geben Sie Ihre E-Mail-Adresse an."),
            "invalid": _("Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@beispiel.de."),
        },
    )
    auswahl = forms.ChoiceField(
        label=_("Was möchten Sie abonnieren?"),
        error_messages={"invalid_choice": _("Bitte wählen Sie aus der Liste, was Sie abonnieren möchten.")},
    )

    def __init__(self, *args, handlungsfelder, schulen, locale_id=None, **kwargs):
        super().__init__(*args, **kwargs)
        self._handlungsfelder = {f"handlungsfeld-{page.pk}": page for page in handlungsfelder}
        self._schulen = {f"schule-{schule.pk}": schule for schule in schulen}
        self.fields["auswahl"].choices = [
            (Umfang.KONZEPT.value, Umfang.KONZEPT.label),
            (
                _("Handlungsfelder"),
                [(key, self._titel(page, locale_id)) for key, page in self._handlungsfelder.items()],
            ),
            (_("Schulen"), [(key, schule.name) for key, schule in self._schulen.items()]),
        ]

    @staticmethod
    def _titel(page, locale_id) -> str:
        if locale_id is None or page.locale_id == locale_id:
            return page.title
        return _("%(titel)s (auf Deutsch)") % {"titel": page.title}

    def clean_email(self) -> str:
        return self.cleaned_data["email"].strip().lower()

    def fehler_verknuepfen(self) -> None:
        """Point each field with an error at its message (aria-describedby), for screen readers."""
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs["aria-describedby"] = self[name].auto_id + "-fehler"

    def gegenstand(self) -> dict:
        """The chosen subject as the fields of an Abonnement."""
        auswahl = self.cleaned_data["auswahl"]
        if auswahl in self._handlungsfelder:
            return {"umfang": Umfang.HANDLUNGSFELD, "handlungsfeld": self._handlungsfelder[auswahl]}
        if auswahl in self._schulen:
            return {"umfang": Umfang.SCHULE, "schule": self._schulen[auswahl]}
        return {"umfang": Umfang.KONZEPT}

    @staticmethod
    def vorauswahl(handlungsfelder, schulen, daten) -> str:
        """The subject a link from a Handlungsfeld or school page preselects (`?handlungsfeld=<slug>`)."""
        for page in handlungsfelder:
            if page.slug == daten.get("handlungsfeld"):
                return f"handlungsfeld-{page.pk}"
        for schule in schulen:
            if schule.slug == daten.get("schule"):
                return f"schule-{schule.pk}"
        return Umfang.KONZEPT.value
