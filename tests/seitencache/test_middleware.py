"""Which answers come from the page cache and which never do; the headers a proxy or CDN sees."""

from django.urls import reverse

import pytest

from handlungsfelder.models import HandlungsfeldPage

from ..factories import publish
from ..pdf.worker import pdf_worker

pytestmark = pytest.mark.usefixtures("seitencache")

PUBLIC = [
    "/",
    "/handlungsfelder/",
    "/handlungsfelder/wlan/",
    "/handlungsfelder/wlan/versionen/",
    "/suche/?q=WLAN",
    "/umsetzung/",
    "/schulen/",
    "/schlagwoerter/infrastruktur/",
    "/versionen/",
    "/aenderungen.atom",
    "/sitemap.xml",
    "/konzept.pdf",
    "/en/handlungsfelder/wlan/",
    "/gibt-es-nicht/",
]


def change_summary_without_signal(page: HandlungsfeldPage, text: str) -> None:
    """Publish inside the test's transaction: the after-commit signal never runs, so the cache is not told."""
    page.summary = text
    publish(page)


@pytest.mark.parametrize("url", PUBLIC)
def test_anonymous_reader_gets_the_second_request_from_the_cache_without_a_query(
    client, konzept, url, django_assert_num_queries
):
    if url.endswith(".pdf"):
        client.get(url)  # the first request queues the first build
        pdf_worker()
    first = client.get(url)
    assert first.status_code in (200, 302, 404)
    with django_assert_num_queries(0):
        second = client.get(url)
    assert second.status_code == first.status_code
    assert second.content == first.content


def test_head_is_answered_from_the_entry_of_get(client, konzept, django_assert_num_queries):
    body = client.get("/handlungsfelder/wlan/").content
    with django_assert_num_queries(0):
        head = client.head("/handlungsfelder/wlan/")
    assert head.status_code == 200
    assert head.content == b""
    assert head["Content-Length"] == str(len(body))


def test_cached_page_is_what_the_reader_saw_until_the_public_state_changes(client, konzept):
    client.get("/handlungsfelder/wlan/")
    change_summary_without_signal(konzept.wlan, "Neuer Text ohne Signal.")
    assert "Neuer Text ohne Signal." not in client.get("/handlungsfelder/wlan/").content.decode()


def test_query_string_and_language_are_separate_entries(client, konzept):
    assert b"WLAN" in client.get("/suche/?q=WLAN").content
    assert client.get("/suche/?q=Netzwerk").content != client.get("/suche/?q=WLAN").content
    assert client.get("/en/handlungsfelder/wlan/").content != client.get("/handlungsfelder/wlan/").content


def test_logged_in_editor_always_sees_the_rendered_page(client, konzept, admin_user):
    client.get("/handlungsfelder/wlan/")
    client.force_login(admin_user)
    change_summary_without_signal(konzept.wlan, "Nur frisch gerendert sichtbar.")
    response = client.get("/handlungsfelder/wlan/")
    assert "Nur frisch gerendert sichtbar." in response.content.decode()
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_page_seen_by_a_logged_in_editor_is_not_served_to_readers(client, konzept, admin_user):
    client.force_login(admin_user)
    client.get("/handlungsfelder/wlan/")
    client.logout()
    change_summary_without_signal(konzept.wlan, "Leser rendern selbst.")
    assert "Leser rendern selbst." in client.get("/handlungsfelder/wlan/").content.decode()


def test_admin_and_login_are_never_cached(client, konzept):
    login = client.get(reverse("wagtailadmin_login"))
    assert login.status_code == 200
    assert "csrftoken" in login.cookies
    assert "public" not in login.get("Cache-Control", "")
    again = client.get(reverse("wagtailadmin_login"))
    assert "csrfmiddlewaretoken" in again.content.decode()
    assert again.content != login.content  # a new token, so a new rendering


def test_answer_that_sets_a_cookie_or_uses_the_csrf_token_is_not_kept(client, konzept, settings):
    """The password form of a restricted page carries a CSRF token: each reader gets their own rendering."""
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=konzept.netzwerk, restriction_type="password", password="geheim")
    first = client.get("/handlungsfelder/netzwerk/")
    assert first.status_code == 200
    assert "csrfmiddlewaretoken" in first.content.decode()
    assert "no-store" in first["Cache-Control"]
    client.cookies.clear()
    second = client.get("/handlungsfelder/netzwerk/")
    assert second.content != first.content


def test_public_pages_carry_shared_cache_headers_and_searches_only_the_short_lifetime(client, konzept, settings):
    page = client.get("/handlungsfelder/wlan/")
    directives = {part.strip() for part in page["Cache-Control"].split(",")}
    assert directives == {
        "public",
        f"max-age={settings.SEITENCACHE_MAX_AGE}",
        f"s-maxage={settings.SEITENCACHE_S_MAXAGE}",
    }
    search = client.get("/suche/?q=WLAN")
    assert f"s-maxage={settings.SEITENCACHE_MAX_AGE}" in search["Cache-Control"]


def test_switched_off_every_request_is_rendered(client, konzept, settings):
    settings.SEITENCACHE = False
    client.get("/handlungsfelder/wlan/")
    change_summary_without_signal(konzept.wlan, "Ohne Seitencache sofort da.")
    assert "Ohne Seitencache sofort da." in client.get("/handlungsfelder/wlan/").content.decode()
