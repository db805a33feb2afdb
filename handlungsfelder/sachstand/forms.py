"""The Redaktion's choice of report: concept, report date, the date to compare with, and the output."""

from django import forms
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.translation import gettext_lazy as _

from wagtail.admin.widgets import AdminDateInput

from .stand import erste_veroeffentlichung


class SachstandForm(forms.Form):
    FORMATE = (("pdf", _("PDF")), ("excel", _("Excel")), ("vorschau", _("Vorschau hier im Admin")))

    # Hidden when there is one concept; left out, it is that one.
    konzept = forms.ModelChoiceField(
        label=_("IT-Konzept"),
        queryset=None,
        required=False,
        empty_label=None,
        help_text=_("Das Konzept, über das berichtet wird."),
    )
    stichtag = forms.DateField(
        label=_("Stichtag"),
        widget=AdminDateInput,
        help_text=_("Der Bericht zeigt den Stand, der am Ende dieses Tages veröffentlicht war."),
    )
    vergleich = forms.DateField(
        label=_("Vergleich mit Stand vom"),
        widget=AdminDateInput,
        help_text=_("Meist der Tag des letzten Berichts; die Änderungen seither werden aufgeführt."),
    )
    format = forms.ChoiceField(label=_("Format"), choices=FORMATE, initial="pdf", widget=forms.RadioSelect)

    def __init__(self, *args, konzepte, **kwargs):
        """`konzepte`: the concepts the user reports on (whose Redaktion they are)."""
        super().__init__(*args, **kwargs)
        self.fields["konzept"].queryset = konzepte
        if self.fields["konzept"].queryset.count() == 1:
            self.fields["konzept"].widget = forms.HiddenInput()

    def clean_konzept(self):
        konzept = self.cleaned_data["konzept"] or self.fields["konzept"].queryset.first()
        if konzept is None:
            raise forms.ValidationError(_("Es gibt noch kein IT-Konzept, über das berichtet werden könnte."))
        return konzept

    def clean_stichtag(self):
        stichtag = self.cleaned_data["stichtag"]
        if stichtag > timezone.localdate():
            raise forms.ValidationError(_("Der Stichtag darf nicht in der Zukunft liegen."))
        return stichtag

    def clean(self):
        cleaned = super().clean()
        konzept, stichtag, vergleich = (cleaned.get(name) for name in ("konzept", "stichtag", "vergleich"))
        if stichtag and vergleich and vergleich >= stichtag:
            self.add_error("vergleich", _("Der Vergleichsstand muss vor dem Stichtag liegen."))
        if konzept is None:
            return cleaned
        erste = erste_veroeffentlichung(konzept)
        if erste is None:
            self.add_error(None, _("Von diesem Konzept ist noch kein Handlungsfeld veröffentlicht."))
            return cleaned
        for name in ("stichtag", "vergleich"):
            if cleaned.get(name) and cleaned[name] < erste and name not in self.errors:
                self.add_error(
                    name,
                    _("Das erste Handlungsfeld wurde am %(datum)s veröffentlicht; bitte kein früheres Datum.")
                    % {"datum": date_format(erste, "d.m.Y")},
                )
        return cleaned
