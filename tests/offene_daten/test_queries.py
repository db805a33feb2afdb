"""Every endpoint of the API and both exports run a fixed number of queries however large the concept grows:
blocks on a page, Handlungsfelder, Maßnahmen, concept versions, publications."""

from handlungsfelder.models import Veroeffentlichung

from ..client import count_queries
from ..konzept.test_queries import szene, version, wlan_mit  # noqa: F401 (the fixture)

# As the public pages: the site, the start page, the frame, then one query per kind of row read; an English
# address one more (Wagtail looks up the English start page).
QUERY_BOUND = 10


def adressen(konzept, nummer: str) -> list[str]:
    return [
        "/api/v2/",
        "/api/v2/pages/",
        "/api/v2/pages/?typ=handlungsfelder.HandlungsfeldPage",
        f"/api/v2/pages/{konzept.wlan.pk}/",
        "/api/v2/massnahmen/",
        f"/api/v2/massnahmen/?schule={konzept.schulen[0].slug}&sortierung=-status",
        f"/api/v2/massnahmen/?version={nummer}",
        "/api/v2/schulen/",
        "/api/v2/versionen/",
        "/api/v2/veroeffentlichungen/",
        "/api/v2/veroeffentlichungen/?handlungsfeld=wlan",
        "/en/api/v2/massnahmen/",
        f"/en/api/v2/pages/{konzept.wlan.pk}/",
        "/umsetzung/massnahmen.csv?status=geplant",
        "/umsetzung/massnahmen.xlsx",
    ]


def zaehlen(client, konzept, nummer: str) -> dict[str, int]:
    return {url: count_queries(client, url) for url in adressen(konzept, nummer)}


def test_queries_stay_the_same_as_the_concept_grows(client, szene):  # noqa: F811
    wlan_mit(szene, bloecke=10)
    version(szene, "klein")
    klein = zaehlen(client, szene, "klein")
    assert max(n - url.startswith("/en/") for url, n in klein.items()) <= QUERY_BOUND, klein

    for i in range(15):
        szene.add_handlungsfeld(title=f"Feld {i}", slug=f"feld-{i}")
    wlan_mit(szene, bloecke=120)
    for _ in range(5):
        wlan_mit(szene, bloecke=120)
    for i in range(3):
        version(szene, f"2.{i}")
    version(szene, "gross")
    gross = zaehlen(client, szene, "gross")
    assert Veroeffentlichung.objects.filter(page_id=szene.wlan.pk).count() > 5
    assert list(gross.values()) == list(klein.values()), (klein, gross)
