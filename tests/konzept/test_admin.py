"""The admin speaks German, and an editor can build a whole Handlungsfeld with every block type."""

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest
from bs4 import BeautifulSoup

from handlungsfelder.models import (
    BeschlussIndexPage,
    BeschlussPage,
    HandlungsfeldIndexPage,
    HandlungsfeldPage,
    KonzeptStartPage,
    SitzungIndexPage,
    SitzungPage,
)
from pages.models import ContentPage

from ..factories import (
    AkteurFactory,
    HandlungsfeldIndexPageFactory,
    KonzeptStartPageFactory,
    SchuleFactory,
    document,
    make_site_root,
)


def list_block(values) -> dict:
    """Form data of a ListBlock, the list counterpart to Wagtail's `streamfield` helper."""
    data = {str(i): {"value": value, "deleted": "", "order": str(i)} for i, value in enumerate(values)}
    data["count"] = str(len(values))
    return data


def tabelle():
    leer = {"spalte_3": "", "spalte_4": ""}
    return {
        "beschriftung": "Supportzeiten",
        "spalte_1": "Stufe",
        "spalte_2": "Reaktionszeit",
        **leer,
        "zeilen": list_block([{"spalte_1": "2nd Level", "spalte_2": "4 Stunden", **leer}]),
    }


def handlungsfeld_form(akteur, andere, schule, verweis_ziel, dokument, **massnahme_overrides) -> dict:
    massnahme = {
        "titel": "Glasfaser für alle Standorte",
        "beschreibung": rich_text("<p>Anschluss mit 1 Gbit/s.</p>"),
        "status": "in_umsetzung",
        "zeitraum": "Schuljahr 2021/22",
        "verantwortlich": akteur.pk,
        "alle_schulen": "",
        "schulen": list_block([schule.pk]),
        "kosten": "250000.00",
        **massnahme_overrides,
    }
    common = [
        ("heading", {"text": "Ausgangslage", "level": "h3"}),
        ("paragraph", rich_text("<p>Alle Schulen haben einen Internetanschluss.</p>")),
        ("hinweis", {"art": "info", "titel": "Förderung", "text": rich_text("<p>DigitalPakt Schule.</p>")}),
        ("tabelle", tabelle()),
        ("handlungsfeld_verweis", {"seite": verweis_ziel.pk, "text": "Mehr zum Netzwerk"}),
        ("dokument", {"dokument": dokument.pk, "titel": "Ausbauplan", "beschreibung": ""}),
    ]
    return nested_form_data(
        {
            "title": "Internetanbindung",
            "slug": "internetanbindung",
            "summary": "Breitbandige Anbindung aller Schulen.",
            "tags": "Infrastruktur, Glasfaser",
            "allgemeines": streamfield(common),
            "umsetzungsplan": streamfield([*common[:2], ("massnahme", massnahme)]),
            "betriebsmodell": streamfield(
                [
                    (
                        "support_level",
                        {
                            "stufe": "2",
                            "wer": akteur.pk,
                            "aufgaben": rich_text("<p>Störungen der Leitung melden.</p>"),
                            "erreichbarkeit": "Hotline 0881 123",
                            "servicezeiten": "Mo–Fr 8–16 Uhr",
                        },
                    )
                ]
            ),
            "zustaendigkeiten": streamfield(
                [
                    (
                        "zustaendigkeit",
                        {
                            "aufgabe": "Vertrag mit dem Provider",
                            "verantwortlich": akteur.pk,
                            "unterstuetzt": list_block([andere.pk]),
                            "informiert": list_block([]),
                        },
                    )
                ]
            ),
            "comments": inline_formset([]),
            "aenderungsgrund": "Handlungsfeld Internetanbindung aufgenommen",
        }
    )


class HandlungsfeldAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        from wagtail.models import Page

        start = KonzeptStartPageFactory(parent=Page.get_first_root_node())
        make_site_root(start)
        cls.index = HandlungsfeldIndexPageFactory(parent=start)
        cls.netzwerk = HandlungsfeldPage(title="Netzwerk", slug="netzwerk", summary="Netz.")
        cls.index.add_child(instance=cls.netzwerk)
        cls.akteur = AkteurFactory(name="IT-Abteilung des Landkreises")
        cls.andere = AkteurFactory(name="Systembetreuung der Schule")
        cls.schule = SchuleFactory(kurzname="Gymnasium Penzberg")
        cls.dokument = document("Ausbauplan Glasfaser")

    def setUp(self):
        self.user = get_user_model().objects.create_superuser("redakteurin", "r@example.org", "pw")
        self.client.force_login(self.user)

    def form(self, **massnahme_overrides) -> dict:
        return handlungsfeld_form(
            self.akteur, self.andere, self.schule, self.netzwerk, self.dokument, **massnahme_overrides
        )

    def test_editor_creates_and_publishes_a_handlungsfeld_with_every_block_type(self):
        data = self.form()
        self.assertCanCreate(self.index, HandlungsfeldPage, data)

        page = HandlungsfeldPage.objects.get(slug="internetanbindung")
        assert page.live
        assert [b.block_type for b in page.umsetzungsplan] == ["heading", "paragraph", "massnahme"]
        massnahme = page.umsetzungsplan[2].value
        assert massnahme["status"] == "in_umsetzung"
        assert [s.pk for s in massnahme["schulen"]] == [self.schule.pk]
        assert sorted(page.tags.names()) == ["Glasfaser", "Infrastruktur"]

        public = self.client.get("/handlungsfelder/internetanbindung/")
        text = BeautifulSoup(public.content, "html.parser").find("main").get_text(" ", strip=True)
        assert "Glasfaser für alle Standorte" in text
        assert "Gymnasium Penzberg" in text
        assert "2nd Level: IT-Abteilung des Landkreises" in text
        assert "Ausbauplan" in text and "Mehr zum Netzwerk" in text

    def test_massnahme_for_all_schools_and_single_schools_at_once_is_refused_with_a_message(self):
        data = handlungsfeld_form(
            self.akteur, self.andere, self.schule, self.netzwerk, self.dokument, alle_schulen="on"
        )
        data["action-publish"] = "action-publish"
        url = reverse("wagtailadmin_pages:add", args=["handlungsfelder", "handlungsfeldpage", self.index.pk])
        response = self.client.post(url, data)

        assert response.status_code == 200
        assert "nicht beides" in response.content.decode()
        assert not HandlungsfeldPage.objects.filter(slug="internetanbindung").exists()

    def test_edit_form_has_one_tab_per_part(self):
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.netzwerk.pk]))
        tabs = [
            tab.get_text(" ", strip=True) for tab in BeautifulSoup(response.content, "html.parser").select("[role=tab]")
        ]
        for label in ("Allgemeines/Aktuelles", "Umsetzungsplan", "Betriebsmodell", "Zuständigkeiten"):
            assert any(label in tab for tab in tabs), tabs


