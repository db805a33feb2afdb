"""Systembetreuer propose, the Arbeitsgruppe reviews, the Redaktion publishes: through the real admin views."""

from django.core import mail
from django.urls import reverse

from wagtail.models import Comment, PageLogEntry, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data

import pytest
from bs4 import BeautifulSoup

from handlungsfelder.freigabe.rollen import ARBEITSGRUPPE, REDAKTION, SYSTEMBETREUER
from handlungsfelder.models import Aenderungsnotiz, HandlungsfeldPage, VierAugenFreigabeTask

from .helpers import (
    ALTER_TEXT,
    edit_url,
    make_simple,
    massnahme_form,
    member,
    public_text,
    release_in_two_steps,
    simple_handlungsfeld_form,
    submit,
    workflow_action,
)

NEUER_TEXT = ALTER_TEXT + " Ab 2027 erhalten auch die Turnhallen WLAN."


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


def current_task_name(page) -> str | None:
    task = HandlungsfeldPage.objects.get(pk=page.pk).current_workflow_task
    return task.name if task else None


def test_a_proposal_goes_public_only_after_arbeitsgruppe_and_redaktion_approve(client, team, wlan):
    client.force_login(team["systembetreuer"])
    editor = client.get(edit_url(wlan)).content.decode()
    assert 'name="action-submit"' in editor
    assert 'name="action-publish"' not in editor

    response = submit(client, team["systembetreuer"], wlan, NEUER_TEXT, "WLAN in Turnhallen aufgenommen")
    assert response.status_code == 302
    assert "Ab 2027" not in public_text(client, "/handlungsfelder/wlan/")
    assert current_task_name(wlan) == "Prüfung Arbeitsgruppe"
    notiz = Aenderungsnotiz.objects.get(revision=HandlungsfeldPage.objects.get(pk=wlan.pk).latest_revision)
    assert notiz.text == "WLAN in Turnhallen aufgenommen"
    assert notiz.autor == team["systembetreuer"]
    reviewers_mailed = {address for message in mail.outbox for address in message.to}
    assert {"arbeitsgruppe@lra.example", "arbeitsgruppe2@lra.example"} <= reviewers_mailed
    assert "redaktion@lra.example" not in reviewers_mailed

    client.force_login(team["arbeitsgruppe"])
    dashboard = BeautifulSoup(client.get("/admin/").content, "html.parser")
    panel = dashboard.select_one("#konzept-zu-pruefen-section, [id^=konzept-zu-pruefen]")
    assert panel is not None and "WLAN in Turnhallen aufgenommen" in panel.get_text()
    compare = panel.find("a", string="Vergleich mit Live-Version")["href"]
    comparison = client.get(compare)
    assert comparison.status_code == 200 and "Turnhallen" in comparison.content.decode()

    mail.outbox.clear()
    assert workflow_action(client, team["arbeitsgruppe"], wlan, "approve").status_code == 302
    assert "Ab 2027" not in public_text(client, "/handlungsfelder/wlan/")
    assert current_task_name(wlan) == "Freigabe Redaktion"
    assert {"redaktion@lra.example", "redaktion2@lra.example"} <= {a for m in mail.outbox for a in m.to}

    mail.outbox.clear()
    assert workflow_action(client, team["redaktion"], wlan, "approve").status_code == 302
    assert "Ab 2027 erhalten auch die Turnhallen WLAN." in public_text(client, "/handlungsfelder/wlan/")
    assert any("systembetreuer@lra.example" in m.to for m in mail.outbox)

    actions = list(
        PageLogEntry.objects.filter(page=wlan).order_by("timestamp", "pk").values_list("action", "user__username")
    )
    assert ("wagtail.workflow.start", "systembetreuer") in actions
    assert ("wagtail.workflow.approve", "arbeitsgruppe") in actions
    assert ("wagtail.workflow.approve", "redaktion") in actions
    assert ("wagtail.publish", "redaktion") in actions


def test_forged_publish_by_systembetreuer_publishes_nothing(client, team, wlan):
    client.force_login(team["systembetreuer"])
    form = simple_handlungsfeld_form(wlan, NEUER_TEXT, "Turnhallen ergänzt", **{"action-publish": "1"})
    client.post(edit_url(wlan), form)
    assert "Ab 2027" not in public_text(client, "/handlungsfelder/wlan/")
    page = HandlungsfeldPage.objects.get(pk=wlan.pk)
    assert page.live_revision_id == wlan.live_revision_id
    assert page.latest_revision_id != page.live_revision_id  # saved as a draft only


