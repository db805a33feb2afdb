"""Accounts in their role groups, two-factor enforcement switched on, and an authenticator app the tests act as."""

import time

from django.contrib.auth import get_user_model
from django.urls import reverse

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from handlungsfelder.freigabe.rollen import REDAKTION, SYSTEMBETREUER

from ..client import log_in
from ..freigabe.helpers import member

PASSWORD = "pw"  # what `member()` gives every account


@pytest.fixture
def redaktion(db):
    return member("redaktion", REDAKTION)


@pytest.fixture
def systembetreuer(db):
    return member("systembetreuer", SYSTEMBETREUER)


@pytest.fixture
def administrator(db):
    return get_user_model().objects.create_superuser("admin", "admin@lra.example", PASSWORD)


@pytest.fixture
def pflicht(settings):
    settings.ZWEI_FAKTOR_PFLICHT = True


def app_code(device: TOTPDevice, steps_ahead: int = 0) -> str:
    """The code the authenticator app shows now, or `steps_ahead` 30-second steps later (a code is taken once)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"


def enrol(client, user) -> tuple[TOTPDevice, list[str]]:
    """Log in with the password and set up the app through the admin; returns the device and the recovery codes."""
    assert log_in(client, user.username, PASSWORD).status_code == 302
    assert client.get(reverse("anmeldung_einrichten")).status_code == 200
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    response = client.post(reverse("anmeldung_einrichten"), {"code": app_code(device)})
    assert response.status_code == 200, response.content.decode()
    device.refresh_from_db()
    assert device.confirmed
    return device, response.context["codes"]


def log_out(client) -> None:
    assert client.post(reverse("wagtailadmin_logout")).status_code == 302
