"""Two-factor login through the real admin: enforcement for the Redaktion and superusers, enrolment, the code
after the password, recovery codes, removing the app; optional for every other account."""

from io import StringIO

from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from wagtail.models import PageViewRestriction

import pytest
from bs4 import BeautifulSoup
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from handlungsfelder.freigabe.rollen import REDAKTION

from ..client import log_in
from .conftest import PASSWORD, app_code, enrol, log_out

pytestmark = pytest.mark.django_db
HOME = reverse("wagtailadmin_home")


def text(response) -> str:
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


def code_login(client, user, code: str):
    """Password, then the code on the second step."""
    assert log_in(client, user.username, PASSWORD).status_code == 302
    return client.post(reverse("anmeldung_bestaetigen"), {"code": code, "next": HOME})


@pytest.mark.usefixtures("pflicht")
def test_with_enforcement_a_redaktion_member_with_password_only_is_sent_to_enrolment(client, redaktion):
    assert log_in(client, "redaktion", PASSWORD).status_code == 302
    for url in (HOME, reverse("wagtailadmin_explore_root"), reverse("wagtailadmin_account")):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("anmeldung_einrichten"))
    page = client.get(reverse("anmeldung_einrichten"))
    soup = BeautifulSoup(page.content, "html.parser")
    assert "Für Ihr Konto ist die Zwei-Faktor-Anmeldung vorgeschrieben" in text(page)
    assert soup.select_one(".anmeldung-qr svg path")
    device = TOTPDevice.objects.get(user=redaktion, confirmed=False)
    assert soup.find("a", href=device.config_url)["href"].startswith("otpauth://totp/IT-Konzept%3Aredaktion?secret=")
    assert soup.select_one(".anmeldung-schluessel").get_text().replace(" ", "") in device.config_url


@pytest.mark.usefixtures("pflicht")
def test_enrolment_with_an_app_code_and_the_next_login_asks_for_a_code(client, redaktion):
    device, codes = enrol(client, redaktion)
    assert len(codes) == 10 and len(set(codes)) == 10
    assert client.get(HOME).status_code == 200
    log_out(client)

    assert log_in(client, "redaktion", PASSWORD).status_code == 302
    response = client.get(HOME)
    assert response.status_code == 302 and response["Location"].startswith(reverse("anmeldung_bestaetigen"))
    assert "Anmeldung bestätigen" in text(client.get(response["Location"]))
    response = client.post(reverse("anmeldung_bestaetigen"), {"code": app_code(device, steps_ahead=1), "next": HOME})
    assert response.status_code == 302 and response["Location"] == HOME
    assert client.get(HOME).status_code == 200


@pytest.mark.usefixtures("pflicht")
def test_a_wrong_code_is_refused_and_further_codes_wait(client, redaktion):
    device, _ = enrol(client, redaktion)
    log_out(client)
    response = code_login(client, redaktion, "000000" if app_code(device, 1) != "000000" else "111111")
    assert "Der Code stimmt nicht oder ist abgelaufen." in text(response)
    # django-otp throttles: right after a wrong code even the right one waits (1 s, doubling per failure).
    response = client.post(reverse("anmeldung_bestaetigen"), {"code": app_code(device, 1)})
    assert "Zu viele falsche Codes" in text(response)
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=None, throttling_failure_count=0)
    assert client.post(reverse("anmeldung_bestaetigen"), {"code": app_code(device, 1)}).status_code == 302
    assert client.get(HOME).status_code == 200


@pytest.mark.usefixtures("pflicht")
def test_a_recovery_code_works_once(client, redaktion):
    _, codes = enrol(client, redaktion)
    log_out(client)
    response = code_login(client, redaktion, codes[0].upper())
    assert response.status_code == 302
    assert "Es bleiben noch 9." in text(client.get(HOME))
    log_out(client)
    response = code_login(client, redaktion, codes[0])
    assert response.status_code == 200
    assert "Der Code stimmt nicht" in text(response)
    assert client.get(HOME).status_code == 302


@pytest.mark.usefixtures("pflicht")
def test_new_recovery_codes_replace_the_old_ones(client, redaktion):
    _, codes = enrol(client, redaktion)
    response = client.post(reverse("anmeldung_wiederherstellungscodes"))
    new = response.context["codes"]
    assert set(new).isdisjoint(codes)
    assert set(StaticToken.objects.filter(device__user=redaktion).values_list("token", flat=True)) == set(new)
    # The session stays verified: the codes' device is kept, only its codes change.
    assert client.get(HOME).status_code == 200