def test_submitting_without_a_change_note_is_refused_with_a_clear_message(client, team, wlan):
    response = submit(client, team["systembetreuer"], wlan, NEUER_TEXT, aenderungsgrund="  ")
    assert response.status_code == 200
    assert "Bitte geben Sie einen Änderungsgrund an" in response.content.decode()
    assert current_task_name(wlan) is None
    assert not WorkflowState.objects.filter(object_id=str(wlan.pk)).exists()


def test_rejected_proposal_keeps_public_text_mails_the_comment_and_can_be_resubmitted(client, team, wlan):
    submit(client, team["systembetreuer"], wlan, NEUER_TEXT)
    workflow_action(client, team["arbeitsgruppe"], wlan, "approve")
    mail.outbox.clear()
    workflow_action(client, team["redaktion"], wlan, "reject", comment="Bitte Kosten für die Turnhallen ergänzen.")

    assert "Ab 2027" not in public_text(client, "/handlungsfelder/wlan/")
    to_author = [m for m in mail.outbox if "systembetreuer@lra.example" in m.to]
    assert to_author and "Bitte Kosten für die Turnhallen ergänzen." in to_author[0].body
    assert WorkflowState.objects.filter(object_id=str(wlan.pk), status=WorkflowState.STATUS_NEEDS_CHANGES).exists()

    client.force_login(team["systembetreuer"])
    dashboard = client.get("/admin/").content.decode()
    assert "Änderungen angefordert" in dashboard and "Bitte Kosten für die Turnhallen ergänzen." in dashboard

    revised = NEUER_TEXT + " Kosten: 40.000 Euro."
    assert submit(client, team["systembetreuer"], wlan, revised, "Kosten ergänzt").status_code == 302
    state = HandlungsfeldPage.objects.get(pk=wlan.pk).current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS and state.requested_by == team["systembetreuer"]
    # The revised text starts again with the Arbeitsgruppe, then the Redaktion releases it.
    assert current_task_name(wlan) == "Prüfung Arbeitsgruppe"
    release_in_two_steps(client, team["arbeitsgruppe"], team["redaktion"], wlan, "Kosten: 40.000 Euro.")


def test_an_edit_during_review_needs_approval_again_from_the_first_step(client, team, wlan):
    submit(client, team["systembetreuer"], wlan, NEUER_TEXT)
    workflow_action(client, team["arbeitsgruppe"], wlan, "approve")

    client.force_login(team["redaktion"])
    unreviewed = NEUER_TEXT + " Zusatz der Redaktion."
    client.post(edit_url(wlan), simple_handlungsfeld_form(wlan, unreviewed))

    assert "Zusatz der Redaktion" not in public_text(client, "/handlungsfelder/wlan/")
    assert current_task_name(wlan) == "Prüfung Arbeitsgruppe"
    state = HandlungsfeldPage.objects.get(pk=wlan.pk).current_workflow_state
    assert state.requested_by == team["systembetreuer"]
    assert Aenderungsnotiz.objects.get(revision=state.current_task_state.revision).text == "Turnhallen ergänzt"
    release_in_two_steps(client, team["arbeitsgruppe"], team["redaktion2"], wlan, "Zusatz der Redaktion")


def test_nobody_reviews_their_own_proposal(client, team, wlan):
    submit(client, team["arbeitsgruppe"], wlan, NEUER_TEXT)
    refused = workflow_action(client, team["arbeitsgruppe"], wlan, "approve")
    assert "keinen Zugang" in client.get(refused["Location"]).content.decode()
    assert current_task_name(wlan) == "Prüfung Arbeitsgruppe"
    assert workflow_action(client, team["arbeitsgruppe2"], wlan, "approve").status_code == 302
    assert current_task_name(wlan) == "Freigabe Redaktion"


def test_vier_augen_task_offers_no_actions_to_the_author_but_to_other_members(team, wlan):
    from django.test import Client

    submit(Client(), team["arbeitsgruppe"], wlan, NEUER_TEXT)
    page = HandlungsfeldPage.objects.get(pk=wlan.pk)
    task = page.current_workflow_task.specific
    assert isinstance(task, VierAugenFreigabeTask)
    assert task.get_actions(page, team["arbeitsgruppe"]) == []
    assert [name for name, _label, _modal in task.get_actions(page, team["arbeitsgruppe2"])] == ["reject", "approve"]
    assert not task.get_task_states_user_can_moderate(team["arbeitsgruppe"]).exists()
    assert task.get_task_states_user_can_moderate(team["arbeitsgruppe2"]).count() == 1


