"""Reviewers read a proposal as the public will: the block-level comparison with the live page in the admin, linked
from the dashboard, the editor and the decision modal, and printed per proposal on the meeting handout."""

import json

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest
from bs4 import BeautifulSoup

from handlungsfelder.models import HandlungsfeldPage, Vorschlagsberatung

from ..factories import HandlungsfeldPageFactory, SitzungIndexPageFactory, SitzungPageFactory, in_tagen, publish
from .helpers import edit_url, stream, workflow_action
from .vorschlag import GRUND, UNVERAENDERT, block_id, proposal_form, submit_proposal, team_members


@pytest.fixture
def team(db):
    return team_members()


@pytest.fixture
def vorschlag(client, konzept, team) -> HandlungsfeldPage:
    return submit_proposal(client, konzept, team["autorin"])


def vergleich_url(page, revision_id=None) -> str:
    revision_id = revision_id or page.current_workflow_task_state.revision_id
    return reverse("handlungsfelder_vorschlag_vergleich", args=[page.pk, revision_id])


def soup(client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def texts(page: BeautifulSoup, tag: str) -> list[str]:
    return [element.get_text(strip=True) for element in page.select(f".konzept-vergleich {tag}")]


def test_the_comparison_marks_the_changed_words_with_labels_and_hides_unchanged_blocks(client, team, vorschlag):
    client.force_login(team["arbeitsgruppe"])
    page = soup(client, vergleich_url(vorschlag))
    main = page.select_one("main").get_text(" ", strip=True)

    assert "Neu: auch die Turnhallen." in texts(page, "ins")
    assert {"in Umsetzung", "640.000,00"} <= set(texts(page, "del"))
    assert {"umgesetzt", "700.000,00"} <= set(texts(page, "ins"))
    assert "in_umsetzung" not in main and "640000.00" not in main and "False" not in main
    assert UNVERAENDERT not in main and "Ausblick" not in main and "Netz" not in main
    assert "2 weitere Abschnitte unverändert." in main

    kopf = page.select_one(".konzept-vergleich__kopf").get_text(" ", strip=True)
    assert "Prüfung Arbeitsgruppe" in kopf and "autorin" in kopf and GRUND in kopf
    links = {a.get_text(strip=True): a["href"] for a in page.select("main a")}
    assert links["Wagtail-Vergleich (alle Felder)"] == reverse(
        "wagtailadmin_pages:revisions_compare", args=[vorschlag.pk, "live", vorschlag.latest_revision_id]
    )
    assert links["Seite bearbeiten oder prüfen"] == edit_url(vorschlag)


def test_the_full_text_toggle_shows_unchanged_blocks_and_untouched_tags_unmarked(client, team, vorschlag):
    client.force_login(team["arbeitsgruppe"])
    page = soup(client, vergleich_url(vorschlag))
    toggle = page.find("a", string="Ganzen Text zeigen, auch Unverändertes")["href"]

    full = soup(client, vergleich_url(vorschlag) + toggle)
    main = full.select_one("main").get_text(" ", strip=True)
    assert UNVERAENDERT in main and "Ausblick" in main and "Zwischenüberschrift" in main
    assert "Netz" in main and "Netz" not in texts(full, "ins") + texts(full, "del")
    assert "Neu: auch die Turnhallen." in texts(full, "ins")
    assert full.find("a", string="Nur Änderungen zeigen") is not None


def test_every_link_to_the_comparison_leads_to_it(client, team, vorschlag):
    url = vergleich_url(vorschlag)
    client.force_login(team["arbeitsgruppe"])
    dashboard = soup(client, "/admin/")
    assert (
        dashboard.select_one("[id^=konzept-zu-pruefen]").find("a", string="Vergleich mit Live-Version")["href"] == url
    )

    editor = soup(client, edit_url(vorschlag))
    message = editor.select_one(".messages")
    assert "wartet auf Ihre Prüfung (Prüfung Arbeitsgruppe)" in message.get_text(" ", strip=True)
    assert message.find("a", string="Vergleich mit Live-Version")["href"] == url
    assert url in [a.get("href") for a in editor.select("header a, [data-w-dropdown-target] a")]

    task_state = vorschlag.current_workflow_task_state
    modal = client.get(reverse("wagtailadmin_pages:workflow_action", args=[vorschlag.pk, "approve", task_state.pk]))
    html = BeautifulSoup(json.loads(modal.content)["html"], "html.parser")
    assert html.find("a", string="Vergleich mit Live-Version")["href"] == url
    assert html.find("form") is not None

    client.force_login(team["autorin"])
    mine = soup(client, "/admin/").select_one("[id^=konzept-meine-vorschlaege]")
    assert mine.find("a", string="Vergleich mit Live-Version")["href"] == url
    own_editor = soup(client, edit_url(vorschlag))
    assert own_editor.select_one(".help-block").find("a", string="Vergleich mit Live-Version")["href"] == url
    assert "wartet auf Ihre Prüfung" not in own_editor.get_text()


def test_only_who_may_edit_or_review_the_page_sees_the_comparison(client, team, vorschlag):
    aussen = get_user_model().objects.create_user("aussen", "aussen@lra.example", "pw")
    aussen.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(aussen)
    response = client.get(vergleich_url(vorschlag), follow=True)
    assert response.redirect_chain == [("/admin/", 302)]  # how Wagtail's admin answers a refusal (403)
    assert "keinen Zugang zu diesem Bereich" in response.content.decode()
    assert "Neu: auch die Turnhallen" not in response.content.decode()

    client.logout()
    anonymous = client.get(vergleich_url(vorschlag))
    assert anonymous.status_code == 302 and "/admin/login/" in anonymous["Location"]

    client.force_login(team["redaktion"])
    assert client.get(vergleich_url(vorschlag)).status_code == 200


def test_unknown_ids_and_a_revision_of_another_page_give_404(client, konzept, team, vorschlag):
    client.force_login(team["redaktion"])
    other = konzept.netzwerk.latest_revision_id
    for url in (
        vergleich_url(vorschlag, other),
        vergleich_url(vorschlag, 999999),
        reverse("handlungsfelder_vorschlag_vergleich", args=[999999, vorschlag.latest_revision_id]),
        reverse("handlungsfelder_vorschlag_vergleich", args=[vorschlag.pk, 10**30]),
    ):
        assert client.get(url).status_code == 404, url


def test_a_page_never_published_shows_the_whole_proposal_as_new(client, konzept, team):
    page = HandlungsfeldPageFactory(parent=konzept.index, title="Drucker", slug="drucker", live=False)
    page.allgemeines = [{"type": "paragraph", "value": "<p>Jede Schule bekommt einen Netzwerkdrucker.</p>"}]
    revision = page.save_revision(user=team["autorin"])
    client.force_login(team["redaktion"])
    result = soup(client, vergleich_url(page, revision.pk))
    main = result.select_one("main").get_text(" ", strip=True)
    assert "Die Seite ist noch nicht veröffentlicht" in main
    assert "Jede Schule bekommt einen Netzwerkdrucker." in texts(result, "ins")
    assert "Drucker" in texts(result, "ins")
    assert "autorin" in result.select_one(".konzept-vergleich__kopf").get_text()


def test_a_page_without_parts_goes_to_wagtails_comparison(client, konzept, team):
    index = publish(SitzungIndexPageFactory(parent=konzept.start))
    sitzung = publish(SitzungPageFactory(parent=index, title="20. Sitzung", datum=in_tagen(7)))
    sitzung.title = "20. Sitzung der Arbeitsgruppe"
    revision = sitzung.save_revision()
    client.force_login(team["redaktion"])
    response = client.get(vergleich_url(sitzung, revision.pk))
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "wagtailadmin_pages:revisions_compare", args=[sitzung.pk, "live", revision.pk]
    )
    assert client.get(response["Location"]).status_code == 200


