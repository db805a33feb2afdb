"""What the login hardening needs from the settings, as system checks (`apps.py` imports this module)."""

from django.conf import settings
from django.core import checks

ORDER = (
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "anmeldung.middleware.ZweiFaktorMiddleware",
)


@checks.register(checks.Tags.security)
def middleware_order(app_configs, **kwargs) -> list[checks.CheckMessage]:
    middleware = list(settings.MIDDLEWARE)
    positions = [middleware.index(name) if name in middleware else -1 for name in ORDER]
    if -1 not in positions and positions == sorted(positions):
        return []
    return [
        checks.Error(
            "Die Middleware der Zwei-Faktor-Anmeldung fehlt oder steht falsch.",
            hint="MIDDLEWARE braucht " + " vor ".join(f"„{name}“" for name in ORDER) + ": sonst reicht das "
            "Passwort allein für die Verwaltung.",
            id="anmeldung.E001",
        )
    ]


@checks.register(checks.Tags.security, deploy=True)
def zweifaktor_pflicht(app_configs, **kwargs) -> list[checks.CheckMessage]:
    if settings.ZWEI_FAKTOR_PFLICHT:
        return []
    return [
        checks.Warning(
            "ZWEI_FAKTOR_PFLICHT ist aus.",
            hint="Ohne die Pflicht melden sich Redaktion und Administration mit dem Passwort allein an. "
            "Setzen Sie ZWEI_FAKTOR_PFLICHT nicht auf false.",
            id="anmeldung.W001",
        )
    ]
