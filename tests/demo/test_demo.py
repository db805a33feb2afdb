"""`manage.py load_demo` builds a realistic concept once, safely again, and every page it makes is public;
broken data files are named and leave nothing behind."""

import re
import shutil
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import TestCase, override_settings

from taggit.models import TaggedItem
from wagtail.models import Page, Revision

import pytest
from bs4 import BeautifulSoup

from demo import daten
from handlungsfelder.models import (
    Akteur,
    BeschlussPage,
    Dienstleister,
    HandlungsfeldPage,
    Konzeptversion,
    Region,
    Schule,
    SitzungPage,
    Veroeffentlichung,
)

from ..client import logged_in

DEMO_PASSWORD = "demo-passwort-fuer-tests"


def load_demo(*args: str) -> str:
    out = StringIO()
    call_command("load_demo", *args, stdout=out)
    return out.getvalue()


def counts() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (Page, Revision, Region, Dienstleister, Schule, Akteur, get_user_model(), TaggedItem)
    }


@override_settings(DEMO_PASSWORD=DEMO_PASSWORD)
class DemoContentTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        with override_settings(DEMO_PASSWORD=DEMO_PASSWORD):
            cls.output = load_demo()

    def test_demo_has_at_least_twelve_handlungsfelder_with_substance_in_all_four_parts(self):
        handlungsfelder = HandlungsfeldPage.objects.live()
        slugs = set(handlungsfelder.values_list("slug", flat=True))
        assert len(slugs) >= 12
        assert {"netzwerk", "wlan", "it-sicherheit", "lizenzmanagement"} <= slugs
        for page in handlungsfelder:
            for part, _label in HandlungsfeldPage.PARTS:
                assert len(getattr(page, part)) >= 2, f"{page.slug}: {part} is thin"
            massnahmen = [b.value for b in page.umsetzungsplan if b.block_type == "massnahme"]
            assert len(massnahmen) >= 3, page.slug
            assert any(m["schulen"] or m["alle_schulen"] for m in massnahmen), page.slug
        statuses = {b.value["status"] for p in handlungsfelder for b in p.umsetzungsplan if b.block_type == "massnahme"}
        assert statuses == {"geplant", "in_umsetzung", "umgesetzt", "zurueckgestellt"}

    def test_demo_has_fifteen_schools_three_regions_each_with_a_provider(self):
        assert Schule.objects.filter(locale__language_code="de").count() == 15
        assert set(Region.objects.values_list("name", flat=True)) == {"Weilheim", "Schongau", "Penzberg"}
        for region in Region.objects.all():
            assert region.dienstleister.count() == 1
            assert region.schulen.exists()

    def test_demo_has_meetings_since_2018_and_the_adoption_of_version_one(self):
        years = {d.year for d in SitzungPage.objects.live().values_list("datum", flat=True)}
        assert SitzungPage.objects.live().count() >= 10
        assert {2018, 2019} <= years and max(years) > 2019
        adoption = BeschlussPage.objects.live().get(datum="2019-08-05")
        assert adoption.konzeptversion == "1.0"
        assert str(adoption.in_kraft_ab) == "2019-09-01"
        assert adoption.get_gremium_display() == "Kreis- und Schulausschuss"

    def test_every_live_page_of_the_demo_answers_200(self):
        pages = Page.objects.live().filter(depth__gt=1).specific()
        assert pages.count() >= 50
        for page in pages:
            response = self.client.get(page.url)
            assert response.status_code == 200, page.url

    def test_demo_handlungsfelder_show_the_four_parts_in_order(self):
        for slug in ("netzwerk", "wlan"):
            response = self.client.get(f"/handlungsfelder/{slug}/")
            headings = [
                re.sub(r"^\d+\.\s*", "", h.get_text(" ", strip=True))
                for h in BeautifulSoup(response.content, "html.parser").select("section.konzept-teil > h2")
            ]
            assert headings == ["Allgemeines/Aktuelles", "Umsetzungsplan", "Betriebsmodell", "Zuständigkeiten"]

    def test_start_page_is_the_site_root_and_links_legal_pages_in_the_footer(self):
        page = BeautifulSoup(self.client.get("/").content, "html.parser")
        assert "Weilheim-Schongau" in page.find("h1").get_text()
        footer_links = [a.get_text() for a in page.select("footer a")]
        assert {"Impressum", "Datenschutzerklärung", "Erklärung zur Barrierefreiheit"} <= set(footer_links)

    def test_loading_again_changes_nothing(self):
        before = counts()
        output = load_demo()
        assert counts() == before
        assert "bereits geladen" in output
        assert "Passwort" not in output

    def test_if_empty_leaves_an_existing_concept_alone(self):
        before = counts()
        assert "nicht geladen" in load_demo("--if-empty")
        assert counts() == before

    def test_demo_accounts_log_in_with_demo_password(self):
        for username in ("admin", "redaktion", "arbeitsgruppe", "systembetreuer"):
            assert logged_in(self.client, username, DEMO_PASSWORD), username
        assert "aus DEMO_PASSWORD" in self.output
        assert DEMO_PASSWORD not in self.output

    def test_demo_has_an_open_proposal_waiting_for_the_arbeitsgruppe_and_not_public(self):
        wlan = HandlungsfeldPage.objects.get(slug="wlan", locale__language_code="de")
        assert wlan.current_workflow_task.name == "Prüfung Arbeitsgruppe"
        assert wlan.current_workflow_state.requested_by.username == "systembetreuer"
        assert "Sporthallen und Aulen" not in self.client.get("/handlungsfelder/wlan/").content.decode()

        assert logged_in(self.client, "arbeitsgruppe", DEMO_PASSWORD)
        dashboard = self.client.get("/admin/").content.decode()
        assert "Wartet auf Ihre Prüfung" in dashboard and "Sporthallen und Aulen ergänzt" in dashboard

    def test_demo_users_are_in_the_product_role_groups(self):
        groups = dict(get_user_model().objects.filter(groups__isnull=False).values_list("username", "groups__name"))
        assert groups == {
            "redaktion": "Redaktion",
            "arbeitsgruppe": "Arbeitsgruppe",
            "systembetreuer": "Systembetreuer",
        }

    def test_demo_has_three_concept_versions_with_several_handlungsfelder_changed_between_them(self):
        versions = list(Konzeptversion.objects.order_by("beschlossen_am").values_list("nummer", flat=True))
        assert versions == ["1.0", "1.1", "2.0"]
        for alt, neu in (("1.0", "1.1"), ("1.1", "2.0")):
            response = self.client.get(f"/versionen/{alt}/vergleich/{neu}/")
            page = BeautifulSoup(response.content, "html.parser")
            changed = page.select("section[aria-labelledby=uebersicht-heading] ul a")
            assert len(changed) >= 3, (alt, neu, [a.get_text() for a in changed])
            assert page.select("ins") and page.select("del")

    def test_english_readers_see_the_same_concept_versions(self):
        listing = BeautifulSoup(self.client.get("/en/versionen/").content, "html.parser")
        assert [a.get_text() for a in listing.select("tbody th a")] == ["Version 2.0", "Version 1.1", "Version 1.0"]
        version = self.client.get("/en/versionen/1.0/")
        assert version.status_code == 200
        assert 'lang="de"' in version.content.decode()

    def test_english_readers_see_all_13_handlungsfelder_71_massnahmen_and_english_tags(self):
        index = BeautifulSoup(self.client.get("/en/handlungsfelder/").content, "html.parser")
        karten = index.select(".card-list .card h2 a")
        assert len(karten) == 13 and len([a for a in karten if a.get("lang") == "de"]) == 10
        assert "Infrastructure" in {a.get_text() for a in index.select("a.tag")}
        umsetzung = BeautifulSoup(self.client.get("/en/umsetzung/").content, "html.parser")
        assert "comprises 71 measures" in umsetzung.select_one("p.summary").get_text()
        assert len(umsetzung.select(".massnahmen-tabelle tbody tr")) == 71

    def test_demo_history_was_built_through_real_revisions_and_the_workflow(self):
        wlan = HandlungsfeldPage.objects.get(slug="wlan", locale__language_code="de")
        published = Veroeffentlichung.objects.filter(page_id=wlan.pk).order_by("veroeffentlicht_am")
        assert published.count() >= 4
        assert len({p.revision_id for p in published}) == published.count()
        assert published.first().veroeffentlicht_am.year == 2019
        assert all(len(p.freigaben) == 2 for p in published[1:])
        version_1_0 = self.client.get("/versionen/1.0/").content.decode()
        assert "Anmeldung mit Zertifikaten" not in version_1_0
        assert "Anmeldung mit Zertifikaten" in self.client.get("/handlungsfelder/wlan/").content.decode()


