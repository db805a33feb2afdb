"""A concept moves to another installation as a package: exported from the admin, read into an empty installation
by the management command there, exported again: same pages, blocks, reference data and documents."""

import io
import json
import zipfile
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse

from wagtail.models import Page, PageViewRestriction

import pytest

from handlungsfelder.austausch.paket import INHALT
from handlungsfelder.freigabe.rollen import REDAKTION, SYSTEMBETREUER
from handlungsfelder.models import HandlungsfeldPage, KonzeptStartPage, Schule

from ..factories import HandlungsfeldPageFactory, document, publish
from ..freigabe.helpers import member
from ..prozess import run_manage
from .helpers import content_of, files_of, json_of

DEMO_PASSWORD = "demo-passwort-fuer-tests"


def export_url(start_page, **query) -> str:
    url = reverse("handlungsfelder_paket_exportieren", args=[start_page.pk])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def package(**inhalt) -> io.BytesIO:
    datei = io.BytesIO()
    with zipfile.ZipFile(datei, "w") as archiv:
        archiv.writestr(INHALT, json.dumps(inhalt))
    datei.seek(0)
    datei.name = "paket.zip"
    return datei


@pytest.fixture
def redaktion(db):
    return member("redaktion", REDAKTION)


@pytest.fixture
def admin_user(db):
    return get_user_model().objects.create_superuser("admin", "admin@lra.example", "pw")


@pytest.mark.django_db
@override_settings(DEMO_PASSWORD=DEMO_PASSWORD)
def test_the_demo_concept_round_trips_through_an_empty_installation(client, redaktion, tmp_path):
    call_command("load_demo", stdout=StringIO())
    netzwerk = HandlungsfeldPage.objects.get(slug="netzwerk", locale__language_code="de")
    vertrag = document("Rahmenvertrag Netzwerk")
    netzwerk.allgemeines.append(("dokument", {"dokument": vertrag, "titel": "", "beschreibung": "Stand 2024"}))
    netzwerk.allgemeines.append(("paragraph", f'<p>Siehe <a linktype="document" id="{vertrag.pk}">Vertrag</a>.</p>'))
    publish(netzwerk)
    start_page = KonzeptStartPage.objects.get(locale__language_code="de")

    client.force_login(redaktion)
    response = client.get(export_url(start_page, stand="aktuell"))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="it-konzept-')
    exportiert = response.content
    (tmp_path / "paket.zip").write_bytes(exportiert)

    leer = f"sqlite:///{tmp_path / 'leer.sqlite3'}"
    media = str(tmp_path / "media")
    for befehl in (
        ("migrate", "-v0"),
        ("konzept_einlesen", str(tmp_path / "paket.zip"), "--veroeffentlichen"),
        ("konzept_exportieren", str(tmp_path / "wieder.zip")),
    ):
        ergebnis = run_manage(*befehl, DATABASE_URL=leer, MEDIA_ROOT=media)
        assert ergebnis.returncode == 0, ergebnis.stderr[-2000:]
    wieder = (tmp_path / "wieder.zip").read_bytes()

    daten = json_of(exportiert)
    assert (
        len(daten["seiten"])
        == Page.objects.live()
        .descendant_of(start_page, inclusive=True)
        .filter(content_type__app_label="handlungsfelder")
        .count()
    )
    assert daten["quelle"]["version"] == start_page.version
    assert content_of(wieder) == content_of(exportiert)
    assert files_of(wieder) == {"Rahmenvertrag Netzwerk": b"%PDF-1.4 demo"}
    netzwerk_wieder = next(s for s in json_of(wieder)["seiten"] if s["felder"]["slug"] == "netzwerk")
    assert any(b["type"] == "dokument" for b in netzwerk_wieder["felder"]["allgemeines"])
    assert any('linktype="document"' in str(b["value"]) for b in netzwerk_wieder["felder"]["allgemeines"])


def test_the_package_holds_only_what_the_public_reads(client, redaktion, konzept):
    konzept.wlan.summary = "GEHEIMER-ENTWURF"
    konzept.wlan.save_revision()
    privat = publish(HandlungsfeldPageFactory(parent=konzept.index, title="Intern", slug="intern", summary="GESCHÜTZT"))
    PageViewRestriction.objects.create(page=privat, restriction_type=PageViewRestriction.LOGIN)
    client.force_login(redaktion)
    paket = client.get(export_url(konzept.start, stand="aktuell")).content
    text = json.dumps(json_of(paket), ensure_ascii=False)
    assert "GEHEIMER-ENTWURF" not in text and "GESCHÜTZT" not in text
    assert "Flächendeckendes WLAN in allen Unterrichtsräumen." in text


