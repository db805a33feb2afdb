from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.auth import LoginForm

from .zweifaktor import pruefe_code, zu_viele_fehlversuche


class AnmeldeForm(LoginForm):
    """Wagtail's login form with a label on the password field: without one Django shows the field name,
    "Password", in English beside "Benutzername"."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Passwort")


class CodeForm(forms.Form):
    """One code from the authenticator app or one recovery code, checked against the account's devices
    (or only `device`, the app being set up)."""

    code = forms.CharField(
        label=_("Code"),
        max_length=32,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True, "spellcheck": "false"}),
    )

    def __init__(self, user, *args, device=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.device = device
        if device:
            # Setting up, the code comes last on the page: no focus that would scroll past the QR code.
            self.fields["code"].widget.attrs.pop("autofocus")
            self.fields["code"].help_text = _("Der sechsstellige Code, den die App jetzt zeigt.")

    def clean_code(self) -> str:
        code = self.cleaned_data["code"]
        if zu_viele_fehlversuche(self.user):
            raise forms.ValidationError(
                _("Zu viele falsche Codes. Bitte warten Sie einen Moment und versuchen Sie es dann erneut.")
            )
        self.device = pruefe_code(self.user, code, self.device)
        if self.device is None:
            raise forms.ValidationError(_("Der Code stimmt nicht oder ist abgelaufen."))
        return code


class EntsperrenForm(forms.Form):
    username = forms.CharField(max_length=255)
    ip_address = forms.GenericIPAddressField(required=False)
