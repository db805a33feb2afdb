"""English translations through wagtail-localize: served under /en/, kept in sync, falling back, approved."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail_localize.models import Translation, TranslationSource

import polib
import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from handlungsfelder.freigabe.rollen import ARBEITSGRUPPE, REDAKTION, SYSTEMBETREUER, UEBERSETZUNG
from handlungsfelder.sprachen.uebersetzung import uebersetzen

from ..client import soup
from ..factories import publish
from ..freigabe.helpers import member
from ..pdf.worker import pdf_worker

VERALTET = "This translation may be out of date"
NICHT_UEBERSETZT = "has not been translated into English yet"


def test_translated_page_is_served_under_en_in_english(client, englisches_konzept):
    seite = soup(client, "/en/handlungsfelder/netzwerk/")
    assert seite.html["lang"] == "en"
    assert seite.find("h1").get_text(strip=True) == "Network"
    assert "Starting point, goals and measures." in seite.get_text()
    assert VERALTET not in seite.get_text()
    assert seite.find("a", href="/en/handlungsfelder/", string="Fields of action")


def test_every_page_links_its_language_versions_with_hreflang(client, englisches_konzept):
    seite = soup(client, "/handlungsfelder/netzwerk/")
    assert seite.html["lang"] == "de"
    alternates = {link["hreflang"]: link["href"] for link in seite.find_all("link", rel="alternate", hreflang=True)}
    assert alternates == {
        "de": "http://testserver/handlungsfelder/netzwerk/",
        "x-default": "http://testserver/handlungsfelder/netzwerk/",
        "en": "http://testserver/en/handlungsfelder/netzwerk/",
    }
    switcher = seite.find("nav", class_="sprachwahl")
    assert switcher.find("a", hreflang="en")["href"] == "/en/handlungsfelder/netzwerk/"
    assert switcher.find("a", hreflang="de")["aria-current"] == "true"
    views = soup(client, "/en/umsetzung/")
    assert views.html["lang"] == "en"
    assert views.find("nav", class_="sprachwahl").find("a", hreflang="de")["href"] == "/umsetzung/"


def test_german_publication_marks_translation_out_of_date_until_synced(
    client, englisches_konzept, englisch, django_capture_on_commit_callbacks
):
    netzwerk = englisches_konzept.netzwerk
    netzwerk.summary = "Neue Ausgangslage."
    publish(netzwerk)
    seite = soup(client, "/en/handlungsfelder/netzwerk/")
    notice = seite.find(class_="sprachhinweis")
    assert VERALTET in notice.get_text()
    assert notice.find("a")["href"] == "/handlungsfelder/netzwerk/"

    redaktion = member("redakteurin", REDAKTION)
    client.force_login(redaktion)
    source = TranslationSource.objects.get_for_instance(netzwerk)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]), {"publish_translations": "on"}
        )
    assert response.status_code == 302
    client.logout()
    seite = soup(client, "/en/handlungsfelder/netzwerk/")
    assert VERALTET not in seite.get_text()
    assert "Neue Ausgangslage." in seite.get_text()  # the new German sentence until a translator translates it


def test_untranslated_page_under_en_falls_back_to_the_german_original_with_a_notice(client, englisches_konzept):
    seite = soup(client, "/en/handlungsfelder/wlan/")
    notice = seite.find(class_="sprachhinweis")
    assert NICHT_UEBERSETZT in notice.get_text()
    assert notice.find("a")["href"] == "/handlungsfelder/wlan/"
    assert seite.find("h1").get_text(strip=True) == "WLAN"
    assert seite.find("h1").find_parent(lang="de") is not None
    assert seite.find("meta", attrs={"name": "robots", "content": "noindex"})
    assert "hreflang" not in str(seite.find("link", rel="alternate", hreflang="en"))


def test_whole_concept_falls_back_when_nothing_is_translated(client, konzept):
    seite = soup(client, "/en/handlungsfelder/netzwerk/")
    assert seite.html["lang"] == "en"
    assert NICHT_UEBERSETZT in seite.find(class_="sprachhinweis").get_text()


def test_draft_translation_is_not_public(client, englisches_konzept, englisch):
    uebersetzen(englisches_konzept.wlan, englisch, {"WLAN": "Wireless network"}, publish=False)
    seite = soup(client, "/en/handlungsfelder/wlan/")
    assert "Wireless network" not in seite.get_text()
    assert NICHT_UEBERSETZT in seite.get_text()
    assert "Wireless network" not in soup(client, "/en/").get_text()


def test_po_download_and_upload_in_the_admin_round_trip_a_string(client, englisches_konzept, englisch):
    source = TranslationSource.objects.get_for_instance(englisches_konzept.netzwerk)
    translation = Translation.objects.get(source=source, target_locale=englisch)
    client.force_login(member("translator", UEBERSETZUNG))
    download = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert download.status_code == 200
    po = polib.pofile(download.content.decode())
    entry = next(entry for entry in po if entry.msgid == "Netzwerk")
    assert entry.msgstr == "Network"
    entry.msgstr = "Networking"
    upload = SimpleUploadedFile("netzwerk-en.po", str(po).encode(), content_type="text/x-gettext-translation")
    response = client.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload})
    assert response.status_code == 302
    assert polib.pofile(str(translation.export_po())).find("Netzwerk").msgstr == "Networking"
    client.logout()
    assert soup(client, "/en/handlungsfelder/netzwerk/").find("h1").get_text(strip=True) == "Network"


def test_translator_cannot_publish_from_the_translation_editor(client, englisches_konzept, englisch):
    uebersetzen(englisches_konzept.wlan, englisch, {"WLAN": "Wireless network"}, publish=False)
    english = englisches_konzept.wlan.get_translation(englisch)
    client.force_login(member("translator", UEBERSETZUNG))
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[english.pk]))
    assert editor.status_code == 200
    response = client.post(reverse("wagtailadmin_pages:edit", args=[english.pk]), {"action": "publish"})
    assert (response.status_code, response.get("Location")) == (302, "/admin/")  # Wagtail's "permission denied"
    english.refresh_from_db()
    assert not english.live


def test_translator_syncs_into_a_draft_only(client, englisches_konzept, englisch, django_capture_on_commit_callbacks):
    netzwerk = englisches_konzept.netzwerk
    netzwerk.summary = "Neue Ausgangslage."
    publish(netzwerk)
    client.force_login(member("translator", UEBERSETZUNG))
    source = TranslationSource.objects.get_for_instance(netzwerk)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    sync_form = BeautifulSoup(client.get(url).content, "html.parser")
    assert not sync_form.find("input", attrs={"name": "publish_translations"})
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"publish_translations": "on"})
    assert response.status_code == 302
    english = netzwerk.get_translation(englisch)
    assert english.summary == "Starting point, goals and measures."
    client.logout()
    assert VERALTET in soup(client, "/en/handlungsfelder/netzwerk/").get_text()


def test_english_search_finds_english_text_only(client, englisches_konzept):
    def treffer(url: str) -> list[str]:
        return [link["href"] for link in soup(client, url).select(".suchergebnis h2 a, .suchergebnis h3 a")]

    assert treffer("/en/suche/?q=Network") == ["/en/handlungsfelder/netzwerk/"]
    assert treffer("/suche/?q=Network") == []
    assert treffer("/en/suche/?q=Netzwerk") == []
    assert treffer("/suche/?q=Netzwerk") == ["/handlungsfelder/netzwerk/"]


def test_english_pdf_is_the_translated_concept(client, englisches_konzept):
    def text(url: str) -> str:
        response = client.get(url)
        assert response.status_code == 200
        reader = PdfReader(io.BytesIO(response.content))
        return " ".join(" ".join(page.extract_text() for page in reader.pages[:2]).split())

    client.get("/en/konzept.pdf"), client.get("/konzept.pdf")  # before the first build: queued
    pdf_worker()
    english = text("/en/konzept.pdf")
    assert "IT concept for the schools" in english and "Network" in english
    assert "Netzwerk" not in english
    assert "IT-Konzept für die Schulen" in text("/konzept.pdf")


def test_admin_shows_translators_what_changed_in_the_original_since_the_sync(client, englisches_konzept, englisch):
    netzwerk = englisches_konzept.netzwerk
    english = netzwerk.get_translation(englisch)
    synced_revision = netzwerk.live_revision_id
    client.force_login(member("translator", UEBERSETZUNG))
    explorer = reverse("wagtailadmin_explore", args=[english.pk])
    assert "revisions/compare" not in client.get(explorer).content.decode()
    netzwerk.summary = "Neue Ausgangslage."
    publish(netzwerk)
    netzwerk.refresh_from_db()
    revisions = [netzwerk.pk, synced_revision, netzwerk.live_revision_id]
    compare = reverse("wagtailadmin_pages:revisions_compare", args=revisions)
    assert compare in client.get(explorer).content.decode()
    assert "Ausgangslage" in client.get(compare).content.decode()


@pytest.mark.parametrize(
    ("group", "allowed"), [(SYSTEMBETREUER, False), (ARBEITSGRUPPE, False), (REDAKTION, True), (UEBERSETZUNG, True)]
)
def test_only_redaktion_and_translators_submit_pages_for_translation(client, konzept, group, allowed):
    client.force_login(member("person", group))
    response = client.get(reverse("wagtail_localize:submit_page_translation", args=[konzept.wlan.pk]))
    assert (response.status_code == 200) is allowed


def test_parents_created_as_aliases_for_a_translated_page_count_as_untranslated(client, konzept, englisch):
    uebersetzen(konzept.netzwerk, englisch, {"Netzwerk": "Network"})
    assert konzept.index.get_translation(englisch).alias_of_id == konzept.index.pk
    index = soup(client, "/en/handlungsfelder/")
    assert NICHT_UEBERSETZT in index.find(class_="sprachhinweis").get_text()
    assert index.find("link", rel="alternate", hreflang="en") is None
    assert soup(client, "/en/handlungsfelder/netzwerk/").find("h1").get_text(strip=True) == "Network"
