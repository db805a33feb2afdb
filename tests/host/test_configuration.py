"""Settings come from the environment; production refuses to start unsafe; migrations are complete."""

import sqlite3
from io import StringIO

from django.core.management import call_command

import pytest

from ..prozess import run_manage


def test_production_settings_pass_check_deploy_with_a_proper_environment(tmp_path):
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="itkonzept.settings.production",
        SECRET_KEY="k" * 20 + "-a-long-random-production-secret-for-the-test-" + "z" * 10,
        ALLOWED_HOSTS="it-konzept.example",
        SECURE_HSTS_PRELOAD="true",
        DATABASE_URL=f"sqlite:///{tmp_path / 'prod.sqlite3'}",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_settings_do_not_install_the_demo(tmp_path):
    production = {
        "DJANGO_SETTINGS_MODULE": "itkonzept.settings.production",
        "SECRET_KEY": "k" * 50,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'prod.sqlite3'}",
    }
    check = run_manage("check", **production)
    assert check.returncode == 0, check.stdout + check.stderr
    installed = run_manage(
        "shell", "-c", "from django.conf import settings; print('demo' in settings.INSTALLED_APPS)", **production
    )
    assert installed.stdout.strip().splitlines()[-1] == "False", installed.stderr
    load_demo = run_manage("load_demo", **production)
    assert load_demo.returncode != 0 and "Unknown command: 'load_demo'" in load_demo.stderr


def test_production_settings_refuse_to_start_without_a_secret_key():
    result = run_manage("check", DJANGO_SETTINGS_MODULE="itkonzept.settings.production", SECRET_KEY="")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_sqlite_database_uses_wal_busy_timeout_and_immediate_transactions(tmp_path):
    from itkonzept.settings.env import database

    config = database(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    assert config["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert config["OPTIONS"]["timeout"] >= 5
    result = run_manage(
        "shell",
        "-c",
        "from django.db import connection; c = connection.cursor(); c.execute('PRAGMA journal_mode'); "
        "print(c.fetchone()[0])",
        DJANGO_SETTINGS_MODULE="itkonzept.settings.dev",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )
    assert result.stdout.strip().splitlines()[-1] == "wal", result.stderr
    assert sqlite3.connect(tmp_path / "db.sqlite3").execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_postgres_url_is_parsed_without_sqlite_options():
    from itkonzept.settings.env import database

    config = database("postgres://postgres@127.0.0.1:5432/itkonzept")
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert "transaction_mode" not in config.get("OPTIONS", {})


def test_base_settings_are_german_and_berlin():
    from django.conf import settings

    assert settings.LANGUAGE_CODE == "de"
    assert settings.TIME_ZONE == "Europe/Berlin"
    assert settings.WAGTAIL_CONTENT_LANGUAGES[0][0] == "de"


@pytest.mark.django_db
def test_models_and_migrations_agree():
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()


def test_mail_goes_by_smtp_once_a_mail_server_is_set_else_to_the_console(tmp_path):
    production = {
        "DJANGO_SETTINGS_MODULE": "itkonzept.settings.production",
        "SECRET_KEY": "k" * 50,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'prod.sqlite3'}",
    }
    script = "from django.conf import settings; print(settings.EMAIL_BACKEND, settings.EMAIL_HOST, settings.EMAIL_PORT)"
    smtp = run_manage("shell", "-c", script, EMAIL_HOST="mail.lra.example", EMAIL_PORT="587", **production)
    assert smtp.stdout.split()[-3:] == ["django.core.mail.backends.smtp.EmailBackend", "mail.lra.example", "587"]
    console = run_manage("shell", "-c", script, **production)
    assert console.stdout.split()[-3] == "django.core.mail.backends.console.EmailBackend"
