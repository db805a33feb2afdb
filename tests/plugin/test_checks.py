"""The host contract: each setting the plugin relies on has a system check that says what to set and why."""

from django.apps import apps as django_apps
from django.core.management import call_command
from django.test import override_settings
from django.urls import include, path

from wagtail import urls as wagtail_urls

import pytest

from handlungsfelder import checks
from handlungsfelder.offene_daten.lizenz import STANDARD, datenlizenz


class UrlsWithoutPlugin:
    urlpatterns = [path("", include(wagtail_urls))]


class UrlsWithPagesFirst:
    urlpatterns = [path("", include(wagtail_urls)), path("", include("handlungsfelder.urls"))]


def ids(messages) -> list[str]:
    return [message.id for message in messages]


def test_this_host_meets_every_check():
    call_command("check", "--fail-level", "WARNING")
    assert [message for check, _tags in checks.CHECKS for message in check(None)] == []


@override_settings(WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT=False)
def test_editing_without_reapproval_is_an_error_that_names_the_setting():
    [error] = checks.reapproval_on_edit(None)
    assert error.id == "handlungsfelder.E001"
    assert "WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True" in error.hint


@override_settings(WAGTAIL_AUTOSAVE_INTERVAL=500)
def test_autosave_is_an_error_that_names_the_setting():
    [error] = checks.autosave_off(None)
    assert error.id == "handlungsfelder.E008"
    assert "WAGTAIL_AUTOSAVE_INTERVAL = 0" in error.hint


@override_settings(WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE=True)
def test_translations_published_on_submit_are_an_error():
    assert ids(checks.localize_keeps_translations_as_drafts(None)) == ["handlungsfelder.E002"]


def test_plugin_after_wagtail_localize_is_an_error(monkeypatch):
    configs = [config for config in django_apps.get_app_configs() if config.name != "handlungsfelder"]
    position = [config.name for config in configs].index("wagtail_localize") + 1
    configs.insert(position, django_apps.get_app_config("handlungsfelder"))
    monkeypatch.setattr(django_apps, "get_app_configs", lambda: configs)
    assert ids(checks.app_precedes_localize(None)) == ["handlungsfelder.E003"]


def test_missing_routable_page_app_is_an_error(monkeypatch):
    installed = django_apps.is_installed
    monkeypatch.setattr(
        django_apps, "is_installed", lambda name: name != "wagtail.contrib.routable_page" and installed(name)
    )
    assert ids(checks.routable_pages_installed(None)) == ["handlungsfelder.E004"]


@override_settings(ROOT_URLCONF=UrlsWithoutPlugin)
def test_missing_plugin_urls_are_an_error():
    assert ids(checks.urls_before_wagtail_pages(None)) == ["handlungsfelder.E005"]


@override_settings(ROOT_URLCONF=UrlsWithPagesFirst)
def test_plugin_urls_after_wagtail_pages_are_an_error():
    assert ids(checks.urls_before_wagtail_pages(None)) == ["handlungsfelder.E006"]


@override_settings(
    HANDLUNGSFELDER_START_PAGE_EXTRA_SUBPAGE_TYPES=["pages.ContentPage", "pages.Gibtsnicht", "auth.User"]
)
def test_extra_subpage_types_must_be_page_types():
    assert [error.msg for error in checks.extra_subpage_types_exist(None)] == [
        "HANDLUNGSFELDER_START_PAGE_EXTRA_SUBPAGE_TYPES nennt „pages.Gibtsnicht“, keinen Seitentyp.",
        "HANDLUNGSFELDER_START_PAGE_EXTRA_SUBPAGE_TYPES nennt „auth.User“, keinen Seitentyp.",
    ]


@override_settings(WAGTAILADMIN_RICH_TEXT_EDITORS={})
def test_wagtails_own_editor_widget_is_a_warning():
    assert ids(checks.rich_text_editor_refuses_raw_input(None)) == ["handlungsfelder.W002"]


def test_templates_without_the_request_are_a_warning(settings):
    engine = {**settings.TEMPLATES[0], "OPTIONS": {"context_processors": []}}
    with override_settings(TEMPLATES=[engine]):
        assert ids(checks.request_in_template_context(None)) == ["handlungsfelder.W001"]


def test_djangos_default_sender_is_a_warning_for_the_subscription_mails(settings):
    settings.DEFAULT_FROM_EMAIL = "webmaster@localhost"
    assert ids(checks.subscription_sender(None)) == ["handlungsfelder.W003"]


def test_a_subscription_backend_that_is_missing_or_immediate_is_an_error(settings):
    settings.HANDLUNGSFELDER_ABONNEMENT_TASK_BACKEND = "fehlt"
    assert ids(checks.subscription_task_backend(None)) == ["handlungsfelder.E010"]
    settings.HANDLUNGSFELDER_ABONNEMENT_TASK_BACKEND = "default"
    assert ids(checks.subscription_task_backend(None)) == ["handlungsfelder.E010"]
    settings.HANDLUNGSFELDER_ABONNEMENT_TASK_BACKEND = "pdf"
    assert checks.subscription_task_backend(None) == []


@pytest.mark.parametrize(
    "lizenz",
    [
        {"name": "CC BY 4.0"},
        {"name": "", "url": "https://creativecommons.org/licenses/by/4.0/"},
        "CC BY 4.0",
        {"name": "CC BY 4.0", "url": "creativecommons.org"},
    ],
)
def test_a_data_licence_without_name_and_address_is_an_error(settings, lizenz):
    settings.HANDLUNGSFELDER_DATENLIZENZ = lizenz
    [error] = checks.data_licence(None)
    assert error.id == "handlungsfelder.E011"
    assert "HANDLUNGSFELDER_DATENLIZENZ" in error.hint


def test_without_a_data_licence_setting_the_default_applies(settings):
    del settings.HANDLUNGSFELDER_DATENLIZENZ
    assert checks.data_licence(None) == []
    assert datenlizenz() == STANDARD