def test_anonymous_users_never_see_text_in_moderation(client, team, wlan, konzept):
    submit(client, team["systembetreuer"], wlan, NEUER_TEXT)
    client.logout()
    assert "Ab 2027" not in client.get("/handlungsfelder/wlan/").content.decode()
    assert "Ab 2027" not in client.get("/handlungsfelder/").content.decode()
    search = client.get("/suche/?q=Turnhallen")
    assert search.status_code == 200 and "Ab 2027" not in search.content.decode()
    assert "Ab 2027" not in client.get("/aenderungen.atom").content.decode()
    assert "Ab 2027" not in client.get("/handlungsfelder/wlan/versionen/").content.decode()
    sitemap = client.get("/sitemap.xml")
    assert sitemap.status_code == 200 and "Ab 2027" not in sitemap.content.decode()
    preview = client.get(reverse("wagtailadmin_pages:preview_on_edit", args=[wlan.pk]))
    assert preview.status_code == 302 and "/admin/login/" in preview["Location"]

    client.force_login(team["systembetreuer"])
    neu = HandlungsfeldPage(title="Neues Handlungsfeld", slug="neu", summary="Vorschlag.", live=False)
    konzept.index.add_child(instance=neu)
    submit(client, team["systembetreuer"], neu, "Geheimer Entwurf")
    client.logout()
    assert client.get("/handlungsfelder/neu/").status_code == 404
    assert "Neues Handlungsfeld" not in client.get("/handlungsfelder/").content.decode()
    assert "/handlungsfelder/neu/" not in client.get("/sitemap.xml").content.decode()


def test_page_in_review_is_locked_for_its_author_until_changes_are_requested(client, team, wlan):
    submit(client, team["systembetreuer"], wlan, NEUER_TEXT)
    revisions = wlan.revisions.count()
    client.force_login(team["systembetreuer"])
    client.post(edit_url(wlan), simple_handlungsfeld_form(wlan, NEUER_TEXT + " Nachtrag."))
    assert wlan.revisions.count() == revisions

    workflow_action(client, team["arbeitsgruppe"], wlan, "reject", comment="Bitte präzisieren.")
    client.force_login(team["systembetreuer"])
    client.post(edit_url(wlan), simple_handlungsfeld_form(wlan, NEUER_TEXT + " Nachtrag."))
    assert wlan.revisions.count() == revisions + 1


def comment_form(page, text: str) -> dict:
    form = simple_handlungsfeld_form(page, NEUER_TEXT)
    comments = [{"contentpath": "summary", "text": text, "position": "", "replies": inline_formset([])}]
    form.update(nested_form_data({"comments": inline_formset(comments)}))
    return form


def test_systembetreuer_comment_on_drafts_and_the_arbeitsgruppe_on_proposals_in_review(client, team, wlan):
    client.force_login(team["systembetreuer"])
    client.post(edit_url(wlan), comment_form(wlan, "Bitte Außenstellen mitdenken."))
    submit(client, team["systembetreuer"], wlan, NEUER_TEXT)
    client.force_login(team["arbeitsgruppe"])
    client.post(edit_url(wlan), comment_form(wlan, "Gilt das auch für Außenstellen?"))

    comments = set(Comment.objects.filter(page=wlan).values_list("user__username", "text"))
    assert comments == {
        ("systembetreuer", "Bitte Außenstellen mitdenken."),
        ("arbeitsgruppe", "Gilt das auch für Außenstellen?"),
    }


def test_a_reviewer_approving_in_the_editor_without_changes_creates_no_new_revision(client, team, wlan, konzept):
    form = simple_handlungsfeld_form(
        wlan, NEUER_TEXT, "Turnhallen", umsetzungsplan=[massnahme_form(konzept.landkreis_it, "85000.00")]
    )
    client.force_login(team["systembetreuer"])
    client.post(edit_url(wlan), {**form, "action-submit": "1"})
    revisions = wlan.revisions.count()
    # The reviewer's form shows the number the Maßnahme got when it was proposed.
    (form["umsetzungsplan-0-value-nummer"],) = [
        item["value"]["nummer"] for item in wlan.revisions.order_by("-pk").first().as_object().umsetzungsplan.raw_data
    ]

    client.force_login(team["arbeitsgruppe"])
    approve_in_editor = {"action-workflow-action": "1", "workflow-action-name": "approve"}
    client.post(edit_url(wlan), {**form, "aenderungsgrund": "Geprüft", **approve_in_editor})

    assert wlan.revisions.count() == revisions
    assert current_task_name(wlan) == "Freigabe Redaktion"
