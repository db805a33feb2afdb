"""Two-factor login with django-otp: who must use it, the app (TOTP) device, recovery codes, checking a code."""

from django.conf import settings
from django.db import transaction
from django.utils.safestring import SafeString, mark_safe

import django_otp
import qrcode
import qrcode.image.svg
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from handlungsfelder.freigabe.rollen import REDAKTION

# Groups whose members must log in with a second factor when ZWEI_FAKTOR_PFLICHT is on (superusers too).
PFLICHT_GRUPPEN = (REDAKTION,)
WIEDERHERSTELLUNGSCODES = 10
APP_NAME = "Authenticator-App"
CODES_NAME = "Wiederherstellungscodes"


def ist_pflicht(user) -> bool:
    """Whether this account may reach the admin only with a second factor."""
    if not settings.ZWEI_FAKTOR_PFLICHT:
        return False
    return user.is_superuser or user.groups.filter(name__in=PFLICHT_GRUPPEN).exists()


def app_geraet(user) -> TOTPDevice | None:
    """The confirmed authenticator app of this account, if it has one."""
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def neues_app_geraet(user) -> TOTPDevice:
    """The app device being set up: kept unconfirmed until a first code proves the app has its secret."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=APP_NAME, confirmed=False)


def bestaetige_app_geraet(device: TOTPDevice) -> list[str]:
    """Confirm the app device after its first code; returns a fresh set of recovery codes."""
    with transaction.atomic():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        TOTPDevice.objects.filter(user=device.user, confirmed=False).delete()
        return neue_wiederherstellungscodes(device.user)


def neue_wiederherstellungscodes(user) -> list[str]:
    """Replace the account's recovery codes (each valid once); the codes are shown once and stored only here."""
    device, _ = StaticDevice.objects.get_or_create(user=user, name=CODES_NAME, defaults={"confirmed": True})
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(WIEDERHERSTELLUNGSCODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def verbleibende_codes(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def entferne_geraete(user) -> None:
    """Remove the app and the recovery codes: the account logs in with its password alone again."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()


def normalisiere(code: str) -> str:
    return "".join(code.split()).replace("-", "").lower()


def pruefe_code(user, code: str, device: Device | None = None) -> Device | None:
    """The device that accepts `code` (only `device`, if given): digits are the app's, anything else a recovery
    code, used up by this. Each device is checked on its own and locked for it, so django-otp's throttling holds."""
    code = normalisiere(code)
    if device:
        candidates = [device]
    else:
        candidates = (TOTPDevice if code.isdigit() else StaticDevice).objects.devices_for_user(user, confirmed=True)
    for candidate in candidates:
        verified = django_otp.verify_token(user, candidate.persistent_id, code)
        if verified:
            return verified
    return None


def zu_viele_fehlversuche(user) -> bool:
    """Whether django-otp holds back further codes for now after too many wrong ones."""
    return any(
        not device.verify_is_allowed()[0]
        for device in (*TOTPDevice.objects.devices_for_user(user), *StaticDevice.objects.devices_for_user(user))
    )


def qr_svg(uri: str) -> SafeString:
    """The otpauth address as an inline SVG QR code (drawn by qrcode, no image library)."""
    image = qrcode.make(uri, image_factory=qrcode.image.svg.SvgPathImage, box_size=8, border=2)
    svg = image.to_string(encoding="unicode")
    # Only path data drawn from the modules: no text of the address (nor the user name) is in the markup.
    return mark_safe(svg[svg.index("<svg") :])
