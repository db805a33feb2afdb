"""The form and the links under bad input and abuse: clear 4xx answers, no 500, nothing that tells who subscribed."""

import datetime

from django.core import mail, signing
from django.test import Client
from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from handlungsfelder.abonnements import tokens
from handlungsfelder.abonnements.zusammenfassung import abgelaufene_loeschen
from handlungsfelder.models import Abonnement

from ..client import count_queries, soup
from .helpers import link_containing, subscribe


def confirmed(client, email: str, auswahl: str = "konzept") -> None:
    subscribe(client, email, auswahl)
    client.get(link_containing(mail.outbox[-1], "/bestaetigen/"))
    mail.outbox.clear()


def test_a_handlungsfeld_page_and_a_school_page_link_to_the_form_with_their_subject_chosen(client, konzept):
    link = soup(client, "/handlungsfelder/wlan/").find("a", href="/abonnieren/?handlungsfeld=wlan")
    assert link is not None
    schule = konzept.schulen[0]
    assert soup(client, f"/schulen/{schule.slug}/").find("a", href=f"/abonnieren/?schule={schule.slug}")
    page = soup(client, "/abonnieren/?handlungsfeld=wlan")
    assert page.find("option", selected=True)["value"] == f"handlungsfeld-{konzept.wlan.pk}"
    assert soup(client, "/en/abonnieren/").find("html")["lang"] == "en"


def test_every_field_has_a_label_and_errors_are_linked_to_their_field(client, konzept):
    page = soup(client, "/abonnieren/")
    for name in ("email", "auswahl"):
        field = page.find(attrs={"name": name})
        assert page.find("label", attrs={"for": field["id"]})
    response = client.post("/abonnieren/", {"email": "keine-adresse", "auswahl": "schule-999999"})
    assert response.status_code == 400
    page = BeautifulSoup(response.content, "html.parser")
    for name in ("email", "auswahl"):
        field = page.find(attrs={"name": name})
        assert field["aria-invalid"] == "true"
        assert page.find(id=field["aria-describedby"]).get_text(strip=True)
    assert page.find(role="alert").find("a", href="#id_email")
    assert mail.outbox == []


def test_the_form_page_is_never_kept_by_the_page_cache(client, konzept, settings):
    settings.SEITENCACHE = True
    first = client.get("/abonnieren/")
    assert "csrfmiddlewaretoken" in first.content.decode()
    assert "no-store" in first["Cache-Control"]
    client.cookies.clear()
    assert client.get("/abonnieren/").content != first.content


def test_posting_without_the_csrf_token_is_refused(konzept):
    client = Client(enforce_csrf_checks=True)
    assert client.post("/abonnieren/", {"email": "a@example.org", "auswahl": "konzept"}).status_code == 403
    assert not Abonnement.objects.exists()


def test_the_answer_is_the_same_whether_or_not_the_address_is_subscribed(client, konzept):
    confirmed(client, "bekannt@example.org")
    known = subscribe(client, "bekannt@example.org")
    unknown = subscribe(client, "neu@example.org")
    assert known.status_code == unknown.status_code == 200
    text = soup_text(known).replace("bekannt@example.org", "X")
    assert text == soup_text(unknown).replace("neu@example.org", "X")
    # The subscribed address gets no second confirmation; the new one gets its own.
    assert [m.to for m in mail.outbox] == [["neu@example.org"]]
    assert Abonnement.objects.filter(email="bekannt@example.org").count() == 1


def soup_text(response) -> str:
    return BeautifulSoup(response.content, "html.parser").find("main").get_text(" ", strip=True)


def test_confirmation_mails_per_address_are_limited_per_day(client, konzept, settings):
    settings.HANDLUNGSFELDER_ABONNEMENT_MAILS_PRO_TAG = 2
    assert subscribe(client, "opfer@example.org").status_code == 200
    assert subscribe(client, "Opfer@example.org", f"handlungsfeld-{konzept.wlan.pk}").status_code == 200
    response = subscribe(client, "opfer@example.org", f"handlungsfeld-{konzept.netzwerk.pk}")
    assert response.status_code == 429
    assert "morgen" in response.content.decode()
    assert len(mail.outbox) == 2
    # Another address is not affected.
    assert subscribe(client, "andere@example.org").status_code == 200


@pytest.mark.parametrize("token", ["kaputt", "a" * 300, "eyJpZHMiOlsxXX0:1abc:def", "%00", "..."])
def test_a_bad_link_is_a_400_with_a_way_back_never_a_500(client, konzept, token):
    for kind in ("bestaetigen", "abmelden"):
        response = client.get(f"/abonnieren/{kind}/{token}/")
        assert response.status_code in (400, 404)
    response = client.get("/abonnieren/bestaetigen/kaputt/")
    assert "ungültig" in response.content.decode()


def test_a_confirmation_link_expires_after_seven_days_and_the_entry_is_deleted(client, konzept, monkeypatch):
    subscribe(client, "spaet@example.org")
    link = link_containing(mail.outbox[0], "/bestaetigen/")
    later = timezone.now() + tokens.BESTAETIGUNG_GUELTIG + datetime.timedelta(minutes=1)
    monkeypatch.setattr(signing.time, "time", lambda: later.timestamp())
    response = client.get(link)
    assert response.status_code == 400
    assert Abonnement.objects.get().bestaetigt_am is None
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert abgelaufene_loeschen() == 1
    assert not Abonnement.objects.exists()


def test_a_link_works_only_for_the_address_it_was_sent_to(client, konzept):
    subscribe(client, "a@example.org")
    abonnement = Abonnement.objects.get()
    abonnement.email = "b@example.org"
    abonnement.save()
    assert client.get(link_containing(mail.outbox[0], "/bestaetigen/")).status_code == 400


def test_a_link_checkers_head_request_neither_confirms_nor_unsubscribes(client, konzept):
    subscribe(client, "pruefer@example.org")
    assert client.head(link_containing(mail.outbox[0], "/bestaetigen/")).status_code == 405
    assert Abonnement.objects.get().bestaetigt_am is None
    assert client.head(link_containing(mail.outbox[0], "/abmelden/")).status_code == 405
    assert Abonnement.objects.exists()


def test_mail_programs_unsubscribe_with_a_post_to_the_list_unsubscribe_address(client, konzept):
    confirmed(client, "post@example.org")
    (abonnement,) = Abonnement.objects.all()
    mail_programm = Client(enforce_csrf_checks=True)
    url = tokens.abmelden_token([abonnement])
    response = mail_programm.post(f"/abonnieren/abmelden/{url}/", {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not Abonnement.objects.exists()


def test_each_new_entry_queues_its_own_deletion_for_when_its_link_ends(client, konzept):
    from django_tasks_db.models import DBTaskResult

    subscribe(client, "spaeter@example.org")
    (aufraeumen,) = DBTaskResult.objects.filter(task_path__endswith=".abgelaufene", status="READY")
    assert aufraeumen.run_after > timezone.now() + tokens.BESTAETIGUNG_GUELTIG


def test_the_form_costs_the_same_few_queries_however_many_handlungsfelder_there_are(client, konzept):
    before = count_queries(client, "/abonnieren/")
    for number in range(5):
        konzept.add_handlungsfeld(title=f"Feld {number}", slug=f"feld-{number}")
    assert count_queries(client, "/abonnieren/") == before <= 10
