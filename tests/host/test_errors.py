"""Bad addresses get a styled 404 page in the reader's language, never a 500; the 500 page needs nothing inline."""

from django.template.loader import render_to_string

import pytest
from bs4 import BeautifulSoup


@pytest.mark.parametrize(
    "url",
    [
        "/gibt-es-nicht/",
        "/handlungsfelder/gibt-es-nicht/",
        "/handlungsfelder/wlan/zu-tief/",
        "/handlungsfelder/%00/",
        "/en/handlungsfelder/nicht-uebersetzt/",
        "/" + "x" * 3000 + "/",
    ],
)
def test_unknown_urls_get_the_styled_404_page(client, konzept, url):
    response = client.get(url)
    assert response.status_code == 404
    page = BeautifulSoup(response.content, "html.parser")
    assert page.find("h1").get_text() == ("Page not found" if url.startswith("/en/") else "Seite nicht gefunden")
    assert page.select_one("header.site-header") is not None
    assert page.select_one("a.skip-link") is not None


def test_404_page_works_before_any_concept_exists(client, db):
    response = client.get("/gibt-es-nicht/")
    assert response.status_code == 404
    assert "Seite nicht gefunden" in response.content.decode()


def test_500_page_stands_alone_with_a_stylesheet_the_policy_allows():
    page = BeautifulSoup(render_to_string("500.html"), "html.parser")
    assert page.find("style") is None and page.find(style=True) is None
    assert page.find("link", rel="stylesheet")["href"].endswith("css/fehler.css")
