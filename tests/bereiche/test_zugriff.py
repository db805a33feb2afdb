"""Two concepts in one installation: neither's groups see the other's drafts, pages, reference data or workflow."""

import datetime

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.models import TaskState

import pytest
from bs4 import BeautifulSoup

from handlungsfelder.freigabe.sitzung import wartende_vorschlaege
from handlungsfelder.models import HandlungsfeldPage, Konzeptversion, Schule

from ..conftest import HOST
from ..factories import SitzungIndexPageFactory, SitzungPageFactory
from ..freigabe.helpers import edit_url, submit, workflow_action

pytestmark = pytest.mark.django_db

VERWEIGERT = "Sie haben leider keinen Zugang zu diesem Bereich."


def _text(response) -> str:
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


def _verweigert(client, url: str) -> bool:
    response = client.get(url, follow=True)
    return VERWEIGERT in _text(response) or response.status_code in (403, 404)


def test_a_kuerzel_is_unique_within_a_concept_not_across_concepts(konzept, gemeinde):
    assert gemeinde.wlan.kuerzel == konzept.wlan.kuerzel == "WL"
    gemeinde.wlan.full_clean()
    netzwerk = HandlungsfeldPage.objects.get(pk=konzept.netzwerk.pk)
    netzwerk.kuerzel = "WL"
    with pytest.raises(Exception, match="Kürzel"):
        netzwerk.full_clean()


def test_the_municipalitys_groups_have_no_rights_on_the_countys_pages_and_drafts(client, konzept, gemeinde, team):
    draft = HandlungsfeldPage.objects.get(pk=konzept.wlan.pk)
    draft.summary = "Entwurf des Landkreises, noch nicht freigegeben."
    draft.save_revision()
    for user in gemeinde.team.values():
        assert not konzept.wlan.permissions_for_user(user).can_edit()
        client.force_login(user)
        assert _verweigert(client, edit_url(konzept.wlan))
        assert _verweigert(client, reverse("wagtailadmin_pages:preview_on_edit", args=[konzept.wlan.pk]))
        explorer = client.get(reverse("wagtailadmin_explore", args=[konzept.start.pk]), follow=True)
        assert explorer.redirect_chain[-1][0] == reverse("wagtailadmin_explore", args=[gemeinde.start.pk])
        assert konzept.start.title not in _text(explorer)
    assert gemeinde.wlan.permissions_for_user(gemeinde.team["redaktion"]).can_publish()


def test_the_countys_redaktion_has_no_rights_in_the_municipalitys_concept_unless_given(client, gemeinde, team):
    redaktion = team["redaktion"]
    assert not gemeinde.wlan.permissions_for_user(redaktion).can_edit()
    client.force_login(redaktion)
    assert _verweigert(client, edit_url(gemeinde.wlan))

    redaktion.groups.add(gemeinde.rollen.redaktion)
    redaktion = get_user_model().objects.get(pk=redaktion.pk)
    assert HandlungsfeldPage.objects.get(pk=gemeinde.wlan.pk).permissions_for_user(redaktion).can_publish()
    client.force_login(redaktion)
    assert client.get(edit_url(gemeinde.wlan)).status_code == 200


def test_each_concepts_groups_see_and_change_only_their_reference_data(client, konzept, gemeinde, team):
    liste = reverse(Schule.snippet_viewset.get_url_name("list"))
    client.force_login(gemeinde.team["redaktion"])
    seite = _text(client.get(liste))
    assert "Grundschule Peißenberg" in seite
    assert not any(schule.name in seite for schule in konzept.schulen)
    fremde = konzept.schulen[0]
    assert _verweigert(client, reverse(Schule.snippet_viewset.get_url_name("edit"), args=[fremde.pk]))
    response = client.post(reverse(Schule.snippet_viewset.get_url_name("delete"), args=[fremde.pk]), follow=True)
    assert VERWEIGERT in _text(response)
    assert Schule.objects.filter(pk=fremde.pk).exists()
    auswahl = client.get(reverse(Schule.snippet_viewset.chooser_viewset.get_url_name("choose")))
    assert "GS Peißenberg" in auswahl.json()["html"] or "Grundschule Peißenberg" in auswahl.json()["html"]
    assert fremde.name not in auswahl.json()["html"]

    client.force_login(team["redaktion"])
    seite = _text(client.get(liste))
    assert fremde.name in seite and "Grundschule Peißenberg" not in seite
    assert _verweigert(client, reverse(Schule.snippet_viewset.get_url_name("edit"), args=[gemeinde.schule.pk]))


def test_reference_data_a_municipality_creates_belongs_to_its_concept(client, gemeinde):
    client.force_login(gemeinde.team["redaktion"])
    response = client.post(
        reverse(Schule.snippet_viewset.get_url_name("add")),
        {
            "name": "Mittelschule Peißenberg",
            "kurzname": "MS Peißenberg",
            "slug": "ms-peissenberg",
            "schulart": "mittelschule",
            "ort": "Peißenberg",
            "region": gemeinde.schule.region_id,
            "website": "",
        },
    )
    assert response.status_code == 302
    assert Schule.objects.get(slug="ms-peissenberg").konzept_id == gemeinde.start.pk


