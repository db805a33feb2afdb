"""The search form with its filters; their choices come from the published content of the request."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..konzept.forms import ALLE, FilterForm


class SuchFilterForm(FilterForm):
    q = forms.CharField(label=_("Suchbegriff"), required=False)
    handlungsfeld = forms.ChoiceField(label=_("Handlungsfeld"), required=False)
    schlagwort = forms.ChoiceField(label=_("Schlagwort"), required=False)
    schule = forms.ChoiceField(label=_("Schule"), required=False)

    def __init__(self, *args, handlungsfelder, schlagwoerter, schulen, **kwargs):
        """`handlungsfelder` and `schlagwoerter`: (slug, name) pairs, as the stored frame lists them."""
        super().__init__(*args, **kwargs)
        self.fields["handlungsfeld"].choices = ALLE + list(handlungsfelder)
        self.fields["schlagwort"].choices = ALLE + list(schlagwoerter)
        self.fields["schule"].choices = ALLE + [(schule.slug, schule.kurzname) for schule in schulen]