def test_the_handout_prints_each_proposal_with_its_changes_and_reason(client, konzept, team, vorschlag):
    netzwerk = konzept.netzwerk
    netzwerk.allgemeines = [{"type": "paragraph", "value": "<p>Das Netz ist segmentiert.</p>", "id": block_id(0)}]
    netzwerk.save_revision().publish()
    client.force_login(team["autorin"])
    form = proposal_form(HandlungsfeldPage.objects.get(pk=netzwerk.pk), konzept.landkreis_it)
    form.update(
        nested_form_data(
            {
                "allgemeines": stream([("paragraph", rich_text("<p>Das Netz ist segmentiert. Drucker-VLAN.</p>"))]),
                "umsetzungsplan": streamfield([]),
                "tags": "",
                "kuerzel": netzwerk.kuerzel,
                "aenderungsgrund": "Drucker-VLAN",
            }
        )
    )
    form = {key: value for key, value in form.items() if not key.startswith("umsetzungsplan-0")}
    assert client.post(edit_url(netzwerk), {**form, "action-submit": "1"}).status_code == 302

    index = publish(SitzungIndexPageFactory(parent=konzept.start))
    sitzung = publish(SitzungPageFactory(parent=index, title="20. Sitzung der Arbeitsgruppe", datum=in_tagen(7)))
    client.force_login(team["redaktion"])
    client.post(reverse("handlungsfelder_sitzung_vorbereiten", args=[sitzung.pk]), {"uebernehmen": "1"})
    agenda = soup(client, reverse("handlungsfelder_sitzung_vorbereiten", args=[sitzung.pk]))
    assert [a["href"] for a in agenda.find_all("a", string="Vergleich mit Live-Version")] == [
        vergleich_url(vorschlag),
        vergleich_url(HandlungsfeldPage.objects.get(pk=netzwerk.pk)),
    ]

    handout = soup(client, reverse("handlungsfelder_tagesordnung_drucken", args=[sitzung.pk]))
    assert handout.find("script") is None and handout.find("table") is None
    sections = handout.select("section.vorschlag")
    assert [s.find("h2").get_text(strip=True) for s in sections] == ["1. WLAN", "2. Netzwerk"]
    wlan, netz = (s.get_text(" ", strip=True) for s in sections)
    assert GRUND in wlan and "autorin" in wlan and "Drucker-VLAN" not in wlan
    assert "Neu: auch die Turnhallen." in [i.get_text(strip=True) for i in sections[0].select("ins")]
    assert "umgesetzt" in [i.get_text(strip=True) for i in sections[0].select("ins")]
    assert UNVERAENDERT not in wlan
    assert "Drucker-VLAN." in [i.get_text(strip=True) for i in sections[1].select("ins")]
    assert "☐ angenommen" in netz and "☐ abgelehnt" in netz


