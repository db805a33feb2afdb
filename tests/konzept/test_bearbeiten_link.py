"""The link "Im Admin bearbeiten" on public pages: for a logged-in user who may edit the page (or school) shown."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import Locale

import pytest

from handlungsfelder.freigabe.rollen import REDAKTION, SYSTEMBETREUER
from handlungsfelder.models import Konzeptversion
from handlungsfelder.sprachen.uebersetzung import uebersetzen

from ..client import soup
from ..factories import (
    BeschlussIndexPageFactory,
    BeschlussPageFactory,
    SitzungIndexPageFactory,
    SitzungPageFactory,
    publish,
)
from ..freigabe.helpers import make_simple, member, simple_handlungsfeld_form

LINK = "Im Admin bearbeiten"


@pytest.fixture
def seiten(konzept) -> dict:
    """Public address -> the Wagtail page it shows: start page, index, Handlungsfeld, its versions, a meeting, a
    decision and the concept's versions (whose page is the start page)."""
    sitzungen = publish(SitzungIndexPageFactory(parent=konzept.start))
    sitzung = publish(SitzungPageFactory(parent=sitzungen, slug="erste-sitzung"))
    beschluesse = publish(BeschlussIndexPageFactory(parent=konzept.start))
    beschluss = publish(BeschlussPageFactory(parent=beschluesse, slug="beschluss-1-0"))
    Konzeptversion.objects.create(
        konzept=konzept.start,
        nummer="1.0",
        beschlossen_am=datetime.date(2024, 1, 1),
        in_kraft_ab=datetime.date(2024, 2, 1),
    )
    return {
        "/": konzept.start,
        "/handlungsfelder/": konzept.index,
        "/handlungsfelder/wlan/": konzept.wlan,
        "/handlungsfelder/wlan/versionen/": konzept.wlan,
        "/arbeitsgruppe/erste-sitzung/": sitzung,
        "/beschluesse/beschluss-1-0/": beschluss,
        "/versionen/": konzept.start,
        "/versionen/1.0/": konzept.start,
    }


def links(client, url: str, text: str = LINK) -> list[str]:
    return [a["href"] for a in soup(client, url).select(".admin-bearbeiten a") if a.get_text(strip=True) == text]


def test_anonymous_readers_see_no_edit_link_and_no_admin_page_address(client, seiten, konzept):
    for url in [*seiten, reverse("handlungsfelder:schule", args=[konzept.schulen[0].slug])]:
        html = client.get(url).content.decode()
        assert LINK not in html, url
        assert "/admin/pages/" not in html and "/admin/snippets/" not in html, url


@pytest.mark.parametrize("gruppe", [REDAKTION, SYSTEMBETREUER])
def test_an_editor_gets_the_edit_link_of_the_page_shown(client, seiten, gruppe):
    client.force_login(member("bearbeiterin", gruppe))
    for url, page in seiten.items():
        assert links(client, url) == [reverse("wagtailadmin_pages:edit", args=[page.pk])], url


def test_the_edit_link_opens_the_admin_editor_of_that_page(client, seiten):
    client.force_login(member("redaktion", REDAKTION))
    (edit_url,) = links(client, "/arbeitsgruppe/erste-sitzung/")
    response = client.get(edit_url)
    assert response.status_code == 200
    assert seiten["/arbeitsgruppe/erste-sitzung/"].title in response.content.decode()


def test_the_editors_preview_shows_no_edit_link(client, konzept):
    wlan = make_simple(konzept.wlan)
    client.force_login(member("redaktion", REDAKTION))
    preview = reverse("wagtailadmin_pages:preview_on_edit", args=[wlan.pk])
    assert client.post(preview, simple_handlungsfeld_form(wlan, "Vorschau des Entwurfs.")).json()["is_valid"]
    html = client.get(preview).content.decode()
    assert "Vorschau des Entwurfs." in html
    assert LINK not in html


def test_a_school_page_links_the_redaktion_to_the_schools_record_and_nobody_else(client, konzept):
    schule = konzept.schulen[0]
    url = reverse("handlungsfelder:schule", args=[schule.slug])
    client.force_login(member("systembetreuer", SYSTEMBETREUER))  # may view reference data, not change it
    assert LINK not in client.get(url).content.decode()
    client.force_login(member("redaktion", REDAKTION))
    (edit_url,) = links(client, url)
    response = client.get(edit_url)
    assert response.status_code == 200 and schule.name in response.content.decode()


def test_a_logged_in_user_without_edit_permission_sees_no_link(client, seiten):
    client.force_login(member("leserin", None))
    for url in seiten:
        assert LINK not in client.get(url).content.decode(), url


def test_the_english_page_links_to_the_editor_of_its_translation(client, konzept):
    englisch = Locale.objects.get(language_code="en")
    for page in (konzept.start, konzept.index, konzept.wlan):
        uebersetzen(page, englisch, {})
    wlan_en = konzept.wlan.get_translation(englisch)
    client.force_login(member("redaktion", REDAKTION))
    edit_url = reverse("wagtailadmin_pages:edit", args=[wlan_en.pk])
    assert links(client, "/en/handlungsfelder/wlan/", "Edit in the admin") == [edit_url]


def test_the_answer_with_the_link_is_private_and_varies_by_cookie(client, seiten):
    client.force_login(member("redaktion", REDAKTION))
    response = client.get("/handlungsfelder/wlan/")
    assert LINK in response.content.decode()
    assert "private" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]


def test_the_link_costs_anonymous_readers_no_query(client, seiten):
    """No user, session or permission is read for a reader without a session (the page's budget:
    tests/konzept/test_queries.py)."""
    client.get("/handlungsfelder/wlan/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/handlungsfelder/wlan/")
    assert response.status_code == 200
    gelesen = " ".join(query["sql"] for query in queries.captured_queries)
    assert "auth_user" not in gelesen and "django_session" not in gelesen and "permission" not in gelesen
