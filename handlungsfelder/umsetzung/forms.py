"""The filters of the implementation overview; their choices come from the published content of the request."""

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from ..konzept.choices import MassnahmeStatus
from ..konzept.forms import ALLE, FilterForm


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
