"""Every response carries the enforced Content-Security-Policy (strict on the public site, the admin's exceptions only
below /admin/) and the Permissions-Policy."""

from django.urls import reverse

import pytest

from tests.factories import document

PUBLIC_POLICY = {
    "default-src": {"'self'"},
    "script-src": {"'none'"},
    "object-src": {"'none'"},
    "base-uri": {"'self'"},
    "form-action": {"'self'"},
    "frame-ancestors": {"'none'"},
}
ADMIN_POLICY = {
    **PUBLIC_POLICY,
    "script-src": {"'self'", "'unsafe-inline'"},
    "style-src": {"'self'", "'unsafe-inline'"},
}
PERMISSIONS_POLICY = (
    "accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), "
    "idle-detection=(), interest-cohort=(), magnetometer=(), microphone=(), midi=(), payment=(), screen-wake-lock=(), "
    "serial=(), usb=(), xr-spatial-tracking=()"
)


def policy(response) -> dict[str, set[str]]:
    directives = (directive.split() for directive in response["Content-Security-Policy"].split(";"))
    return {name: set(sources) for name, *sources in directives}


@pytest.fixture
def editor_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("chefredaktion", password="geheim-genug-123"))
    return client


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/", 200),
        ("/handlungsfelder/wlan/", 200),
        ("/suche/?q=WLAN", 200),
        ("/umsetzung/", 200),
        ("/schulen/", 200),
        ("/versionen/", 200),
        ("/aenderungen.atom", 200),
        ("/gibt-es-nicht/", 404),
    ],
)
def test_public_pages_carry_the_strict_policy_without_unsafe_sources(client, konzept, url, status):
    response = client.get(url)
    assert response.status_code == status
    assert policy(response) == PUBLIC_POLICY
    assert "unsafe" not in response["Content-Security-Policy"]


def test_admin_login_carries_the_admin_policy(client, db):
    response = client.get(reverse("wagtailadmin_login"))
    assert response.status_code == 200
    assert policy(response) == ADMIN_POLICY


@pytest.mark.parametrize("view", ["wagtailadmin_home", "wagtailadmin_explore", "wagtailadmin_pages:edit"])
def test_admin_pages_carry_the_admin_policy_and_may_not_be_framed(editor_client, konzept, view):
    args = [] if view == "wagtailadmin_home" else [konzept.wlan.pk]
    response = editor_client.get(reverse(view, args=args))
    assert response.status_code == 200
    assert policy(response) == ADMIN_POLICY
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]


def test_what_wagtail_lets_its_origin_frame_gets_frame_ancestors_self(editor_client, konzept):
    # Without a preview in the session the panel shows Wagtail's error page, framed by the editor.
    response = editor_client.get(reverse("wagtailadmin_pages:preview_on_edit", args=[konzept.wlan.pk]))
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert policy(response) == {**ADMIN_POLICY, "frame-ancestors": {"'self'"}}


def test_a_preview_keeps_the_public_policy_and_may_be_framed_by_the_editor(rf, konzept):
    response = konzept.wlan.make_preview_request(rf.get("/admin/"))
    assert response.status_code == 200
    assert policy(response) == {**PUBLIC_POLICY, "frame-ancestors": {"'self'"}}


def test_served_documents_keep_wagtails_own_stricter_policy(client, db):
    response = client.get(document().url)
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "default-src 'none'"


@pytest.mark.parametrize("url", ["/", "/admin/login/", "/gibt-es-nicht/"])
def test_permissions_policy_denies_unused_browser_features_everywhere(client, konzept, url):
    assert client.get(url)["Permissions-Policy"] == PERMISSIONS_POLICY