@override_settings(DEMO_PASSWORD="")
class DemoPasswordTests(TestCase):
    def test_migrations_create_no_accounts(self):
        assert not get_user_model().objects.exists()

    def test_without_demo_password_a_random_one_is_printed_once_and_works(self):
        output = load_demo()
        match = re.search(r"wird nur jetzt angezeigt\): (\S+)", output)
        assert match, output
        assert logged_in(self.client, "redaktion", match.group(1))
        assert "angezeigt" not in load_demo()


class DemoTranslationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        with override_settings(DEMO_PASSWORD=DEMO_PASSWORD):
            load_demo()

    def test_demo_has_the_start_page_and_three_handlungsfelder_in_english_one_out_of_date(self):
        start = BeautifulSoup(self.client.get("/en/").content, "html.parser")
        assert start.html["lang"] == "en"
        assert "IT concept for the schools" in start.find("h1").get_text()
        englisch = daten.uebersetzungen()["en"]
        notices = {}
        for slug in englisch.handlungsfelder:
            page = BeautifulSoup(self.client.get(f"/en/handlungsfelder/{slug}/").content, "html.parser")
            assert (
                page.find("h1").get_text(strip=True)
                == englisch.texte[HandlungsfeldPage.objects.get(slug=slug, locale__language_code="de").title]
            )
            notices[slug] = "may be out of date" in page.get_text()
        assert notices == {slug: slug == englisch.veraltet for slug in englisch.handlungsfelder}


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """A copy of demo/data/ that the loader reads instead, to break one file at a time."""
    copy = tmp_path / "data"
    shutil.copytree(daten.DATEN, copy)
    monkeypatch.setattr(daten, "DATEN", copy)
    return copy


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("datei", "alt", "neu", "meldung"),
    [
        (
            "handlungsfelder/netzwerk.yaml",
            "- heading: Ausgangslage",
            "- ueberschrift: Ausgangslage",
            "unbekannter Blocktyp",
        ),
        (
            "handlungsfelder/wlan.yaml",
            "schulen: [gymnasium-weilheim,",
            "schulen: [gymnasium-atlantis,",
            "'gymnasium-atlantis'",
        ),
        ("handlungsfelder/support.yaml", "status: umgesetzt", "status: erledigt", "erledigt"),
        (
            "handlungsfelder/support.yaml",
            "      verantwortlich: ",
            "      zustaendig: ",
            "unbekannte Felder ['zustaendig']",
        ),
        ("sitzungen.yaml", "rolle: landkreis,", "rolle: landrat,", "unbekannter Schlüssel 'landrat' für Akteur"),
    ],
    ids=[
        "unknown-block-type",
        "unknown-school",
        "invalid-massnahme-status",
        "unknown-massnahme-field",
        "unknown-akteur",
    ],
)
def test_broken_data_file_is_named_and_nothing_is_saved(data_copy, datei, alt, neu, meldung):
    path = data_copy / datei
    text = path.read_text(encoding="utf-8")
    assert alt in text
    path.write_text(text.replace(alt, neu, 1), encoding="utf-8")
    before = counts()

    with pytest.raises(CommandError) as error:
        load_demo()

    message = str(error.value)
    assert message.startswith("Demo-Daten fehlerhaft, nichts wurde gespeichert: ")
    assert datei in message and meldung in message, message
    # Accounts, snippets and the first pages were made before the broken block: all rolled back.
    assert counts() == before
