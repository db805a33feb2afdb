"""GET filter forms of the public views; their choices come from the published content of the request."""

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from .choices import MassnahmeStatus

ALLE = [("", _("alle"))]


class FilterForm(forms.Form):
    """Labels without Django's trailing colon, as in the rest of the site."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


class SuchFilterForm(FilterForm):
    q = forms.CharField(label=_("Suchbegriff"), required=False)
    handlungsfeld = forms.ChoiceField(label=_("Handlungsfeld"), required=False)
    schlagwort = forms.ChoiceField(label=_("Schlagwort"), required=False)
    schule = forms.ChoiceField(label=_("Schule"), required=False)

    def __init__(self, *args, handlungsfelder, schlagwoerter, schulen, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["handlungsfeld"].choices = ALLE + [(page.slug, page.title) for page in handlungsfelder]
        self.fields["schlagwort"].choices = ALLE + [(tag.slug, tag.name) for tag in schlagwoerter]
        self.fields["schule"].choices = ALLE + [(schule.slug, schule.kurzname) for schule in schulen]


class UmsetzungFilterForm(FilterForm):
    """Filters of the implementation overview; choices are the values that occur among the Maßnahmen."""

    SORTIERUNG = {
        "handlungsfeld": _("Handlungsfeld"),
        "titel": _("Maßnahme"),
        "status": _("Status"),
        "zeitraum": _("Zeitraum"),
        "verantwortlich": _("Verantwortlich"),
    }

    handlungsfeld = forms.ChoiceField(label=_("Handlungsfeld"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False, choices=ALLE + list(MassnahmeStatus.choices))
    zeitraum = forms.ChoiceField(label=_("Zeitraum"), required=False)
    schule = forms.ChoiceField(label=_("Schule"), required=False)
    verantwortlich = forms.ChoiceField(label=_("Verantwortlich"), required=False)
    sortierung = forms.ChoiceField(
        label=_("Sortieren nach"),
        required=False,
        choices=[(key, label) for key, label in SORTIERUNG.items()]
        + [(f"-{key}", format_lazy(_("{spalte}, absteigend"), spalte=label)) for key, label in SORTIERUNG.items()],
    )

    def __init__(self, *args, handlungsfelder, massnahmen, schulen, **kwargs):
        super().__init__(*args, **kwargs)
        akteure = {m.verantwortlich.pk: m.verantwortlich for m in massnahmen if m.verantwortlich}
        self.fields["handlungsfeld"].choices = ALLE + [(page.slug, page.title) for page in handlungsfelder]
        self.fields["zeitraum"].choices = ALLE + [(z, z) for z in sorted({m.zeitraum for m in massnahmen})]
        self.fields["schule"].choices = ALLE + [(schule.slug, schule.kurzname) for schule in schulen]
        self.fields["verantwortlich"].choices = ALLE + sorted(
            ((str(pk), akteur.name) for pk, akteur in akteure.items()), key=lambda choice: choice[1]
        )
