"""Admin views of the login: the lockout page, the second step after the password, setting up two-factor login,
recovery codes, and the administrators' list of lockouts."""

import textwrap
from base64 import b32encode

from django.conf import settings
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from wagtail.admin import messages
from wagtail.admin.auth import user_passes_test

import django_otp
from axes.helpers import get_client_username
from axes.utils import reset
from django_otp.plugins.otp_static.models import StaticDevice

from .forms import CodeForm, EntsperrenForm
from .sperren import aktive_sperren
from .zweifaktor import (
    app_geraet,
    bestaetige_app_geraet,
    entferne_geraete,
    ist_pflicht,
    neue_wiederherstellungscodes,
    neues_app_geraet,
    qr_svg,
    verbleibende_codes,
)

nur_administratoren = user_passes_test(lambda user: user.is_superuser)


def gesperrt(request, original_response=None, credentials=None):
    """django-axes' answer to a login refused by the lockout (AXES_LOCKOUT_CALLABLE): what happened, until when,
    and who can lift it. Rendered at once: axes calls this from its middleware, after the view."""
    username = get_client_username(request, credentials) or ""
    sperren = aktive_sperren(username=username, ip_address=request.axes_ip_address)
    gesperrt_bis = sperren[0].gesperrt_bis if sperren else timezone.now() + settings.AXES_COOLOFF_TIME
    context = {
        "username": username,
        "gesperrt_bis": gesperrt_bis,
        "fehlversuche": settings.AXES_FAILURE_LIMIT,
        "minuten": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
    }
    return render(request, "anmeldung/gesperrt.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)


def _weiter(request) -> str:
    """Where to go after this step: the admin page the user asked for, if it is one of ours, else the dashboard."""
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return url
    return reverse("wagtailadmin_home")


def bestaetigen(request):
    """The second step of the login for an account with an authenticator app: one code, or a recovery code."""
    user = request.user
    weiter = _weiter(request)
    if user.is_verified():
        return redirect(weiter)
    if not app_geraet(user):
        return redirect("anmeldung_einrichten" if ist_pflicht(user) else weiter)
    form = CodeForm(user, request.POST or None)
    if form.is_valid():
        request.session.cycle_key()
        django_otp.login(request, form.device)
        if isinstance(form.device, StaticDevice):
            messages.warning(
                request,
                _("Sie haben einen Wiederherstellungscode verwendet. Es bleiben noch %(anzahl)d.")
                % {"anzahl": verbleibende_codes(user)},
            )
        return redirect(weiter)
    return TemplateResponse(request, "anmeldung/bestaetigen.html", {"form": form, "next": weiter})


def _codes(request, codes: list[str]) -> TemplateResponse:
    """The recovery codes, shown this once (they are not displayed again)."""
    return TemplateResponse(
        request,
        "anmeldung/wiederherstellungscodes.html",
        {
            "codes": codes,
            "next": _weiter(request),
            "page_title": gettext_lazy("Wiederherstellungscodes"),
            "header_icon": "key",
        },
    )


def zweifaktor(request):
    """The account's two-factor login: whether it is set up or required, recovery codes left, what to do."""
    user = request.user
    return TemplateResponse(
        request,
        "anmeldung/zweifaktor.html",
        {
            "geraet": app_geraet(user),
            "codes_uebrig": verbleibende_codes(user),
            "pflicht": ist_pflicht(user),
            "page_title": gettext_lazy("Zwei-Faktor-Anmeldung"),
            "header_icon": "key",
        },
    )


def einrichten(request):
    """Set up the authenticator app: its secret as QR code and text; a first code from the app confirms it."""
    user = request.user
    if app_geraet(user):
        return redirect("anmeldung_zweifaktor")
    device = neues_app_geraet(user)
    form = CodeForm(user, request.POST or None, device=device)
    if form.is_valid():
        codes = bestaetige_app_geraet(device)
        request.session.cycle_key()
        django_otp.login(request, device)
        messages.success(request, _("Die Zwei-Faktor-Anmeldung ist eingerichtet."))
        return _codes(request, codes)
    return TemplateResponse(
        request,
        "anmeldung/einrichten.html",
        {
            "form": form,
            "pflicht": ist_pflicht(user),
            "qr_code": qr_svg(device.config_url),
            "schluessel": " ".join(textwrap.wrap(b32encode(device.bin_key).decode(), 4)),
            "otpauth": device.config_url,
            "next": _weiter(request),
            "page_title": gettext_lazy("Zwei-Faktor-Anmeldung einrichten"),
            "header_icon": "key",
        },
    )


@require_POST
def wiederherstellungscodes(request):
    """New recovery codes replace the old ones."""
    if not app_geraet(request.user):
        return redirect("anmeldung_zweifaktor")
    return _codes(request, neue_wiederherstellungscodes(request.user))


@require_POST
def entfernen(request):
    """Remove the app and the recovery codes; where two-factor login is required, setting it up comes next."""
    entferne_geraete(request.user)
    messages.success(request, _("Die Zwei-Faktor-Anmeldung ist entfernt."))
    return redirect("anmeldung_zweifaktor")


@nur_administratoren
def sperren(request):
    """The lockouts in force, each with "Entsperren"; for administrators."""
    return TemplateResponse(
        request,
        "anmeldung/sperren.html",
        {
            "sperren": aktive_sperren(),
            "fehlversuche": settings.AXES_FAILURE_LIMIT,
            "minuten": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
            "page_title": gettext_lazy("Anmeldesperren"),
            "header_icon": "lock",
        },
    )


@nur_administratoren
@require_POST
def entsperren(request):
    form = EntsperrenForm(request.POST)
    if form.is_valid():
        username, ip_address = form.cleaned_data["username"], form.cleaned_data["ip_address"] or None
        reset(ip=ip_address, username=username)
        messages.success(
            request,
            _("Die Sperre von „%(username)s“ (Adresse %(adresse)s) ist aufgehoben.")
            % {"username": username, "adresse": ip_address or "–"},
        )
    return redirect("anmeldung_sperren")
