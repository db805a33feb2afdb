"""The login hardening in the settings: axes before the password check, enforcement on in production only."""

import re

from django.conf import settings

import pytest

from anmeldung import checks

from ..host.test_configuration import run_manage

PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "itkonzept.settings.production",
    "SECRET_KEY": "k" * 20 + "-a-long-random-production-secret-for-the-test-" + "z" * 10,
    "ALLOWED_HOSTS": "it-konzept.example",
}


def check_ids(output: str) -> set[str]:
    return set(re.findall(r"\(([\w.]+)\)", output))


def test_check_deploy_in_production_reports_only_the_documented_hsts_preload_warning(tmp_path):
    result = run_manage("check", "--deploy", DATABASE_URL=f"sqlite:///{tmp_path / 'prod.sqlite3'}", **PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert check_ids(result.stdout + result.stderr) == {"security.W021"}


def test_check_deploy_warns_when_two_factor_enforcement_is_switched_off(tmp_path):
    result = run_manage(
        "check",
        "--deploy",
        ZWEI_FAKTOR_PFLICHT="false",
        DATABASE_URL=f"sqlite:///{tmp_path / 'p.sqlite3'}",
        **PRODUCTION,
    )
    assert "anmeldung.W001" in check_ids(result.stdout + result.stderr)


@pytest.mark.parametrize(
    ("module", "pflicht"),
    [("itkonzept.settings.production", "True"), ("itkonzept.settings.dev", "False")],
)
def test_enforcement_is_on_in_production_and_off_in_development(tmp_path, module, pflicht):
    environment = {**PRODUCTION, "DJANGO_SETTINGS_MODULE": module, "DATABASE_URL": f"sqlite:///{tmp_path / 'db'}"}
    script = "from django.conf import settings; print(settings.ZWEI_FAKTOR_PFLICHT)"
    result = run_manage("shell", "-c", script, **environment)
    assert result.stdout.strip().splitlines()[-1] == pflicht, result.stderr


@pytest.mark.parametrize(("behind_proxy", "callable_"), [("true", "anmeldung.sperren.client_ip_address"), ("", "None")])
def test_behind_the_tls_proxy_the_lockout_reads_the_forwarded_address(tmp_path, behind_proxy, callable_):
    environment = {**PRODUCTION, "BEHIND_TLS_PROXY": behind_proxy, "DATABASE_URL": f"sqlite:///{tmp_path / 'db'}"}
    script = "from django.conf import settings; print(settings.AXES_CLIENT_IP_CALLABLE)"
    result = run_manage("shell", "-c", script, **environment)
    assert result.stdout.strip().splitlines()[-1] == callable_, result.stderr


def test_the_lockout_backend_comes_before_the_password_check():
    assert settings.AUTHENTICATION_BACKENDS[0] == "axes.backends.AxesStandaloneBackend"
    assert settings.MIDDLEWARE[-1] == "axes.middleware.AxesMiddleware"


def test_the_middleware_check_finds_two_factor_login_missing_or_misplaced(settings):
    assert checks.middleware_order(None) == []
    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if m != "django_otp.middleware.OTPMiddleware"]
    assert [message.id for message in checks.middleware_order(None)] == ["anmeldung.E001"]
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, "django_otp.middleware.OTPMiddleware"]
    assert [message.id for message in checks.middleware_order(None)] == ["anmeldung.E001"]