def test_a_proposal_goes_through_the_municipalitys_own_workflow_and_reviewers(client, konzept, gemeinde, team):
    assert (
        submit(
            client, gemeinde.team["systembetreuer"], gemeinde.wlan, "Alle Klassenzimmer der Grundschule."
        ).status_code
        == 302
    )
    page = HandlungsfeldPage.objects.get(pk=gemeinde.wlan.pk)
    assert page.current_workflow_state.workflow == gemeinde.rollen.workflow
    task_state = page.current_workflow_task_state
    sitzung_landkreis = SitzungPageFactory(parent=SitzungIndexPageFactory(parent=konzept.start))
    sitzung_gemeinde = SitzungPageFactory(parent=SitzungIndexPageFactory(parent=gemeinde.start))
    assert list(wartende_vorschlaege(sitzung_gemeinde)) == [task_state]
    assert list(wartende_vorschlaege(sitzung_landkreis)) == []
    assert not TaskState.objects.reviewable_by(team["arbeitsgruppe"]).filter(pk=task_state.pk).exists()
    assert TaskState.objects.reviewable_by(gemeinde.team["arbeitsgruppe"]).filter(pk=task_state.pk).exists()
    workflow_action(client, team["arbeitsgruppe"], page, "approve")
    assert HandlungsfeldPage.objects.get(pk=page.pk).current_workflow_task_state == task_state

    assert workflow_action(client, gemeinde.team["arbeitsgruppe"], page, "approve").status_code == 302
    assert workflow_action(client, gemeinde.team["redaktion"], page, "approve").status_code == 302
    client.logout()
    assert "Alle Klassenzimmer der Grundschule." in _text(client.get("/handlungsfelder/wlan/", HTTP_HOST=HOST))
    assert "Alle Klassenzimmer der Grundschule." not in _text(client.get("/handlungsfelder/wlan/"))
    assert HandlungsfeldPage.objects.get(pk=konzept.wlan.pk).get_latest_revision() == konzept.wlan.get_latest_revision()


def test_each_site_lists_its_own_schools(client, konzept, gemeinde):
    gemeinde_seite = _text(client.get("/schulen/", HTTP_HOST=HOST))
    landkreis_seite = _text(client.get("/schulen/"))
    assert "Grundschule Peißenberg" in gemeinde_seite
    assert not any(schule.name in gemeinde_seite for schule in konzept.schulen)
    assert all(schule.name in landkreis_seite for schule in konzept.schulen)
    assert "Grundschule Peißenberg" not in landkreis_seite
    assert client.get(f"/schulen/{konzept.schulen[0].slug}/", HTTP_HOST=HOST).status_code == 404


def test_the_municipalitys_groups_keep_documents_in_their_own_collection(client, konzept, gemeinde, team):
    client.force_login(gemeinde.team["redaktion"])
    assert "Rahmenvertrag Endgeräte" not in _text(client.get(reverse("wagtaildocs:index")))
    client.force_login(team["redaktion"])
    assert "Rahmenvertrag Endgeräte" in _text(client.get(reverse("wagtaildocs:index")))


def test_each_redaktion_lists_and_records_versions_of_its_own_concept_only(client, konzept, gemeinde):
    version = Konzeptversion.objects.create(
        konzept=konzept.start,
        nummer="2.0",
        beschlossen_am=datetime.date(2021, 3, 1),
        in_kraft_ab=datetime.date(2021, 3, 1),
    )
    client.force_login(gemeinde.team["redaktion"])
    assert "2.0" not in _text(client.get(reverse(Konzeptversion.snippet_viewset.get_url_name("list"))))
    assert _verweigert(client, reverse(Konzeptversion.snippet_viewset.get_url_name("edit"), args=[version.pk]))
    daten = {
        "nummer": "1.0",
        "beschlossen_am": "2026-11-20",
        "gremium": "Marktgemeinderat",
        "in_kraft_ab": "2026-12-01",
    }
    add = reverse(Konzeptversion.snippet_viewset.get_url_name("add"))
    abgelehnt = client.post(add, {**daten, "konzept": konzept.start.pk})
    assert abgelehnt.status_code == 200 and not Konzeptversion.objects.filter(nummer="1.0").exists()
    assert client.post(add, {**daten, "konzept": gemeinde.start.pk}).status_code == 302
    assert Konzeptversion.objects.get(nummer="1.0").konzept == gemeinde.start


def test_a_site_whose_concept_is_not_published_yet_shows_no_other_concept(client, konzept, gemeinde):
    gemeinde.start.unpublish()
    for url in ("/schulen/", "/umsetzung/", "/suche/?q=WLAN", "/api/v2/pages/"):
        response = client.get(url, HTTP_HOST=HOST)
        assert response.status_code == 404, url
        assert konzept.start.title not in response.content.decode(), url