def test_an_adopted_version_exports_the_text_it_froze(client, redaktion, konzept):
    from handlungsfelder.models import Konzeptversion

    version = Konzeptversion.objects.create(
        konzept=konzept.start, nummer="2.0", beschlossen_am="2024-03-04", in_kraft_ab="2024-04-01"
    )
    konzept.wlan.summary = "Nach dem Beschluss geändert."
    publish(konzept.wlan)
    client.force_login(redaktion)
    auswahl = client.get(export_url(konzept.start))
    assert "Version 2.0, beschlossen am 04.03.2024" in auswahl.content.decode()
    daten = json_of(client.get(export_url(konzept.start, version=version.pk)).content)
    wlan = next(s for s in daten["seiten"] if s["felder"]["slug"] == "wlan")
    assert wlan["felder"]["summary"] == "Flächendeckendes WLAN in allen Unterrichtsräumen."
    assert daten["quelle"]["version"] == "2.0"
    assert client.get(export_url(konzept.start, version=9999)).status_code == 404
    assert client.get(export_url(konzept.start, version="x")).status_code == 400


def test_a_package_is_read_in_as_drafts_with_every_reference_pointing_at_the_new_objects(client, admin_user, konzept):
    client.force_login(admin_user)
    paket = client.get(export_url(konzept.start, stand="aktuell")).content
    konzept.start.delete()
    Schule.objects.all().delete()

    datei = io.BytesIO(paket)
    datei.name = "paket.zip"
    response = client.post(reverse("handlungsfelder_paket_importieren"), {"paket": datei}, follow=True)
    assert response.status_code == 200
    assert "eingelesen" in response.content.decode()

    start = KonzeptStartPage.objects.get()
    wlan = HandlungsfeldPage.objects.get(slug="wlan")
    assert not start.live and not wlan.live
    entwurf = wlan.get_latest_revision_as_object()
    assert entwurf.summary == "Flächendeckendes WLAN in allen Unterrichtsräumen."
    massnahme = next(b.value for b in entwurf.umsetzungsplan if b.block_type == "massnahme")
    assert {s.kurzname for s in massnahme["schulen"]} == {"Gymnasium Weilheim", "Realschule Penzberg"}
    assert set(Schule.objects.values_list("pk", flat=True)) == {s.pk for s in massnahme["schulen"]}
    verweis = next(b.value for b in entwurf.allgemeines if b.block_type == "handlungsfeld_verweis")
    assert verweis["seite"].specific.slug == "netzwerk" and verweis["seite"].get_parent().get_parent().pk == start.pk
    assert client.get("/handlungsfelder/wlan/").status_code == 404


@pytest.mark.parametrize(
    ("datei", "meldung"),
    [
        (io.BytesIO(b"kein zip"), "kein IT-Konzept-Paket: erwartet wird ein ZIP-Archiv"),
        (package(format="etwas-anderes", schema=1), "Angabe „format“ fehlt oder ist falsch"),
        (package(format="it-konzept-paket", schema=2), "Schema 2, diese Installation liest nur Schemas bis 1"),
        (package(format="it-konzept-paket", schema="1"), "kein gültiges Schema"),
        (
            package(
                format="it-konzept-paket", schema=1, seiten=[{"id": 1, "eltern": None, "typ": "x.y", "felder": {}}]
            ),
            "Den Seitentyp „x.y“ gibt es hier nicht",
        ),
    ],
)
def test_a_package_this_installation_cannot_read_gets_a_clear_answer_and_changes_nothing(
    client, admin_user, konzept, datei, meldung
):
    datei.name = "paket.zip"
    seiten = Page.objects.count()
    client.force_login(admin_user)
    response = client.post(reverse("handlungsfelder_paket_importieren"), {"paket": datei})
    assert response.status_code == 400
    assert meldung in response.content.decode()
    assert Page.objects.count() == seiten


def test_reading_a_concept_in_twice_names_the_address_already_taken(client, admin_user, konzept):
    client.force_login(admin_user)
    datei = io.BytesIO(client.get(export_url(konzept.start, stand="aktuell")).content)
    datei.name = "paket.zip"
    seiten = Page.objects.count()
    response = client.post(reverse("handlungsfelder_paket_importieren"), {"paket": datei})
    assert response.status_code == 400
    assert "gibt es schon eine Seite mit der Kurzadresse" in response.content.decode()
    assert Page.objects.count() == seiten


def test_only_publishers_export_and_only_who_may_add_at_the_root_imports(client, konzept):
    client.force_login(member("systembetreuer", SYSTEMBETREUER))
    for url in (export_url(konzept.start, stand="aktuell"), reverse("handlungsfelder_paket_importieren")):
        response = client.get(url, follow=True)
        assert response.redirect_chain[-1][0] == "/admin/", url
        assert "Sie haben leider keinen Zugang zu diesem Bereich." in response.content.decode()
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[konzept.start.pk])).content.decode()
    assert "Als Paket exportieren" not in edit
    client.force_login(member("redaktion", REDAKTION))
    assert client.get(export_url(konzept.start, stand="aktuell")).status_code == 200
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[konzept.start.pk])).content.decode()
    assert "Als Paket exportieren" in edit


def test_the_command_names_a_missing_file(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="fehlt.zip"):
        call_command("konzept_einlesen", "/tmp/fehlt.zip")
