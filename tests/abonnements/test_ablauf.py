"""End to end with Django's locmem mail backend: subscribe, confirm, publish, digest with the diff, unsubscribe."""

from django.core import mail

from handlungsfelder.models import Abonnement, HandlungsfeldPage

from ..client import soup
from .helpers import digests, link_containing, publish_paragraph, subscribe


def test_subscribe_confirm_publish_digest_with_diff_link_then_unsubscribe_and_no_more_mail(client, konzept, committed):
    response = subscribe(client, "Eltern@Example.org", f"handlungsfeld-{konzept.wlan.pk}")
    assert response.status_code == 200
    (bestaetigung,) = mail.outbox
    assert bestaetigung.to == ["eltern@example.org"]
    assert "bestätigen" in bestaetigung.subject
    assert bestaetigung.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # Nothing is sent before the confirmation.
    with committed():
        publish_paragraph(konzept.wlan, "Vor der Bestätigung.")
    assert digests() == []

    response = client.get(link_containing(bestaetigung, "/bestaetigen/"))
    assert response.status_code == 200
    assert "Abonnement bestätigt" in response.content.decode()
    abonnement = Abonnement.objects.get()
    assert abonnement.bestaetigt_am is not None

    with committed():
        alt = HandlungsfeldPage.objects.get(pk=konzept.wlan.pk).live_revision_id
        neu = publish_paragraph(konzept.wlan, "Alle Turnhallen bekommen WLAN.", note="Turnhallen ergänzt")
    (digest,) = digests()
    assert digest.to == ["eltern@example.org"]
    assert "WLAN" in digest.body and "Turnhallen ergänzt" in digest.body
    vergleich = link_containing(digest, "/vergleich/")
    assert vergleich == f"/handlungsfelder/wlan/versionen/{alt}/vergleich/{neu.live_revision_id}/"
    assert "Turnhallen" in client.get(vergleich).content.decode()
    assert digest.extra_headers["List-Unsubscribe"].startswith("<http")

    # The worker has told of this one: another run sends nothing.
    assert digests() == []

    abmelden = link_containing(digest, "/abmelden/")
    response = client.get(abmelden)
    assert response.status_code == 200
    assert not Abonnement.objects.exists()
    with committed():
        publish_paragraph(konzept.wlan, "Nach der Abmeldung.")
    assert digests() == []
    # The link again: still a friendly answer.
    assert client.get(abmelden).status_code == 200


def test_several_publications_in_short_order_make_one_digest(client, konzept, committed, settings):
    subscribe(client, "rat@example.org")
    client.get(link_containing(mail.outbox[0], "/bestaetigen/"))
    with committed():
        publish_paragraph(konzept.wlan, "Erste Änderung.", note="Erste")
        publish_paragraph(konzept.netzwerk, "Zweite Änderung.", note="Zweite")
        publish_paragraph(konzept.wlan, "Dritte Änderung.", note="Dritte")
    (digest,) = digests()
    assert digest.body.count("/vergleich/") == 2
    for note in ("Erste", "Zweite", "Dritte"):
        assert note in digest.body
    assert "2 Seiten" in digest.subject


def test_a_publication_that_changes_nothing_visible_sends_no_mail(client, konzept, committed):
    subscribe(client, "rat@example.org")
    client.get(link_containing(mail.outbox[0], "/bestaetigen/"))
    with committed():
        publish_paragraph(konzept.wlan, "Neu.")
    digests()
    with committed():
        publish_paragraph(konzept.wlan, "Neu.")
    assert digests() == []


def test_a_draft_never_reaches_a_digest(client, konzept, committed):
    subscribe(client, "rat@example.org")
    client.get(link_containing(mail.outbox[0], "/bestaetigen/"))
    with committed():
        publish_paragraph(konzept.wlan, "Öffentlicher Satz.", note="Öffentlich")
        page = HandlungsfeldPage.objects.get(pk=konzept.wlan.pk)
        page.title = "Geheimer Entwurfstitel"
        page.save_revision()
    (digest,) = digests()
    assert "Öffentlich" in digest.body
    assert "Geheimer" not in digest.body


def test_a_school_subscription_hears_of_handlungsfelder_whose_massnahmen_concern_the_school(client, konzept, committed):
    schule = konzept.schulen[0]
    subscribe(client, "schule@example.org", f"schule-{schule.pk}")
    client.get(link_containing(mail.outbox[0], "/bestaetigen/"))
    with committed():
        publish_paragraph(konzept.netzwerk, "Netzwerk ohne Maßnahmen.")
    assert digests() == []
    with committed():
        publish_paragraph(konzept.wlan, "WLAN betrifft alle Schulen.")
    (digest,) = digests()
    assert "WLAN" in digest.body and "Netzwerk" not in digest.body


