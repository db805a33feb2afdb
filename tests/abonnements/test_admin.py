"""The Redaktion sees how many follow what, in the settings menu; never the addresses; others see nothing."""

from django.urls import reverse
from django.utils import timezone

from handlungsfelder.freigabe.rollen import REDAKTION, SYSTEMBETREUER
from handlungsfelder.models import Abonnement

from ..freigabe.helpers import member

URL = reverse("handlungsfelder_abonnements")


def test_the_redaktion_sees_the_number_of_subscribers_per_subject_but_no_address(client, konzept):
    jetzt = timezone.now()
    Abonnement.objects.create(email="a@example.org", sprache="de", bestaetigt_am=jetzt)
    Abonnement.objects.create(email="b@example.org", sprache="de", bestaetigt_am=jetzt)
    Abonnement.objects.create(email="a@example.org", sprache="de", umfang="handlungsfeld", handlungsfeld=konzept.wlan)
    client.force_login(member("redaktion", REDAKTION))
    response = client.get(URL)
    assert response.status_code == 200
    text = response.content.decode()
    assert "2 Adressen haben mindestens ein bestätigtes Abonnement" in text
    assert "WLAN" in text
    assert "@example.org" not in text
    assert URL in client.get(reverse("wagtailadmin_home")).content.decode()


def test_a_systembetreuer_neither_sees_the_menu_entry_nor_opens_the_view(client, konzept):
    client.force_login(member("systembetreuer", SYSTEMBETREUER))
    assert client.get(URL).status_code in (302, 403)
    assert URL not in client.get(reverse("wagtailadmin_home")).content.decode()
