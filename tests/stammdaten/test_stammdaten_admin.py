"""The admin menu "Stammdaten": the Redaktion manages the reference data, the other roles read and choose it."""

from django.urls import reverse

import pytest

from handlungsfelder.freigabe.rollen import ARBEITSGRUPPE, REDAKTION, SYSTEMBETREUER
from handlungsfelder.models import Schule

from ..client import soup
from ..freigabe.helpers import member


def neue_schule(region) -> dict:
    return {
        "name": "Staatliche Mittelschule Peiting",
        "kurzname": "Mittelschule Peiting",
        "slug": "mittelschule-peiting",
        "schulart": "mittelschule",
        "ort": "Peiting",
        "region": region.pk,
        "website": "",
    }


@pytest.mark.parametrize(("role", "verwaltet"), [(SYSTEMBETREUER, False), (ARBEITSGRUPPE, False), (REDAKTION, True)])
def test_only_the_redaktion_adds_a_school_the_others_see_the_list(client, konzept, role, verwaltet):
    client.force_login(member(f"nutzer-{role.lower()}", role))
    liste = client.get(reverse("wagtailsnippets_handlungsfelder_schule:list"))
    assert liste.status_code == 200
    assert "Staatliche Realschule" in liste.content.decode()

    client.post(reverse("wagtailsnippets_handlungsfelder_schule:add"), neue_schule(konzept.schulen[0].region))

    assert Schule.objects.filter(slug="mittelschule-peiting").exists() is verwaltet
    client.logout()
    schulen = soup(client, "/schulen/").get_text()
    assert ("Mittelschule Peiting" in schulen) is verwaltet


def test_the_menu_groups_the_five_kinds_of_reference_data(client, konzept):
    client.force_login(member("redakteurin", REDAKTION))
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    for model in ("schule", "akteur", "dienstleister", "region", "kontakt"):
        assert reverse(f"wagtailsnippets_handlungsfelder_{model}:list") in dashboard
    assert "Stammdaten" in dashboard