@pytest.mark.django_db
def test_admin_dashboard_is_in_german(client):
    user = get_user_model().objects.create_superuser("admin", "a@example.org", "pw")
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="de"' in html
    assert "Seiten" in html and "Abmelden" in html


@pytest.mark.django_db
def test_admin_login_page_is_in_german(client):
    response = client.get("/admin/login/")
    assert "Anmelden" in response.content.decode()


class PageCreationTests(WagtailPageTestCase):
    """Every page type can be created and published in the admin under its allowed parent."""

    @classmethod
    def setUpTestData(cls):
        from wagtail.models import Page

        cls.root = Page.get_first_root_node()
        cls.start = KonzeptStartPageFactory(parent=cls.root)

    def setUp(self):
        self.client.force_login(get_user_model().objects.create_superuser("admin", "a@example.org", "pw"))

    def form(self, title: str, **fields) -> dict:
        return nested_form_data(
            {"title": title, "comments": inline_formset([]), "aenderungsgrund": "Neue Seite angelegt", **fields}
        )

    def test_start_page(self):
        data = self.form(
            "IT-Konzept der Gemeinde",
            intro=rich_text("<p>Für die Grund- und Mittelschulen.</p>"),
            version="1.0",
            in_kraft_seit="2025-09-01",
            body=streamfield([]),
        )
        self.assertCanCreate(self.root, KonzeptStartPage, data)

    def test_index_pages(self):
        for model, title in (
            (HandlungsfeldIndexPage, "Handlungsfelder"),
            (SitzungIndexPage, "Arbeitsgruppe"),
            (BeschlussIndexPage, "Beschlüsse"),
        ):
            self.assertCanCreate(self.start, model, self.form(title, intro=rich_text("<p>Einleitung.</p>")))

    def test_meeting_and_decision_pages(self):
        sitzungen = SitzungIndexPage(title="Arbeitsgruppe", slug="arbeitsgruppe")
        self.start.add_child(instance=sitzungen)
        beschluesse = BeschlussIndexPage(title="Beschlüsse", slug="beschluesse")
        self.start.add_child(instance=beschluesse)
        akteur = AkteurFactory()
        sitzung = self.form(
            "11. Sitzung",
            datum="2019-07-11",
            ort="Landratsamt",
            teilnehmende=streamfield([("teilnahme", {"rolle": akteur.pk, "personen": "Frau Maier", "anzahl": "1"})]),
            tagesordnung=streamfield([("top", {"titel": "Entwurf", "erlaeuterung": ""})]),
            ergebnisse=streamfield([("paragraph", rich_text("<p>Empfehlung an den Ausschuss.</p>"))]),
        )
        self.assertCanCreate(sitzungen, SitzungPage, sitzung)
        beschluss = self.form(
            "Beschluss Version 1.0",
            datum="2019-08-05",
            gremium="kreis_und_schulausschuss",
            gegenstand="Das IT-Konzept wird beschlossen.",
            abstimmungsergebnis="einstimmig",
            konzeptversion="1.0",
            in_kraft_ab="2019-09-01",
            beschlusstext=streamfield([]),
        )
        self.assertCanCreate(beschluesse, BeschlussPage, beschluss)

    def test_content_page(self):
        data = self.form("Impressum", body=streamfield([("paragraph", rich_text("<p>Landratsamt.</p>"))]))
        self.assertCanCreate(self.start, ContentPage, data)


@pytest.mark.parametrize("feld", ["intro", "stream"])
def test_raw_html_instead_of_editor_data_is_a_form_error_and_nothing_is_saved(client, konzept, feld):
    from handlungsfelder.freigabe.rollen import REDAKTION

    from ..freigabe.helpers import edit_url, make_simple, member, simple_handlungsfeld_form

    client.force_login(member("redakteurin", REDAKTION))
    if feld == "intro":
        page = konzept.index
        data = nested_form_data(
            {
                "title": page.title,
                "slug": page.slug,
                "intro": "<p>roh<script>x</script></p>",
                "comments": inline_formset([]),
            }
        )
    else:
        page = make_simple(konzept.wlan)
        data = simple_handlungsfeld_form(page, "Neuer Text")
        data["allgemeines-0-value"] = "<p>roh<script>x</script></p>"
    revisions = page.revisions.count()

    response = client.post(edit_url(page), data)

    assert response.status_code == 200
    assert "nicht im Format des Editors an" in response.content.decode()
    assert page.revisions.count() == revisions
