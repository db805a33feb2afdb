"""Lockout after repeated failed logins, per account and address, through Wagtail's real login view."""

from datetime import timedelta

from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone

import pytest
from axes.models import AccessAttempt
from bs4 import BeautifulSoup

from anmeldung.sperren import client_ip_address

from ..client import log_in
from .conftest import PASSWORD

pytestmark = pytest.mark.django_db
OTHER_ADDRESS = "192.0.2.7"


def fail(client, username: str, times: int, **extra) -> list[int]:
    return [log_in(client, username, "falsches-passwort", **extra).status_code for _ in range(times)]


def text(response) -> str:
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


def test_the_fifth_failure_locks_the_account_and_the_right_password_gets_the_german_page(client, redaktion):
    assert fail(client, "redaktion", 5) == [200, 200, 200, 200, 429]
    response = log_in(client, "redaktion", PASSWORD)
    assert response.status_code == 429
    page = text(response)
    assert "Anmeldung vorübergehend gesperrt" in page
    assert "Für das Konto redaktion gab es von Ihrer Adresse aus 5 fehlgeschlagene Anmeldeversuche" in page
    ende = timezone.localtime(AccessAttempt.objects.get().attempt_time + timedelta(minutes=15))
    assert f"bis {ende:%H:%M} Uhr gesperrt, auch mit dem richtigen Passwort" in page
    assert "Einstellungen → Anmeldesperren" in page
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("wagtailadmin_home")).status_code == 302


def test_the_lockout_holds_for_that_account_at_that_address_only(client, redaktion, systembetreuer):
    fail(client, "redaktion", 5)
    assert log_in(Client(), "systembetreuer", PASSWORD).status_code == 302
    assert log_in(Client(), "redaktion", PASSWORD, REMOTE_ADDR=OTHER_ADDRESS).status_code == 302
    assert log_in(Client(), "redaktion", PASSWORD).status_code == 429


def test_the_lockout_ends_after_fifteen_minutes(client, redaktion):
    fail(client, "redaktion", 5)
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=15, seconds=1))
    assert log_in(client, "redaktion", PASSWORD).status_code == 302


def test_a_successful_login_starts_the_count_anew(client, redaktion):
    assert fail(client, "redaktion", 4) == [200] * 4
    assert log_in(client, "redaktion", PASSWORD).status_code == 302
    assert fail(Client(), "redaktion", 4) == [200] * 4


def test_behind_the_proxy_the_client_is_the_address_the_proxy_appended(client, redaktion, settings):
    settings.AXES_CLIENT_IP_CALLABLE = "anmeldung.sperren.client_ip_address"
    proxy = {"REMOTE_ADDR": "127.0.0.1"}
    fail(client, "redaktion", 5, HTTP_X_FORWARDED_FOR="198.51.100.4, 203.0.113.9", **proxy)
    assert log_in(Client(), "redaktion", PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.9", **proxy).status_code == 429
    # A spoofed first entry does not help: the proxy's own entry stays last.
    spoofed = "203.0.113.1, 203.0.113.9"
    assert log_in(Client(), "redaktion", PASSWORD, HTTP_X_FORWARDED_FOR=spoofed, **proxy).status_code == 429
    assert log_in(Client(), "redaktion", PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.10", **proxy).status_code == 302


def test_without_a_valid_forwarded_address_the_connection_counts():
    request = RequestFactory().get("/", HTTP_X_FORWARDED_FOR="kein-host", REMOTE_ADDR="127.0.0.5")
    assert client_ip_address(request) == "127.0.0.5"


def test_an_administrator_sees_the_lockout_and_lifts_it(client, redaktion, administrator):
    fail(client, "redaktion", 5)
    admin = Client()
    admin.force_login(administrator)
    listing = BeautifulSoup(admin.get(reverse("anmeldung_sperren")).content, "html.parser")
    ende = timezone.localtime(AccessAttempt.objects.get().attempt_time + timedelta(minutes=15))
    cells = [cell.get_text(strip=True) for cell in listing.select("tbody td")][:3]
    assert cells == ["redaktion", "127.0.0.1", f"{ende:%H:%M}"]
    form = listing.select_one("tbody form")
    assert form.find("input", {"name": "csrfmiddlewaretoken"})
    fields = {field["name"]: field["value"] for field in form.select("input[type=hidden]")}
    response = admin.post(form["action"], fields, follow=True)
    assert "Die Sperre von „redaktion“ (Adresse 127.0.0.1) ist aufgehoben." in text(response)
    assert "Zurzeit ist keine Anmeldung gesperrt." in text(response)
    assert log_in(client, "redaktion", PASSWORD).status_code == 302


def test_only_administrators_see_or_use_the_unlock_view(client, redaktion, systembetreuer, administrator):
    fail(Client(), "redaktion", 5)
    client.force_login(redaktion)
    assert client.get(reverse("anmeldung_sperren")).status_code == 302
    assert "Anmeldesperren" not in client.get(reverse("wagtailadmin_home")).content.decode()
    client.post(reverse("anmeldung_entsperren"), {"username": "redaktion", "ip_address": "127.0.0.1"})
    assert AccessAttempt.objects.filter(username="redaktion").exists()
    admin = Client()
    admin.force_login(administrator)
    assert "Anmeldesperren" in admin.get(reverse("wagtailadmin_home")).content.decode()


def test_unlock_is_post_only(administrator):
    admin = Client(enforce_csrf_checks=True)
    admin.force_login(administrator)
    assert admin.get(reverse("anmeldung_entsperren")).status_code == 405
    assert admin.post(reverse("anmeldung_entsperren"), {"username": "redaktion"}).status_code == 403
