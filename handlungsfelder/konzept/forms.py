"""The base of the public views' GET filter forms."""

from django import forms
from django.utils.translation import gettext_lazy as _

ALLE = [("", _("alle"))]


class FilterForm(forms.Form):
    """Labels without Django's trailing colon, as in the rest of the site."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
