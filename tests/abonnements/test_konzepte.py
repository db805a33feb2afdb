"""Two concepts in one installation: each site's subscribers hear of their concept's publications only, and each
Redaktion counts only its own subscribers."""

from django.core import mail
from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from handlungsfelder.models import Abonnement

from ..conftest import HOST
from .helpers import digests, link_containing, publish_paragraph, subscribe

pytestmark = pytest.mark.django_db


def _bestaetigt(client, email: str, host: str) -> None:
    mail.outbox.clear()
    client.defaults["HTTP_HOST"] = host
    subscribe(client, email)
    (bestaetigung,) = mail.outbox
    assert client.get(link_containing(bestaetigung, "/bestaetigen/")).status_code == 200
    mail.outbox.clear()


def test_each_sites_subscribers_hear_only_of_their_concept(client, konzept, gemeinde, committed):
    _bestaetigt(client, "landkreis@example.org", "localhost")
    _bestaetigt(client, "markt@example.org", HOST)
    assert Abonnement.objects.get(email="markt@example.org").konzept == gemeinde.start

    with committed():
        publish_paragraph(gemeinde.wlan, "Die Mittelschule bekommt WLAN.", note="Mittelschule ergänzt")
    (digest,) = digests()
    assert digest.to == ["markt@example.org"]
    assert "Mittelschule ergänzt" in digest.body

    with committed():
        publish_paragraph(konzept.wlan, "Alle Turnhallen bekommen WLAN.", note="Turnhallen ergänzt")
    (digest,) = digests()
    assert digest.to == ["landkreis@example.org"]
    assert "Turnhallen ergänzt" in digest.body


def test_each_redaktion_counts_only_its_own_subscribers(client, konzept, gemeinde, team):
    Abonnement.objects.create(email="a@example.org", sprache="de", konzept=konzept.start)
    Abonnement.objects.create(email="b@example.org", sprache="de", konzept=gemeinde.start)
    Abonnement.objects.create(
        email="c@example.org", sprache="de", konzept=gemeinde.start, umfang="handlungsfeld", handlungsfeld=gemeinde.wlan
    )

    def zeilen(user) -> list[list[str]]:
        client.force_login(user)
        seite = BeautifulSoup(client.get(reverse("handlungsfelder_abonnements")).content, "html.parser")
        return [[zelle.get_text(strip=True) for zelle in zeile.select("td")] for zeile in seite.select("tbody tr")]

    assert zeilen(team["redaktion"]) == [["Das ganze IT-Konzept", "–", "0", "1"]]
    assert zeilen(gemeinde.team["redaktion"]) == [
        ["Das ganze IT-Konzept", "–", "0", "1"],
        ["Ein Handlungsfeld", "WLAN", "0", "1"],
    ]
