"""The four-eyes rule on every path: nobody decides a step of a proposal they wrote, edited or already released a
step of; the meeting record names the meeting, and the account that entered it releases nothing afterwards."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from handlungsfelder.freigabe.rollen import ARBEITSGRUPPE, REDAKTION, SYSTEMBETREUER
from handlungsfelder.models import HandlungsfeldPage

from ..factories import SitzungIndexPageFactory, SitzungPageFactory, publish
from .helpers import (
    edit_url,
    make_simple,
    member,
    public_text,
    release_in_two_steps,
    simple_handlungsfeld_form,
    submit,
    workflow_action,
)

VORSCHLAG = "Alle Unterrichtsräume haben WLAN. Neu: Turnhallen."


@pytest.fixture
def team(db):
    return {
        "systembetreuer": member("systembetreuer", SYSTEMBETREUER),
        "arbeitsgruppe": member("arbeitsgruppe", ARBEITSGRUPPE),
        "arbeitsgruppe2": member("arbeitsgruppe2", ARBEITSGRUPPE),
        "redaktion": member("redaktion", REDAKTION),
        "redaktion2": member("redaktion2", REDAKTION),
    }


@pytest.fixture
def wlan(konzept):
    return make_simple(konzept.wlan)


def step(page) -> str | None:
    task = HandlungsfeldPage.objects.get(pk=page.pk).current_workflow_task
    return task.name if task else None


def may_decide(page, user) -> bool:
    page = HandlungsfeldPage.objects.get(pk=page.pk)
    return bool(page.current_workflow_task.specific.get_actions(page, user))


def waiting_for(client, user) -> str:
    client.force_login(user)
    dashboard = BeautifulSoup(client.get(reverse("wagtailadmin_home")).content, "html.parser")
    panel = dashboard.select_one("[id^=konzept-zu-pruefen]")
    return panel.get_text(" ", strip=True) if panel else ""


def test_a_reviewer_who_edited_the_text_under_review_cannot_approve_it(client, team, wlan):
    submit(client, team["systembetreuer"], wlan, VORSCHLAG)
    client.force_login(team["arbeitsgruppe"])
    client.post(edit_url(wlan), simple_handlungsfeld_form(wlan, VORSCHLAG + " Mit Aula."))
    assert step(wlan) == "Prüfung Arbeitsgruppe"

    assert not may_decide(wlan, team["arbeitsgruppe"])
    assert "WLAN" not in waiting_for(client, team["arbeitsgruppe"])
    editor = client.get(edit_url(wlan)).content.decode()
    assert (
        "data-workflow-action-url" not in editor or "approve" not in editor.split("data-workflow-action-url")[1][:200]
    )
    refused = workflow_action(client, team["arbeitsgruppe"], wlan, "approve")
    assert refused.status_code == 302 and step(wlan) == "Prüfung Arbeitsgruppe"

    assert "WLAN" in waiting_for(client, team["arbeitsgruppe2"])
    release_in_two_steps(client, team["arbeitsgruppe2"], team["redaktion"], wlan, "Mit Aula.")


def test_who_released_step_one_does_not_release_step_two_even_as_member_of_both_groups(client, team, wlan):
    beide = member("beide", ARBEITSGRUPPE)
    beide.groups.add(Group.objects.get(name=REDAKTION))
    submit(client, team["systembetreuer"], wlan, VORSCHLAG)
    workflow_action(client, beide, wlan, "approve")
    assert step(wlan) == "Freigabe Redaktion"

    assert not may_decide(wlan, beide)
    assert "WLAN" not in waiting_for(client, beide)
    workflow_action(client, beide, wlan, "approve")
    assert "Neu: Turnhallen" not in public_text(client, "/handlungsfelder/wlan/")
    assert may_decide(wlan, team["redaktion"])


def test_superusers_are_no_exception(client, team, wlan):
    chefin = get_user_model().objects.create_superuser("chefin", "chefin@lra.example", "pw")
    submit(client, chefin, wlan, VORSCHLAG)
    assert not may_decide(wlan, chefin)
    workflow_action(client, chefin, wlan, "approve")
    assert step(wlan) == "Prüfung Arbeitsgruppe"


def test_a_redaktion_edit_during_step_two_is_released_by_another_member_of_the_redaktion(client, team, wlan):
    submit(client, team["systembetreuer"], wlan, VORSCHLAG)
    workflow_action(client, team["arbeitsgruppe"], wlan, "approve")
    client.force_login(team["redaktion"])
    client.post(edit_url(wlan), simple_handlungsfeld_form(wlan, VORSCHLAG + " Zusatz der Redaktion."))
    assert step(wlan) == "Prüfung Arbeitsgruppe"
    workflow_action(client, team["arbeitsgruppe"], wlan, "approve")

    assert not may_decide(wlan, team["redaktion"])
    workflow_action(client, team["redaktion"], wlan, "approve")
    assert "Zusatz der Redaktion" not in public_text(client, "/handlungsfelder/wlan/")
    workflow_action(client, team["redaktion2"], wlan, "approve")
    assert "Zusatz der Redaktion" in public_text(client, "/handlungsfelder/wlan/")


def test_the_account_that_entered_a_meeting_decision_does_not_release_the_proposal(client, team, wlan, konzept):
    submit(client, team["systembetreuer"], wlan, VORSCHLAG, "Turnhallen aufnehmen")
    index = publish(SitzungIndexPageFactory(parent=konzept.start))
    sitzung = publish(SitzungPageFactory(parent=index, title="21. Sitzung", datum="2026-11-24"))
    agenda = reverse("handlungsfelder_sitzung_vorbereiten", args=[sitzung.pk])
    client.force_login(team["redaktion"])
    client.post(agenda, {"uebernehmen": "1", "vergangen_bestaetigt": "1"})  # the meeting lies in the past
    beratung = sitzung.vorschlagsberatungen.get()
    client.post(agenda, {"ergebnisse": "1", f"b{beratung.pk}-ergebnis": "angenommen", f"b{beratung.pk}-kommentar": ""})
    assert step(wlan) == "Freigabe Redaktion"

    assert not may_decide(wlan, team["redaktion"])
    assert "WLAN" not in waiting_for(client, team["redaktion"])
    assert "WLAN" in waiting_for(client, team["redaktion2"])
    workflow_action(client, team["redaktion2"], wlan, "approve")

    client.logout()
    history = BeautifulSoup(client.get("/handlungsfelder/wlan/versionen/").content, "html.parser")
    newest = history.select_one("tbody tr").get_text(" ", strip=True)
    assert "Prüfung Arbeitsgruppe: Sitzung der Arbeitsgruppe vom 24.11.2026 (eingetragen von redaktion)" in newest
    assert "Freigabe Redaktion: redaktion2" in newest


def test_an_open_proposal_is_not_published_directly_past_its_workflow(client, team, wlan):
    submit(client, team["systembetreuer"], wlan, VORSCHLAG)
    client.force_login(team["redaktion"])
    editor = client.get(edit_url(wlan)).content.decode()
    assert 'name="action-publish"' not in editor

    forged = client.post(
        edit_url(wlan), simple_handlungsfeld_form(wlan, VORSCHLAG, "Eilig", **{"action-publish": "1"}), follow=True
    )
    assert "offenen Vorschlag in der Freigabe" in forged.content.decode()
    assert "Neu: Turnhallen" not in public_text(client, "/handlungsfelder/wlan/")

    client.force_login(team["redaktion"])
    bulk = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={wlan.pk}"
    response = client.post(bulk, follow=True)
    assert "offenen Vorschlag in der Freigabe" in response.content.decode()
    assert "Neu: Turnhallen" not in public_text(client, "/handlungsfelder/wlan/")
    assert step(wlan) == "Prüfung Arbeitsgruppe"
