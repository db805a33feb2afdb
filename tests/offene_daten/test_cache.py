"""The page cache answers anonymous readers of the API and the exports like pages, and forgets them at every public
change, a page made private included."""

from wagtail.models import PageViewRestriction

import pytest

from handlungsfelder.models import HandlungsfeldPage

from ..factories import massnahme, publish
from ..seitencache.conftest import committed, seitencache  # noqa: F401 (fixtures)

pytestmark = pytest.mark.usefixtures("seitencache")

ADRESSEN = ["/api/v2/massnahmen/", "/api/v2/pages/", "/umsetzung/massnahmen.csv", "/umsetzung/massnahmen.xlsx"]


@pytest.mark.parametrize("url", ADRESSEN)
def test_second_anonymous_request_is_answered_from_the_cache(client, konzept, url, django_assert_num_queries):
    first = client.get(url)
    assert "public" in first["Cache-Control"]
    with django_assert_num_queries(0):
        second = client.get(url)
    assert second.content == first.content


def titel(client) -> set[str]:
    return {m["titel"] for m in client.get("/api/v2/massnahmen/").json()["massnahmen"]}


def test_a_publication_reaches_the_cached_api_at_once(client, konzept, committed):  # noqa: F811
    assert "Tablets" not in titel(client)
    with committed():
        wlan = HandlungsfeldPage.objects.get(pk=konzept.wlan.pk)
        wlan.umsetzungsplan = [massnahme("Tablets", "geplant", konzept.landkreis_it)]
        publish(wlan)
    assert titel(client) == {"Tablets"}


def test_a_page_made_private_leaves_the_cached_api_exports_and_page_at_once(client, konzept, committed):  # noqa: F811
    assert "WLAN in Turnhallen" in titel(client)
    assert "WLAN in Turnhallen" in client.get("/umsetzung/massnahmen.csv").content.decode("utf-8-sig")
    assert client.get("/handlungsfelder/wlan/").status_code == 200
    with committed():
        PageViewRestriction.objects.create(page=konzept.wlan, restriction_type="password", password="geheim")
    assert titel(client) == set()
    assert "WLAN in Turnhallen" not in client.get("/umsetzung/massnahmen.csv").content.decode("utf-8-sig")
    assert "Flächendeckendes WLAN" not in client.get("/handlungsfelder/wlan/").content.decode()
    assert client.get(f"/api/v2/pages/{konzept.wlan.pk}/").status_code == 404