def test_after_the_first_step_the_redaktion_reviews_and_the_comparison_names_its_step(client, team, vorschlag):
    assert workflow_action(client, team["arbeitsgruppe"], vorschlag, "approve").status_code == 302
    client.force_login(team["redaktion"])
    kopf = soup(client, vergleich_url(HandlungsfeldPage.objects.get(pk=vorschlag.pk))).select_one(
        ".konzept-vergleich__kopf"
    )
    assert "Freigabe Redaktion" in kopf.get_text()


def test_the_handout_sends_a_page_without_parts_to_wagtails_comparison(client, konzept, team):
    index = publish(SitzungIndexPageFactory(parent=konzept.start))
    sitzung = publish(SitzungPageFactory(parent=index, title="20. Sitzung der Arbeitsgruppe", datum=in_tagen(7)))
    sitzung.title = "20. Sitzung der Arbeitsgruppe (verschoben)"
    revision = sitzung.save_revision(user=team["autorin"])
    Vorschlagsberatung.objects.create(sitzung=sitzung, page=sitzung, revision=revision)
    client.force_login(team["redaktion"])
    handout = soup(client, reverse("handlungsfelder_tagesordnung_drucken", args=[sitzung.pk]))
    section = handout.select_one("section.vorschlag").get_text(" ", strip=True)
    assert "Die Änderungen dieses Seitentyps zeigt der Wagtail-Vergleich im Admin." in section
    assert "ändert am Text nichts" not in section and "autorin" in section