@pytest.mark.usefixtures("pflicht")
def test_a_systembetreuer_without_a_device_reaches_the_dashboard(client, systembetreuer):
    assert log_in(client, "systembetreuer", PASSWORD).status_code == 302
    assert client.get(HOME).status_code == 200


@pytest.mark.usefixtures("pflicht")
def test_a_superuser_must_enrol_too(client, administrator):
    assert log_in(client, "admin", PASSWORD).status_code == 302
    assert client.get(HOME)["Location"].startswith(reverse("anmeldung_einrichten"))


def test_without_enforcement_the_redaktion_logs_in_with_the_password_alone(client, redaktion):
    assert log_in(client, "redaktion", PASSWORD).status_code == 302
    assert client.get(HOME).status_code == 200


def test_an_account_that_chose_two_factor_login_gives_a_code_without_enforcement(client, systembetreuer):
    assert log_in(client, "systembetreuer", PASSWORD).status_code == 302
    assert "Zwei-Faktor-Anmeldung einrichten" in text(client.get(reverse("anmeldung_zweifaktor")))
    device, _ = enrol(client, systembetreuer)
    log_out(client)
    assert log_in(client, "systembetreuer", PASSWORD).status_code == 302
    assert client.get(HOME)["Location"].startswith(reverse("anmeldung_bestaetigen"))
    assert code_login(client, systembetreuer, app_code(device, 1)).status_code == 302


def test_a_password_alone_cannot_set_up_another_app_for_an_account_that_has_one(client, systembetreuer):
    enrol(client, systembetreuer)
    log_out(client)
    assert log_in(client, "systembetreuer", PASSWORD).status_code == 302
    for url in (reverse("anmeldung_einrichten"), reverse("anmeldung_zweifaktor")):
        assert client.get(url)["Location"].startswith(reverse("anmeldung_bestaetigen"))
    assert client.post(reverse("anmeldung_entfernen"))["Location"].startswith(reverse("anmeldung_bestaetigen"))
    assert TOTPDevice.objects.filter(user=systembetreuer).count() == 1


@pytest.mark.usefixtures("pflicht")
def test_removing_the_app_of_a_required_account_leads_back_to_enrolment(client, redaktion):
    enrol(client, redaktion)
    response = client.post(reverse("anmeldung_entfernen"), follow=True)
    assert response.redirect_chain[-1][0].startswith(reverse("anmeldung_einrichten"))
    assert "Die Zwei-Faktor-Anmeldung ist entfernt." in text(response)
    assert not TOTPDevice.objects.filter(user=redaktion, confirmed=True).exists()
    assert not StaticToken.objects.filter(device__user=redaktion).exists()


@pytest.mark.usefixtures("pflicht")
def test_outside_the_admin_a_session_without_its_code_is_anonymous(client, redaktion, konzept):
    page = konzept.wlan
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set(redaktion.groups.filter(name=REDAKTION))
    device, _ = enrol(client, redaktion)
    assert client.get(page.url).status_code == 200
    log_out(client)
    assert log_in(client, "redaktion", PASSWORD).status_code == 302
    assert client.get(page.url).status_code == 302
    assert client.post(reverse("anmeldung_bestaetigen"), {"code": app_code(device, 1)}).status_code == 302
    assert client.get(page.url).status_code == 200


@pytest.mark.usefixtures("pflicht")
def test_with_app_and_codes_lost_an_administrator_gives_a_one_time_code_on_the_server(client, redaktion):
    enrol(client, redaktion)
    log_out(client)
    output = StringIO()
    call_command("addstatictoken", "redaktion", stdout=output)
    assert code_login(client, redaktion, output.getvalue().strip()).status_code == 302
    assert client.get(HOME).status_code == 200


def test_the_account_settings_link_to_two_factor_login(client, systembetreuer):
    client.force_login(systembetreuer)
    account = BeautifulSoup(client.get(reverse("wagtailadmin_account")).content, "html.parser")
    link = account.find("a", href=reverse("anmeldung_zweifaktor"))
    assert link.get_text(strip=True) == "Zwei-Faktor-Anmeldung"


def test_the_second_step_sends_nowhere_outside_the_site(client, systembetreuer):
    device, _ = enrol(client, systembetreuer)
    log_out(client)
    assert log_in(client, "systembetreuer", PASSWORD).status_code == 302
    response = client.post(
        reverse("anmeldung_bestaetigen"), {"code": app_code(device, 1), "next": "https://example.com/"}
    )
    assert response["Location"] == HOME


def test_only_a_logged_in_user_reaches_the_second_step():
    response = Client().get(reverse("anmeldung_bestaetigen"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("wagtailadmin_login"))