def test_english_subscribers_get_english_mails_and_links(client, konzept, committed):
    response = subscribe(client, "parent@example.org", prefix="/en")
    assert response.status_code == 200
    (bestaetigung,) = mail.outbox
    assert "confirm" in bestaetigung.subject.lower()
    confirm = link_containing(bestaetigung, "/bestaetigen/")
    assert confirm.startswith("/en/")
    assert "confirmed" in client.get(confirm).content.decode().lower()
    assert Abonnement.objects.get().sprache == "en"


def test_an_english_digest_lists_the_english_pages_publications_with_english_links(client, konzept, committed):
    from wagtail.models import Locale

    from handlungsfelder.sprachen.uebersetzung import uebersetzen

    englisch = Locale.objects.get(language_code="en")
    uebersetzen(konzept.start, englisch, {"IT-Konzept für die Schulen": "IT concept for the schools"})
    uebersetzen(konzept.index, englisch, {"Handlungsfelder": "Fields of action"})
    uebersetzen(konzept.netzwerk, englisch, {"Netzwerk": "Network"})
    network = HandlungsfeldPage.objects.get(translation_key=konzept.netzwerk.translation_key, locale=englisch)
    subscribe(client, "parent@example.org", f"handlungsfeld-{network.pk}", prefix="/en")
    client.get(link_containing(mail.outbox[0], "/bestaetigen/"))
    subscribe(client, "eltern@example.org", f"handlungsfeld-{konzept.netzwerk.pk}")
    client.get(link_containing(mail.outbox[-1], "/bestaetigen/"))
    with committed():
        publish_paragraph(network, "Every school gets fibre.", note="Fibre added")
    (digest,) = digests()
    assert digest.to == ["parent@example.org"]
    assert "since our last message" in digest.body and "Network" in digest.body
    assert link_containing(digest, "/vergleich/").startswith("/en/handlungsfelder/")
    assert link_containing(digest, "/abmelden/").startswith("/en/abonnieren/")

    # WLAN has no English page: the English form offers the German one, and its German publications are mailed.
    option = soup(client, "/en/abonnieren/").find("option", value=f"handlungsfeld-{konzept.wlan.pk}")
    assert option.get_text() == "WLAN (in German)"
    subscribe(client, "parent@example.org", f"handlungsfeld-{konzept.wlan.pk}", prefix="/en")
    client.get(link_containing(mail.outbox[-1], "/bestaetigen/"))
    with committed():
        publish_paragraph(konzept.wlan, "Turnhallen bekommen WLAN.", note="Turnhallen")
    (digest,) = digests()
    assert digest.to == ["parent@example.org"] and "since our last message" in digest.body
    assert link_containing(digest, "/vergleich/").startswith("/handlungsfelder/wlan/")


def test_a_publication_of_a_page_the_public_may_not_see_is_not_mailed(client, konzept, committed):
    from wagtail.models import PageViewRestriction

    subscribe(client, "rat@example.org")
    client.get(link_containing(mail.outbox[0], "/bestaetigen/"))
    PageViewRestriction.objects.create(page=konzept.netzwerk, restriction_type="password", password="geheim")
    with committed():
        publish_paragraph(konzept.netzwerk, "Nur für Angemeldete.", note="Intern")
    assert digests() == []
    with committed():
        publish_paragraph(konzept.wlan, "Öffentlich.", note="Öffentlich")
    (digest,) = digests()
    assert "Intern" not in digest.body and "Netzwerk" not in digest.body


def test_a_digest_the_mail_server_refused_goes_out_with_the_next_run(client, konzept, committed):
    from smtplib import SMTPException
    from unittest import mock

    from handlungsfelder.abonnements.zusammenfassung import zusammenfassungen_senden

    subscribe(client, "rat@example.org")
    client.get(link_containing(mail.outbox[0], "/bestaetigen/"))
    with committed():
        publish_paragraph(konzept.wlan, "Neu.", note="Erster Versuch")
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=SMTPException("nicht erreichbar")):
        assert digests() == []
    mail.outbox.clear()
    assert zusammenfassungen_senden() == 1
    assert "Erster Versuch" in mail.outbox[0].body
